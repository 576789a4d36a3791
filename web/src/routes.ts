// The dashboard's own pages (real paths, served by the server's page fallback, so links can be shared and reloaded).

export type Route =
  | { view: 'job'; id: string }
  | { view: 'jobs' | 'batches' | 'submit' | 'system' };
export type Tab = 'jobs' | 'batches' | 'submit' | 'system';

/** The view a path shows; anything unknown shows the jobs list. */
export function matchRoute(path: string): Route {
  const route = path.split(/[?#]/)[0].replace(/\/+$/, '') || '/';
  const job = route.match(/^\/jobs\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i);
  if (job) return { view: 'job', id: job[1] };
  if (route === '/submit' || route === '/system' || route === '/batches') return { view: route.slice(1) as Tab };
  return { view: 'jobs' };
}

/** The navigation tab a route belongs to: a job's page is under Jobs. */
export const tabOf = (route: Route): Tab => (route.view === 'job' ? 'jobs' : route.view);

export const pages = {
  job: (id: string) => `/jobs/${encodeURIComponent(id)}`,
  batchJobs: (batchId: string) => `/jobs?batchId=${encodeURIComponent(batchId)}`,
  jobs: '/jobs',
  batches: '/batches',
  submit: '/submit',
  system: '/system',
};
