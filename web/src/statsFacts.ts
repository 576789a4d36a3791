import { bytes } from './format';
import type { Stats } from './types';

// What the System view's cards show from GET /api/stats (counts maintained by the server, not counted here).

export const COUNT_KEYS = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'skipped', 'total'] as const;

export function countFacts(stats: Stats, locale?: string): [string, string][] {
  return COUNT_KEYS.map((k) => [k, stats[k].toLocaleString(locale)]);
}

/** The amounts finished jobs added up (today: a transcode's bytes saved, this session and ever). */
export function counterFacts(stats: Stats): [string, string][] {
  return [['This session', bytes(stats.sessionBytesSaved)], ['Lifetime', bytes(stats.lifetimeBytesSaved)]];
}
