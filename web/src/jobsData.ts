import { get } from './api';
import type { Job, JobList } from './types';

export const PAGE_SIZE = 100;

export interface Filters { status: string; type: string; batchId: string; q: string; order: 'newest' | 'oldest' }
export const emptyFilters: Filters = { status: '', type: '', batchId: '', q: '', order: 'newest' };

export function listUrl(f: Filters, page: number): string {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.type) p.set('type', f.type);
  if (f.batchId) p.set('batchId', f.batchId);
  if (f.q) p.set('q', f.q);
  if (f.order !== 'newest') p.set('order', f.order);
  p.set('offset', String(page * PAGE_SIZE));
  p.set('limit', String(PAGE_SIZE));
  return `/api/jobs?${p}`;
}

export const fetchPage = (f: Filters, page: number) => get<JobList>(listUrl(f, page));

/** The step a row shows: the running one, else the first not yet succeeded, else the last. */
export function currentStep(job: Job): string {
  const running = job.steps.find((s) => s.status === 'Running');
  if (running) return running.name;
  const pending = job.steps.find((s) => s.status !== 'Succeeded' && s.status !== 'Skipped');
  return (pending ?? job.steps[job.steps.length - 1])?.name ?? '';
}
