import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openStream } from '../api/eventStream';
import { urls } from '../api/streams';
import { coalesce } from '../coalesce';
import { JobFilters } from '../components/JobFilters';
import { BulkBar } from '../components/BulkBar';
import { Progress, StatusBadge } from '../components/StatusBadge';
import { jobDuration, shortId, time } from '../format';
import { currentStep, fetchPage, Filters, filtersFromSearch, filtersToSearch, PAGE_SIZE } from '../jobsData';
import { linkClick, navigate } from '../router';
import { pages as links } from '../routes';
import { toastError } from '../toast';
import type { Job, Stats } from '../types';

const ROW = 30;
const OVERSCAN = 10;
const FLUSH_MS = 500;

/**
 * Every job in one virtualized table: only the rows in view are in the DOM, pages of 200 are fetched as they
 * scroll into view, and live events are gathered and applied twice a second (refetching what is in view), so a
 * burst of events never re-renders per event.
 */
export function JobsView() {
  const [filters, setFilters] = useState<Filters>(() => filtersFromSearch(location.search));
  const [pages, setPages] = useState<Map<number, Job[]>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [live, setLive] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min((total ?? 0), Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const visiblePages = useMemo(() => {
    const set: number[] = [];
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last - 1) / PAGE_SIZE); p++) set.push(p);
    return set;
  }, [first, last]);

  const load = async (page: number, force = false) => {
    if (!force && (pages.has(page) || loading.current.has(page))) return;
    loading.current.add(page);
    const gen = generation.current;
    try {
      const list = await fetchPage(filters, page);
      if (gen !== generation.current) return;
      setPages((old) => new Map(old).set(page, list.items));
      setTotal(list.total);
      setStats(list.stats);
    } catch (e) {
      toastError(e);
    } finally {
      loading.current.delete(page);
    }
  };

  // Filters changed: start over at the top.
  useEffect(() => {
    generation.current++;
    loading.current.clear();
    setPages(new Map());
    setTotal(null);
    setSelected(new Set());
    scroller.current?.scrollTo({ top: 0 });
    setScrollTop(0);
    history.replaceState(null, '', location.pathname + filtersToSearch(filters));
  }, [filters]);

  useEffect(() => { visiblePages.forEach((p) => load(p)); }, [visiblePages, pages, filters]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Live: mark dirty on any event; refetch the pages in view at most twice a second.
  const visibleRef = useRef(visiblePages);
  visibleRef.current = visiblePages;
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const refetch = coalesce(() => visibleRef.current.forEach((p) => loadRef.current(p, true)), FLUSH_MS);
    const stream = openStream(urls.allJobsStream(), { onEvent: refetch.mark, onState: setLive });
    return () => { stream.close(); refetch.stop(); };
  }, []);

  const rows: (Job | null)[] = [];
  for (let i = first; i < last; i++) rows.push(pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE] ?? null);
  const loadedIds = rows.filter((r): r is Job => r !== null).map((r) => r.jobId);
  const allSelected = loadedIds.length > 0 && loadedIds.every((id) => selected.has(id));

  const toggle = (id: string) => setSelected((old) => { const s = new Set(old); s.has(id) ? s.delete(id) : s.add(id); return s; });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = Array.from(scroller.current?.querySelectorAll<HTMLAnchorElement>('a.row-link') ?? []);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    e.preventDefault();
    const target = links[at + (e.key === 'ArrowDown' ? 1 : -1)];
    if (target) { target.focus(); target.scrollIntoView({ block: 'nearest' }); }
  };

  return (
    <section class="jobs-view" aria-labelledby="jobs-title">
      <div class="toolbar">
        <h1 id="jobs-title">Jobs</h1>
        <span class="muted" aria-live="polite">
          {total === null ? 'Loading…' : `${total.toLocaleString()} job${total === 1 ? '' : 's'}`}
          {stats && ` · ${stats.running} running · ${stats.queued} queued · ${stats.failed} failed`}
        </span>
        <span class={`live ${live ? 'on' : ''}`} title={live ? 'Live updates on' : 'Reconnecting'}>{live ? '● live' : '○ offline'}</span>
      </div>
      <JobFilters value={filters} onChange={setFilters} />
      <BulkBar selected={selected} jobs={pages} onDone={() => { setSelected(new Set()); visiblePages.forEach((p) => load(p, true)); }} />
      {total === 0 ? (
        <p class="empty">No jobs match. <a href={links.submit} onClick={(e) => linkClick(e, links.submit)}>Submit one</a>.</p>
      ) : (
        <div class="table-scroll" ref={scroller} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)} onKeyDown={onKeyDown}>
          <table class="jobs" aria-rowcount={total ?? undefined}>
            <thead>
              <tr>
                <th class="c-sel"><input type="checkbox" aria-label="Select all loaded rows" checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(loadedIds))} /></th>
                <th class="c-id">Job</th><th class="c-type">Type</th><th class="c-preset">Preset</th><th class="c-status">Status</th>
                <th class="c-progress">Progress</th><th class="c-step">Step</th>
                <th class="c-created">
                  <button type="button" class="link sort" aria-label={`Sort by created, now ${filters.order} first`}
                    onClick={() => setFilters({ ...filters, order: filters.order === 'newest' ? 'oldest' : 'newest' })}>
                    Created {filters.order === 'newest' ? '↓' : '↑'}
                  </button>
                </th>
                <th class="c-duration">Duration</th><th class="c-batch">Batch</th><th class="c-owner">Owner</th>
              </tr>
            </thead>
            <tbody>
              <tr style={{ height: `${first * ROW}px` }} aria-hidden="true" />
              {rows.map((job, i) => job ? (
                <tr key={job.jobId} class={selected.has(job.jobId) ? 'selected' : ''} aria-rowindex={first + i + 2} data-job-id={job.jobId} data-status={job.status}>
                  <td class="c-sel"><input type="checkbox" aria-label={`Select job ${shortId(job.jobId)}`} checked={selected.has(job.jobId)} onChange={() => toggle(job.jobId)} /></td>
                  <td class="c-id"><a class="row-link mono" href={links.job(job.jobId)} onClick={(e) => linkClick(e, links.job(job.jobId))} title={job.jobId}>{shortId(job.jobId)}</a></td>
                  <td class="c-type">{job.type}</td>
                  <td class="c-preset">{job.preset}</td>
                  <td class="c-status"><StatusBadge status={job.status} /></td>
                  <td class="c-progress"><Progress pct={job.progressPct ?? 0} label={`Job ${shortId(job.jobId)} progress`} /></td>
                  <td class="c-step">{currentStep(job)}</td>
                  <td class="c-created">{time(job.createdUtc)}</td>
                  <td class="c-duration">{jobDuration(job.startedUtc, job.endedUtc)}</td>
                  <td class="c-batch mono">{job.batchId ? <button type="button" class="link" onClick={() => setFilters({ ...filters, batchId: job.batchId! })} title={`Only batch ${job.batchId}`}>{shortId(job.batchId)}</button> : ''}</td>
                  <td class="c-owner">{job.owner ?? ''}</td>
                </tr>
              ) : (
                <tr key={`p${first + i}`} class="placeholder" aria-hidden="true"><td colSpan={11}>…</td></tr>
              ))}
              <tr style={{ height: `${Math.max(0, ((total ?? 0) - last) * ROW)}px` }} aria-hidden="true" />
            </tbody>
          </table>
        </div>
      )}
      <p class="muted small">Tip: ↑/↓ move between rows, Enter opens a job. <button type="button" class="link" onClick={() => navigate(links.submit)}>New job</button></p>
    </section>
  );
}
