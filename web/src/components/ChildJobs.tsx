import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { linkClick } from '../router';
import { pages } from '../routes';
import { StatusBadge } from './StatusBadge';

import type { Job } from '../types';

/** The node that ran a job: the last step that started somewhere. */
const nodeOf = (job: Job) => [...job.steps].reverse().find((s) => s.node)?.node ?? null;

/**
 * Jobs this job submitted as its children (the jobs of the batch named by its id, e.g. a transcode's segments), with
 * their state and node, and how many each node ran. Nothing when it has none. Reloaded when the job changes.
 */
export function ChildJobs(props: { jobId: string; version: unknown }) {
  const [rows, setRows] = useState<Job[] | null>(null);
  useEffect(() => {
    call(api.GET('/api/jobs', { params: { query: { batchId: props.jobId, order: 'oldest', limit: 500 } } })).then((r) => setRows(r.items), () => setRows([]));
  }, [props.jobId, props.version]);
  if (!rows || rows.length === 0) return null;
  const perNode = new Map<string, number>();
  for (const r of rows) {
    const node = nodeOf(r);
    if (node) perNode.set(node, (perNode.get(node) ?? 0) + 1);
  }
  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">Child jobs</h2>
      {perNode.size > 0 && <p class="muted" data-testid="children-per-node">{[...perNode].map(([node, n]) => `${node}: ${n}`).join(' · ')}</p>}
      <table class="steps children">
        <thead><tr><th>Job</th><th>Type</th><th>State</th><th>Node</th><th>Progress</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.jobId} data-testid="child-row">
              <td><a class="mono" href={pages.job(r.jobId)} onClick={(e) => linkClick(e, pages.job(r.jobId))}>{r.jobId.slice(0, 8)}</a></td>
              <td>{r.type}</td>
              <td><StatusBadge status={r.status} /></td>
              <td>{nodeOf(r) ?? '–'}</td>
              <td>{Math.round(r.progressPct ?? 0)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
