import { describe, expect, it } from 'vitest';
import { endsStream, levelOf, messageOf } from './eventText';

describe('levelOf', () => {
  it.each([
    ['job-failed', {}, 'Error'], ['step-error', {}, 'Error'], ['webhook-failed', {}, 'Error'], ['warning', {}, 'Warning'],
    ['job-completed', {}, 'Success'], ['step-status', { status: 'Succeeded' }, 'Success'], ['step-status', { status: 'Running' }, 'Info'],
    ['step-progress', {}, 'Info'],
  ])('%s %o is %s', (type, data, level) => expect(levelOf(type, data)).toBe(level));
});

describe('messageOf', () => {
  it.each([
    ['step-progress', { step: 'encode', progressPct: 59.5 }, 'encode: 60%'],
    ['step-status', { step: 'mux', status: 'Succeeded' }, 'mux: Succeeded'],
    ['job-status', { status: 'Failed', message: 'ffmpeg exited 1' }, 'Failed — ffmpeg exited 1'],
    ['job-status', { status: 'Running' }, 'Running'],
    ['step-error', { step: 'ocr', code: 'tool-missing', message: 'no tesseract' }, 'ocr: tool-missing: no tesseract'],
    ['log', { message: 'hello' }, 'hello'],
    ['webhook-delivered', { status: 200 }, '200'],
    ['log', {}, ''],
  ])('%s %o reads %s', (type, data, text) => expect(messageOf(type, data)).toBe(text));
});

describe('endsStream', () => {
  it.each([
    ['job-completed', {}, true], ['job-failed', {}, true], ['job-removed', {}, true],
    ['job-status', { status: 'Cancelled' }, true], ['job-status', { status: 'Skipped' }, true],
    ['job-status', { status: 'Running' }, false], ['step-status', { status: 'Failed' }, false], ['webhook-delivered', {}, false],
  ])('%s %o: %s', (type, data, ends) => expect(endsStream(type, data)).toBe(ends));
});
