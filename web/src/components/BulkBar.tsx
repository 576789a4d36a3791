import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { toast } from '../toast';
import type { Job } from '../types';

type Action = 'cancel' | 'retry' | 'delete';
const LABEL: Record<Action, string> = { cancel: 'Cancel', retry: 'Retry', delete: 'Delete' };

/** Cancel, retry or delete every selected job (a few requests at a time), then one message with the outcome. */
export function BulkBar(props: { selected: Set<string>; jobs: Map<number, Job[]>; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const count = props.selected.size;
  const run = async (action: Action) => {
    if (action === 'delete' && !confirm(`Delete ${count} job(s) with their outputs?`)) return;
    setBusy(true);
    const ids = [...props.selected];
    const failures: string[] = [];
    for (let i = 0; i < ids.length; i += 8) {
      await Promise.all(ids.slice(i, i + 8).map(async (id) => {
        try {
          const params = { params: { path: { id } } };
          await call(action === 'delete' ? api.DELETE('/api/jobs/{id}', params)
            : action === 'cancel' ? api.POST('/api/jobs/{id}/cancel', params) : api.POST('/api/jobs/{id}/retry', params));
        } catch (e) {
          failures.push(e instanceof ApiError ? e.message : String(e));
        }
      }));
    }
    setBusy(false);
    const done = ids.length - failures.length;
    toast(`${LABEL[action]}: ${done} of ${ids.length} done${failures.length ? ` — ${failures[0]}` : ''}`, failures.length ? 'error' : 'info');
    props.onDone();
  };
  return (
    <div class="bulk" role="toolbar" aria-label="Bulk actions">
      <span class="muted">{count ? `${count} selected` : 'Select rows for bulk actions'}</span>
      {(['cancel', 'retry', 'delete'] as Action[]).map((a) => (
        <button type="button" disabled={!count || busy} onClick={() => run(a)} data-bulk={a}>{LABEL[a]} selected</button>
      ))}
    </div>
  );
}
