import { api, call } from './api/client';
import type { operations } from './api/schema';
import type { Job, JobList } from './types';

export const PAGE_SIZE = 100;

export interface Filters { status: string; type: string; batchId: string; q: string; order: 'newest' | 'oldest' }
export const emptyFilters: Filters = { status: '', type: '', batchId: '', q: '', order: 'newest' };

type ListQuery = NonNullable<operations['ListJobs']['parameters']['query']>;
const TEXT_FILTERS = ['status', 'type', 'batchId', 'q'] as const;

/** The list request for one page under these filters: empty filters and the default order are left out. */
export function listQuery(f: Filters, page: number): ListQuery {
  const query: ListQuery = {};
  for (const k of TEXT_FILTERS) if (f[k]) query[k] = f[k];
  if (f.order !== 'newest') query.order = f.order;
  query.offset = page * PAGE_SIZE;
  query.limit = PAGE_SIZE;
  return query;
}

export const fetchPage = (f: Filters, page: number): Promise<JobList> =>
  call(api.GET('/api/jobs', { params: { query: listQuery(f, page) } }));

/** Filters from the page's query string (`?status=Failed&q=clip`), so a filtered list can be shared and reloaded. */
export function filtersFromSearch(search: string): Filters {
  const p = new URLSearchParams(search);
  return {
    status: p.get('status') ?? '', type: p.get('type') ?? '', batchId: p.get('batchId') ?? '', q: p.get('q') ?? '',
    order: p.get('order') === 'oldest' ? 'oldest' : emptyFilters.order,
  };
}

/** The query string that {@link filtersFromSearch} reads back ('' with no filter). */
export function filtersToSearch(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of TEXT_FILTERS) if (f[k]) p.set(k, f[k]);
  if (f.order !== 'newest') p.set('order', f.order);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The step a row shows: the running one, else the first not yet succeeded, else the last. */
export function currentStep(job: Pick<Job, 'steps'>): string {
  const running = job.steps.find((s) => s.status === 'Running');
  if (running) return running.name;
  const pending = job.steps.find((s) => s.status !== 'Succeeded' && s.status !== 'Skipped');
  return (pending ?? job.steps[job.steps.length - 1])?.name ?? '';
}
