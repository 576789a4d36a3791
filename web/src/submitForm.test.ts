import { describe, expect, it } from 'vitest';
import { buildBody, defaults, knownField, num, some } from './submitForm';

describe('buildBody', () => {
  it('sends a video job with only the values given', () => {
    expect(buildBody('video', { ...defaults('video'), topic: 'Tides', quality: 'fast' }, [])).toEqual({
      type: 'video', preset: 'sample-hello-youtube', inputs: { topic: 'Tides' }, options: { quality: 'fast' },
    });
  });

  it('sends the picked paths of a transcode as a discovery job', () => {
    expect(buildBody('transcode', { ...defaults('transcode'), keep_original: true }, ['/media/a.mkv', '/media/b'])).toEqual({
      type: 'transcode-discovery', preset: 'compress-hevc', inputs: { paths: ['/media/a.mkv', '/media/b'], keep_original: true },
    });
  });

  it('names the uploaded file in a PDF job', () => {
    expect(buildBody('pdf', defaults('pdf'), [], '/data/uploads/x.pdf')).toEqual({
      type: 'pdf', inputs: { filename: '/data/uploads/x.pdf', extraction_method: 'native' },
    });
  });

  it('sends typed numbers as numbers and anything else as typed, for the API to judge', () => {
    expect(buildBody('diagnostics', { durationSec: '2.5', width: ' 320 ', height: 'tall' }, [])).toEqual({
      type: 'diagnostics', preset: 'test-pattern', inputs: { durationSec: 2.5, width: 320, height: 'tall' },
    });
  });
});

describe('helpers', () => {
  it('num leaves blanks alone', () => {
    expect(num('')).toBe('');
    expect(num('  ')).toBe('  ');
    expect(num('0')).toBe(0);
  });

  it('some drops empty text, unticked boxes and nulls but keeps zero', () => {
    expect(some({ a: '', b: false, c: null, d: undefined, e: 0, f: 'x', g: true })).toEqual({ e: 0, f: 'x', g: true });
  });

  it("knownField matches the form's controls, and any path of a transcode", () => {
    expect(knownField('video', 'inputs.topic')).toBe(true);
    expect(knownField('video', 'inputs.paths')).toBe(false);
    expect(knownField('transcode', 'inputs.paths[3]')).toBe(true);
    expect(knownField('pdf', 'file')).toBe(true);
  });
});
