import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { openStream } from '../api/eventStream';
import { urls } from '../api/streams';
import { coalesce } from '../coalesce';
import { Chart } from '../components/Chart';
import { NodesPanel } from '../components/NodesPanel';
import { shortId } from '../format';
import { linkClick } from '../router';
import { pages } from '../routes';
import { useSession } from '../session';
import { countFacts, counterFacts } from '../statsFacts';
import { CountedMinute, Finished, perMinute, pruneFinished, recordFinish } from '../throughput';
import { toast, toastError } from '../toast';
import type { Delivery, QueueState, Stats } from '../types';

/** /readyz: its checks, from the 200 body or the 503 problem alike (a server that does not answer: none). */
const readiness = () => api.GET('/readyz').then(({ data, error }) => data ?? { status: 'Unhealthy', checks: error?.checks ?? [] },
  () => ({ status: 'Unhealthy', checks: [] }));
type Ready = Awaited<ReturnType<typeof readiness>>;
const HOOKED_JOBS = 8;

/**
 * Queue control, counts, nodes, tools, bytes saved, throughput and failures over the last hour, and webhooks.
 * Counts come from GET /api/stats and /api/queue, read again after live events (at most once a second), never
 * from pages of jobs; the chart from GET /api/stats/finished-per-minute, read once a minute, plus the live
 * stream's finishes since that read.
 */
export function SystemView() {
  const session = useSession();
  const [queue, setQueue] = useState<QueueState | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const [chart, setChart] = useState(() => perMinute(new Map()));
  const [hooked, setHooked] = useState<string[]>([]);
  const [deliveries, setDeliveries] = useState<{ jobId: string; list: Delivery[] }[]>([]);
  // Live finishes since the last read of the per-minute counts (which holds the ones before it).
  const finished = useRef<Finished>(new Map());
  const counted = useRef<CountedMinute[]>([]);
  const hookedNow = useRef<string[]>([]);

  const refresh = async () => {
    try {
      const [q, s] = await Promise.all([call(api.GET('/api/queue')), call(api.GET('/api/stats'))]);
      setQueue(q); setStats(s);
    } catch (e) { toastError(e); }
  };
  useEffect(() => {
    const redraw = () => { pruneFinished(finished.current); setChart(perMinute(finished.current, Date.now(), counted.current)); };
    const recount = () => {
      const live = new Map(finished.current);
      call(api.GET('/api/stats/finished-per-minute', { params: { query: { minutes: 60 } } })).then((r) => {
        // What the stream announced before this read is in the read; what came while it ran is kept.
        for (const id of live.keys()) if (finished.current.get(id) === live.get(id)) finished.current.delete(id);
        counted.current = r.minutes;
        redraw();
      }, toastError);
    };
    refresh();
    recount();
    readiness().then(setReady);
    // The webhook panel starts from the newest finished jobs that have a webhook (read once; the stream keeps it current).
    call(api.GET('/api/jobs', { params: { query: { status: 'Succeeded,Failed', limit: 50 } } })).then((list) => {
      hookedNow.current = list.items.filter((j) => j.webhook).slice(0, HOOKED_JOBS).map((j) => j.jobId);
      setHooked(hookedNow.current);
    }, toastError);
    const counts = coalesce(refresh, 1000);
    const drawing = coalesce(redraw, 1000);
    const hooks = coalesce(() => setHooked([...hookedNow.current]), 2000);
    const stream = openStream(urls.allJobsStream(), {
      onEvent: (type, _id, data) => {
        counts.mark();
        if (recordFinish(finished.current, type, data)) drawing.mark();
        const jobId = data.jobId;
        if (type.startsWith('webhook-') && typeof jobId === 'string') {
          hookedNow.current = [jobId, ...hookedNow.current.filter((id) => id !== jobId)].slice(0, HOOKED_JOBS);
          hooks.mark();
        }
      },
    });
    // Minutes move on while nothing happens; and a dropped stream must not freeze the counts.
    const slow = setInterval(() => { refresh(); redraw(); }, 15_000);
    const minutely = setInterval(recount, 60_000);
    return () => { stream.close(); counts.stop(); drawing.stop(); hooks.stop(); clearInterval(slow); clearInterval(minutely); };
  }, []);

  // Webhook deliveries of the most recent jobs that have a webhook (the API lists them per job).
  useEffect(() => {
    Promise.all(hooked.map(async (jobId) => ({
      jobId,
      list: (await call(api.GET('/api/jobs/{id}/webhooks', { params: { path: { id: jobId } } })).catch(() => ({ deliveries: [] }))).deliveries,
    }))).then(setDeliveries);
  }, [hooked]);

  const control = async (action: 'pause' | 'resume') => {
    try {
      await call(action === 'pause' ? api.POST('/api/queue/pause') : api.POST('/api/queue/resume'));
      toast(action === 'pause' ? 'Queue paused' : 'Queue resumed');
      refresh();
    } catch (e) { toastError(e); }
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
            {countFacts(stats).map(([k, v]) => <><dt>{k}</dt><dd>{v}</dd></>)}
          </dl>}
        </div>
        <div class="card">
          <h2>Counters</h2>
          {stats && <dl class="facts">{counterFacts(stats).map(([k, v]) => <><dt>{k}</dt><dd>{v}</dd></>)}</dl>}
        </div>
      </div>
      <div class="cards">
        <div class="card wide"><Chart title="Finished per minute (last hour)" labels={['succeeded', 'failed']} colors={['#16a34a', '#dc2626']} x={chart.x} series={[chart.ok, chart.failed]} /></div>
      </div>
      <NodesPanel />
      <h2>Tools and checks</h2>
      <table class="files">
        <thead><tr><th>Check</th><th>Status</th><th>Details</th></tr></thead>
        <tbody>{ready?.checks?.map((c) => <tr><td>{c.name}</td><td>{c.status}</td><td class="wrap">{c.description}</td></tr>)}</tbody>
      </table>
      <p>Batches and their aggregate progress: see <a href={pages.batches} onClick={(e) => linkClick(e, pages.batches)}>Batches</a>.</p>
      <h2>Webhook deliveries</h2>
      {deliveries.length === 0 ? <p class="muted">No recent jobs with webhooks.</p> : deliveries.map((d) => (
        <details><summary><a class="mono" href={pages.job(d.jobId)} onClick={(e) => linkClick(e, pages.job(d.jobId))}>{shortId(d.jobId)}</a> — {d.list.length} deliveries</summary>
          <pre class="text">{JSON.stringify(d.list, null, 2)}</pre></details>
      ))}
    </section>
  );
}
