import { describe, expect, it } from 'vitest';
import { countFacts, counterFacts } from './statsFacts';

const stats = { queued: 1200, running: 2, succeeded: 3, failed: 4, cancelled: 5, skipped: 6, total: 1220, counters: { bytesSaved: { session: 1536, lifetime: 3 * 1024 ** 3 }, pages: { session: 7, lifetime: 1200 } } };

describe('System view facts', () => {
  it('lists every count, in order, formatted', () => {
    expect(countFacts(stats, 'en-US')).toEqual([
      ['queued', '1,200'], ['running', '2'], ['succeeded', '3'], ['failed', '4'], ['cancelled', '5'], ['skipped', '6'], ['total', '1,220'],
    ]);
  });

  it('shows the counters as sizes', () => {
    expect(counterFacts(stats, 'en-US')).toEqual([
      ['bytesSaved (session)', '1.5 KB'], ['bytesSaved (lifetime)', '3.0 GB'], ['pages (session)', '7'], ['pages (lifetime)', '1,200'],
    ]);
  });
});
