import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { time } from '../format';
import { toast, toastError } from '../toast';

import type { Delivery } from '../types';

/** The job's webhook deliveries with their attempts; a finished one can be sent again. Reloaded when the job changes. */
export function WebhookDeliveries(props: { jobId: string; version: unknown }) {
  const [rows, setRows] = useState<Delivery[] | null>(null);
  const load = () => call(api.GET('/api/jobs/{id}/webhooks', { params: { path: { id: props.jobId } } })).then((r) => setRows(r.deliveries), () => setRows([]));
  useEffect(() => { load(); }, [props.jobId, props.version]);
  if (!rows || rows.length === 0) return null;
  const resend = async (d: Delivery) => {
    try { await call(api.POST('/api/jobs/{id}/webhooks/{deliveryId}/resend', { params: { path: { id: props.jobId, deliveryId: d.id } } })); toast('Webhook queued to send again'); } catch (e) { toastError(e); }
    load();
  };
  return (
    <section aria-labelledby="hooks-title">
      <h2 id="hooks-title">Webhook deliveries</h2>
      <table class="steps hooks">
        <thead><tr><th>Webhook</th><th>URL</th><th>Status</th><th>Attempts</th><th>Last answer</th><th>When</th><th><span class="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} data-testid="webhook-row">
              <td>{d.webhook}</td>
              <td class="mono ellipsis" title={d.url}>{d.url}</td>
              <td>{d.status}</td>
              <td>{d.attempts}</td>
              <td title={d.lastError ?? undefined}>{d.lastStatusCode ?? (d.lastError ? 'error' : '–')}</td>
              <td>{time(d.completedUtc ?? d.nextAttemptUtc ?? d.createdUtc)}</td>
              <td>{d.status !== 'Pending' && <button type="button" onClick={() => resend(d)} aria-label={`Resend ${d.webhook} webhook`}>Resend</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
