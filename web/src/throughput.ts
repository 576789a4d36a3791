import type { Job } from './types';

// "Finished per minute, last hour" without re-reading jobs on a timer: seeded once from the newest finished jobs,
// then kept current from the live stream's job-completed / job-failed events.

/** When each job finished and whether it failed, by job id (a job that runs again replaces its entry). */
export type Finished = Map<string, { at: number; failed: boolean }>;

const MINUTE = 60_000;
const WINDOW = 60;

export function finishedFromJobs(jobs: Pick<Job, 'jobId' | 'status' | 'endedUtc'>[]): Finished {
  const map: Finished = new Map();
  for (const j of jobs) {
    const at = j.endedUtc ? Date.parse(j.endedUtc) : NaN;
    if (!Number.isNaN(at) && (j.status === 'Succeeded' || j.status === 'Failed')) map.set(j.jobId, { at, failed: j.status === 'Failed' });
  }
  return map;
}

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

/** Per-minute counts for the last hour, oldest first: x in Unix seconds (uPlot's time scale). */
export function perMinute(map: Finished, now = Date.now()) {
  const current = Math.floor(now / MINUTE);
  const first = current - WINDOW + 1;
  const x: number[] = [], ok: number[] = [], failed: number[] = [];
  for (let m = first; m <= current; m++) { x.push(m * 60); ok.push(0); failed.push(0); }
  for (const f of map.values()) {
    const i = Math.floor(f.at / MINUTE) - first;
    if (i >= 0 && i < WINDOW) (f.failed ? failed : ok)[i]++;
  }
  return { x, ok, failed };
}
