import { describe, expect, it } from 'vitest';
import { currentStep, emptyFilters, Filters, filtersFromSearch, filtersToSearch, listQuery, PAGE_SIZE } from './jobsData';

describe('listQuery', () => {
  it('asks for the first page with no filter', () => {
    expect(listQuery(emptyFilters, 0)).toEqual({ offset: 0, limit: PAGE_SIZE });
  });

  it('sends only the filters set, and the order only when not the default', () => {
    const f: Filters = { status: 'Queued,Running', type: '', batchId: 'b1', q: 'clip.mkv', order: 'oldest' };
    expect(listQuery(f, 3)).toEqual({ status: 'Queued,Running', batchId: 'b1', q: 'clip.mkv', order: 'oldest', offset: 3 * PAGE_SIZE, limit: PAGE_SIZE });
  });
});

describe('filters in the page address', () => {
  it('round-trip', () => {
    const f: Filters = { status: 'Failed', type: 'transcode', batchId: 'b 1', q: 'a&b=c', order: 'oldest' };
    expect(filtersFromSearch(filtersToSearch(f))).toEqual(f);
  });

  it('leave the address bare with no filter', () => expect(filtersToSearch(emptyFilters)).toBe(''));

  it('read an unknown order as the default', () => {
    expect(filtersFromSearch('?order=sideways&status=Queued')).toEqual({ ...emptyFilters, status: 'Queued' });
  });
});

describe('currentStep', () => {
  const step = (name: string, status: string) => ({ name, status, progressPct: 0, durationMs: 0, errors: [], node: null });

  it('is the running step', () => {
    expect(currentStep({ steps: [step('probe', 'Succeeded'), step('encode', 'Running'), step('mux', 'Pending')] })).toBe('encode');
  });

  it('is the first step not done when none runs', () => {
    expect(currentStep({ steps: [step('probe', 'Succeeded'), step('tts', 'Skipped'), step('encode', 'Failed'), step('mux', 'Pending')] })).toBe('encode');
  });

  it('is the last step when all are done, and nothing without steps', () => {
    expect(currentStep({ steps: [step('probe', 'Succeeded'), step('mux', 'Succeeded')] })).toBe('mux');
    expect(currentStep({ steps: [] })).toBe('');
  });
});
