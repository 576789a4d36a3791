// "Finished per minute, last hour" without reading jobs: the counts come from GET /api/stats/finished-per-minute
// (an index range on the server), and between two reads the live stream's job-completed / job-failed events are
// added to them.

/** When each job finished and whether it failed, by job id (a job that runs again replaces its entry). */
export type Finished = Map<string, { at: number; failed: boolean }>;

const MINUTE = 60_000;
const WINDOW = 60;

/** One minute as GET /api/stats/finished-per-minute answers it (minute: its first instant, ISO 8601 UTC). */
export type CountedMinute = { minute: string; succeeded: number; failed: number };

/** Adds a finish the every-job stream announced (at `now`); true when the chart changed. */
export function recordFinish(map: Finished, type: string, data: Record<string, unknown>, now = Date.now()): boolean {
  if ((type !== 'job-completed' && type !== 'job-failed') || typeof data.jobId !== 'string') return false;
  map.set(data.jobId, { at: now, failed: type === 'job-failed' });
  return true;
}

/** Drops what left the hour, so a page left open for days keeps a small map. */
export function pruneFinished(map: Finished, now = Date.now()) {
  const oldest = (Math.floor(now / MINUTE) - WINDOW + 1) * MINUTE;
  for (const [id, f] of map) if (f.at < oldest) map.delete(id);
}

/**
 * Per-minute counts for the last hour, oldest first: x in Unix seconds (uPlot's time scale). The route's counted
 * minutes go in where they fall in the hour (minutes that left it are dropped, the ones not read yet are zero), and
 * the live finishes recorded since that read are added.
 */
export function perMinute(map: Finished, now = Date.now(), counted: CountedMinute[] = []) {
  const current = Math.floor(now / MINUTE);
  const first = current - WINDOW + 1;
  const x: number[] = [], ok: number[] = [], failed: number[] = [];
  for (let m = first; m <= current; m++) { x.push(m * 60); ok.push(0); failed.push(0); }
  for (const c of counted) {
    const at = Date.parse(c.minute);
    const i = Number.isNaN(at) ? -1 : Math.floor(at / MINUTE) - first;
    if (i >= 0 && i < WINDOW) { ok[i] += c.succeeded; failed[i] += c.failed; }
  }
  for (const f of map.values()) {
    const i = Math.floor(f.at / MINUTE) - first;
    if (i >= 0 && i < WINDOW) (f.failed ? failed : ok)[i]++;
  }
  return { x, ok, failed };
}
