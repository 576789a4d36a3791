import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, post } from '../api';
import { Chart } from '../components/Chart';
import { NodesPanel } from '../components/NodesPanel';
import { bytes, shortId } from '../format';
import { linkClick } from '../router';
import { useSession } from '../session';
import { toast, toastError } from '../toast';
import type { Job, JobList, Stats } from '../types';

interface Queue { paused: boolean; running: number; queued: number }
interface Ready { status: string; checks: { name: string; status: string; description?: string; durationMs: number }[] }
interface Delivery { [k: string]: unknown }

/** Queue control, counts, nodes, tools, bytes saved, throughput and failures over the last hour, and webhooks. */
export function SystemView() {
  const session = useSession();
  const [queue, setQueue] = useState<Queue | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const [recent, setRecent] = useState<Job[]>([]);
  const [deliveries, setDeliveries] = useState<{ job: Job; list: Delivery[] }[]>([]);

  const refresh = async () => {
    try {
      const [q, list] = await Promise.all([get<Queue>('/api/queue'), get<JobList>('/api/jobs?status=Succeeded,Failed&limit=500')]);
      setQueue(q); setStats(list.stats); setRecent(list.items);
    } catch (e) { toastError(e); }
  };
  useEffect(() => {
    refresh();
    get<Ready>('/readyz').then(setReady).catch((e: { problem?: Record<string, unknown> }) => setReady({ status: 'Unhealthy', checks: (e.problem?.checks as Ready['checks']) ?? [] }));
    const t = setInterval(refresh, 3000);
    return () => clearInterval(t);
  }, []);

  // Webhook deliveries of the most recent jobs (the API lists them per job).
  useEffect(() => {
    const hooked = recent.filter((j) => (j as unknown as { webhook?: unknown }).webhook).slice(0, 8);
    Promise.all(hooked.map(async (job) => ({ job, list: (await get<{ deliveries: Delivery[] }>(`/api/jobs/${job.jobId}/webhooks`).catch(() => ({ deliveries: [] }))).deliveries })))
      .then(setDeliveries);
  }, [recent.length, recent[0]?.jobId]);

  const chart = useMemo(() => perMinute(recent), [recent]);
  const control = async (action: 'pause' | 'resume') => {
    try { await post(`/api/queue/${action}`); toast(action === 'pause' ? 'Queue paused' : 'Queue resumed'); refresh(); } catch (e) { toastError(e); }
  };

  return (
    <section class="system" aria-labelledby="system-title">
      <h1 id="system-title">Queue &amp; system</h1>
      <div class="cards">
        <div class="card">
          <h2>Queue</h2>
          <p data-testid="queue-state" aria-live="polite">{queue ? (queue.paused ? 'Paused' : 'Running') : '…'}</p>
          <p class="muted">{queue?.running ?? 0} running · {queue?.queued ?? 0} queued</p>
          {session.admin && queue && (queue.paused
            ? <button type="button" class="primary" onClick={() => control('resume')}>Resume queue</button>
            : <button type="button" onClick={() => control('pause')}>Pause queue</button>)}
        </div>
        <div class="card">
          <h2>Jobs</h2>
          {stats && <dl class="facts">
            {(['queued', 'running', 'succeeded', 'failed', 'cancelled', 'skipped', 'total'] as const).map((k) => <><dt>{k}</dt><dd>{stats[k].toLocaleString()}</dd></>)}
          </dl>}
        </div>
        <div class="card">
          <h2>Bytes saved</h2>
          <dl class="facts"><dt>This session</dt><dd>{bytes(stats?.counters?.bytesSaved?.session ?? 0)}</dd><dt>Lifetime</dt><dd>{bytes(stats?.counters?.bytesSaved?.lifetime ?? 0)}</dd></dl>
        </div>
      </div>
      <div class="cards">
        <div class="card wide"><Chart title="Finished per minute (last hour)" labels={['succeeded', 'failed']} colors={['#16a34a', '#dc2626']} x={chart.x} series={[chart.ok, chart.failed]} /></div>
      </div>
      <NodesPanel />
      <h2>Tools and checks</h2>
      <table class="files">
        <thead><tr><th>Check</th><th>Status</th><th>Details</th></tr></thead>
        <tbody>{ready?.checks.map((c) => <tr><td>{c.name}</td><td>{c.status}</td><td class="wrap">{c.description}</td></tr>)}</tbody>
      </table>
      <p>Batches and their aggregate progress: see <a href="/batches" onClick={(e) => linkClick(e, '/batches')}>Batches</a>.</p>
      <h2>Webhook deliveries</h2>
      {deliveries.length === 0 ? <p class="muted">No recent jobs with webhooks.</p> : deliveries.map((d) => (
        <details><summary><a class="mono" href={`/jobs/${d.job.jobId}`} onClick={(e) => linkClick(e, `/jobs/${d.job.jobId}`)}>{shortId(d.job.jobId)}</a> — {d.list.length} deliveries</summary>
          <pre class="text">{JSON.stringify(d.list, null, 2)}</pre></details>
      ))}
    </section>
  );
}

function perMinute(jobs: Job[]) {
  const now = Math.floor(Date.now() / 60000);
  const x: number[] = [], ok: number[] = [], failed: number[] = [];
  for (let m = now - 59; m <= now; m++) { x.push(m * 60); ok.push(0); failed.push(0); }
  for (const j of jobs) {
    if (!j.endedUtc) continue;
    const i = Math.floor(Date.parse(j.endedUtc) / 60000) - (now - 59);
    if (i >= 0 && i < 60) (j.status === 'Failed' ? failed : ok)[i]++;
  }
  return { x, ok, failed };
}
