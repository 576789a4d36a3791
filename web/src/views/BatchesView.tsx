import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { openStream } from '../api/eventStream';
import { urls } from '../api/streams';
import { coalesce } from '../coalesce';
import { Progress, StatusBadge } from '../components/StatusBadge';
import { shortId, time } from '../format';
import { linkClick } from '../router';
import { pages } from '../routes';
import { toastError } from '../toast';
import type { BatchCounts, BatchList } from '../types';

const PAGE = 50;
const COUNTS: (keyof BatchCounts)[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'skipped'];

/** Every batch the key may see (GET /api/jobs/batches), newest first, with counts per status and aggregate progress. */
export function BatchesView() {
  const [offset, setOffset] = useState(0);
  const [list, setList] = useState<BatchList | null>(null);

  useEffect(() => {
    let failed = false;
    const load = () => call(api.GET('/api/jobs/batches', { params: { query: { offset, limit: PAGE } } }))
      .then((l) => { failed = false; setList(l); })
      .catch((e) => { if (!failed) toastError(e); failed = true; });
    load();
    // Progress moves while jobs run: the page is read again after job events, at most every 1.5 s (never while idle).
    const refetch = coalesce(load, 1500);
    const stream = openStream(urls.allJobsStream(), { onEvent: refetch.mark });
    return () => { stream.close(); refetch.stop(); };
  }, [offset]);

  const jobsOf = pages.batchJobs;
  return (
    <section aria-labelledby="batches-title">
      <div class="toolbar">
        <h1 id="batches-title">Batches</h1>
        <span class="muted" aria-live="polite">{list ? `${list.total.toLocaleString()} batch${list.total === 1 ? '' : 'es'}` : ''}</span>
      </div>
      {list === null ? <p class="muted">Loading…</p> : list.items.length === 0 ? (
        <p class="empty muted">No batches yet. Submit several jobs at once with <span class="mono">POST /api/jobs/batch</span> or a folder in the transcode form.</p>
      ) : (
        <table class="files batches">
          <caption class="sr-only">Batches, newest first</caption>
          <thead><tr><th scope="col">Batch</th><th scope="col">Name</th><th scope="col">Created</th><th scope="col">Status</th>
            <th scope="col">Progress</th><th scope="col">Jobs</th>
            {COUNTS.map((c) => <th scope="col" class="num">{c[0].toUpperCase() + c.slice(1)}</th>)}</tr></thead>
          <tbody>{list.items.map((b) => (
            <tr key={b.batchId} data-batch-id={b.batchId} data-status={b.status}>
              <td><a class="mono" href={jobsOf(b.batchId)} onClick={(e) => linkClick(e, jobsOf(b.batchId))}
                aria-label={`Jobs of batch ${b.name} (${b.batchId})`} title={b.batchId}>{shortId(b.batchId)}</a></td>
              <td>{b.name}</td>
              <td>{time(b.createdUtc)}</td>
              <td><StatusBadge status={b.status} /></td>
              <td><Progress pct={b.progressPct} label={`Batch ${b.name} progress`} /></td>
              <td class="num">{b.jobCount}</td>
              {COUNTS.map((c) => <td class="num" data-count={c}>{b.counts[c] || ''}</td>)}
            </tr>
          ))}</tbody>
        </table>
      )}
      {list && list.total > PAGE && (
        <nav class="toolbar" aria-label="Batch pages">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Newer batches</button>
          <span class="muted">{offset + 1}–{Math.min(offset + PAGE, list.total)} of {list.total}</span>
          <button type="button" disabled={offset + PAGE >= list.total} onClick={() => setOffset(offset + PAGE)}>Older batches</button>
        </nav>
      )}
    </section>
  );
}
