import { bytes } from './format';
import type { Stats } from './types';

// What the System view's cards show from GET /api/stats (counts maintained by the server, not counted here).

export const COUNT_KEYS = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'skipped', 'total'] as const;

export function countFacts(stats: Stats, locale?: string): [string, string][] {
  return COUNT_KEYS.map((k) => [k, stats[k].toLocaleString(locale)]);
}

/**
 * The amounts finished jobs added up, one pair of lines per counter the job types declare (e.g. transcode's
 * bytesSaved): this session and ever. A counter named for bytes is shown as a size.
 */
export function counterFacts(stats: Stats, locale?: string): [string, string][] {
  return Object.entries(stats.counters ?? {}).flatMap(([name, totals]) => {
    const show = (n: number) => (/bytes/i.test(name) ? bytes(n) : n.toLocaleString(locale));
    return [[`${name} (session)`, show(totals.session)], [`${name} (lifetime)`, show(totals.lifetime)]] as [string, string][];
  });
}
