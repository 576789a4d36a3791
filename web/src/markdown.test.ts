import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('escapes HTML, so a document cannot inject markup', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)"> & <script>x</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>');
  });

  it('links only http(s) addresses, opened without an opener', () => {
    expect(renderMarkdown('[ok](https://example.com/a)')).toBe('<p><a href="https://example.com/a" rel="noopener noreferrer" target="_blank">ok</a></p>');
    expect(renderMarkdown('[no](javascript:alert(1))')).not.toContain('<a');
  });

  it('renders headings, lists, emphasis and code', () => {
    expect(renderMarkdown('# Title\n\n- **one**\n- *two*\n\n1. `three`')).toBe(
      '<h1>Title</h1>\n<ul>\n<li><strong>one</strong></li>\n<li><em>two</em></li>\n</ul>\n<ol>\n<li><code>three</code></li>\n</ol>');
  });

  it('keeps a fenced block verbatim (escaped), even unclosed', () => {
    expect(renderMarkdown('```\n# not a heading\n<b>\n```')).toBe('<pre><code># not a heading\n&lt;b&gt;</code></pre>');
    expect(renderMarkdown('```\nopen')).toBe('<pre><code>open</code></pre>');
  });

  it('joins the lines of a paragraph', () => expect(renderMarkdown('one\ntwo\n\nthree')).toBe('<p>one two</p>\n<p>three</p>'));
});
