// A small, safe Markdown renderer for extracted documents and filled templates: everything is escaped first,
// then headings, lists, emphasis, code and http(s) links are added. No raw HTML gets through.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noopener noreferrer" target="_blank">$1</a>');
}

export function renderMarkdown(source: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let paragraph: string[] = [];
  let fence: string[] | null = null;
  const flush = () => {
    if (paragraph.length) { out.push(`<p>${inline(paragraph.join(' '))}</p>`); paragraph = []; }
    if (list) { out.push(`</${list}>`); list = null; }
  };
  for (const line of source.split(/\r?\n/)) {
    if (fence) {
      if (line.startsWith('```')) { out.push(`<pre><code>${escape(fence.join('\n'))}</code></pre>`); fence = null; } else fence.push(line);
      continue;
    }
    if (line.startsWith('```')) { flush(); fence = []; continue; }
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    const bullet = line.match(/^\s*[-*+]\s+(.*)$/);
    const numbered = line.match(/^\s*\d+[.)]\s+(.*)$/);
    if (heading) { flush(); out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`); }
    else if (bullet || numbered) {
      if (paragraph.length) { out.push(`<p>${inline(paragraph.join(' '))}</p>`); paragraph = []; }
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) { if (list) out.push(`</${list}>`); out.push(`<${kind}>`); list = kind; }
      out.push(`<li>${inline((bullet ?? numbered)![1])}</li>`);
    } else if (line.trim() === '') flush();
    else { if (list) { out.push(`</${list}>`); list = null; } paragraph.push(line.trim()); }
  }
  if (fence) out.push(`<pre><code>${escape(fence.join('\n'))}</code></pre>`);
  flush();
  return out.join('\n');
}
