import { useEffect, useState } from 'preact/hooks';
import type { Filters } from '../jobsData';
import { emptyFilters } from '../jobsData';
import { STATUSES } from '../types';

export const JOB_TYPES = ['video', 'transcode', 'transcode-discovery', 'pdf', 'transformer', 'session', 'diagnostics', 'noop'];

/** Status, type, batch and text filters; text and batch apply after a short pause in typing. */
export function JobFilters(props: { value: Filters; onChange: (f: Filters) => void }) {
  const f = props.value;
  const [q, setQ] = useState(f.q);
  const [batch, setBatch] = useState(f.batchId);
  useEffect(() => { setQ(f.q); setBatch(f.batchId); }, [f.q, f.batchId]);
  useEffect(() => {
    const t = setTimeout(() => { if (q !== f.q || batch !== f.batchId) props.onChange({ ...f, q: q.trim(), batchId: batch.trim() }); }, 300);
    return () => clearTimeout(t);
  }, [q, batch]);
  return (
    <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); props.onChange({ ...f, q: q.trim(), batchId: batch.trim() }); }}>
      <label>Status
        <select value={f.status} onChange={(e) => props.onChange({ ...f, status: (e.target as HTMLSelectElement).value })}>
          <option value="">Any</option>
          <option value="Queued,Running">Active</option>
          {STATUSES.map((s) => <option value={s}>{s}</option>)}
        </select>
      </label>
      <label>Type
        <select value={f.type} onChange={(e) => props.onChange({ ...f, type: (e.target as HTMLSelectElement).value })}>
          <option value="">Any</option>
          {JOB_TYPES.map((t) => <option value={t}>{t}</option>)}
        </select>
      </label>
      <label>Batch
        <input type="text" value={batch} placeholder="batch id" size={14} onInput={(e) => setBatch((e.target as HTMLInputElement).value)} />
      </label>
      <label class="grow">Search
        <input type="search" value={q} placeholder="job id, batch id, path or text in the inputs" maxLength={200}
          onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      </label>
      <button type="button" onClick={() => props.onChange(emptyFilters)}>Clear filters</button>
    </form>
  );
}
