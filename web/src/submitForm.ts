import type { SubmitJob } from './types';

// The submit forms' values, the API field each control answers for, and the request body they make.

export type Kind = 'video' | 'transcode' | 'pdf' | 'transformer' | 'diagnostics';
export const KINDS: [Kind, string][] = [['video', 'Video'], ['transcode', 'Transcode'], ['pdf', 'PDF document'], ['transformer', 'Text → template'], ['diagnostics', 'Test pattern']];
export type Values = Record<string, string | boolean>;

export function defaults(kind: Kind): Values {
  switch (kind) {
    case 'video': return { preset: 'sample-hello-youtube', topic: '', text: '', aspect: '', resolution: '', quality: '', voice: '', burnSubtitles: false };
    case 'transcode': return { preset: 'compress-hevc', smartshrink_quality: '', keep_original: false };
    case 'pdf': return { extraction_method: 'native', template: '' };
    case 'transformer': return { text: '', template: '' };
    case 'diagnostics': return { durationSec: '3', width: '320', height: '240' };
  }
}

const FIELDS: Record<Kind, string[]> = {
  video: ['preset', 'inputs.topic', 'inputs.text', 'inputs.aspect', 'inputs.resolution', 'options.quality', 'inputs.voice'],
  transcode: ['preset', 'inputs.smartshrink_quality', 'inputs.paths'],
  pdf: ['file', 'inputs.filename', 'inputs.extraction_method', 'inputs.template'],
  transformer: ['inputs.text', 'inputs.template'],
  diagnostics: ['inputs.durationSec', 'inputs.width', 'inputs.height'],
};

/** Whether the form has a control for the field a refusal names (else the message shows at the form). */
export const knownField = (kind: Kind, field: string) =>
  FIELDS[kind].includes(field) || (kind === 'transcode' && field.startsWith('inputs.paths'));

/** Numbers typed as text go to the API as numbers when they parse, so the API (not the page) judges them. */
export const num = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v);
/** Only the values given: empty text, unticked boxes and nulls are left for the API's defaults. */
export const some = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== false && v != null));

/** The POST /api/jobs body; a PDF job names the file its upload was stored as (`uploadedPath`). */
export function buildBody(kind: Kind, v: Values, paths: string[], uploadedPath?: string): SubmitJob {
  switch (kind) {
    case 'video':
      return { type: 'video', preset: String(v.preset), inputs: some({ topic: v.topic, text: v.text, aspect: v.aspect, resolution: v.resolution, voice: v.voice, burnSubtitles: v.burnSubtitles }), options: some({ quality: v.quality }) };
    case 'transcode':
      return { type: 'transcode-discovery', preset: String(v.preset), inputs: some({ paths, smartshrink_quality: v.smartshrink_quality, keep_original: v.keep_original }) };
    case 'pdf':
      return { type: 'pdf', inputs: some({ filename: uploadedPath, extraction_method: v.extraction_method, template: v.template }) };
    case 'transformer':
      return { type: 'transformer', inputs: some({ text: v.text, template: v.template }) };
    case 'diagnostics':
      return { type: 'diagnostics', preset: 'test-pattern', inputs: { durationSec: num(v.durationSec), width: num(v.width), height: num(v.height) } };
  }
}
