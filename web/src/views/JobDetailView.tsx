import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { openStream } from '../api/eventStream';
import { urls } from '../api/streams';
import { ChildJobs } from '../components/ChildJobs';
import { EventLog } from '../components/EventLog';
import { MediaOutputs } from '../components/MediaOutputs';
import { Progress, StatusBadge } from '../components/StatusBadge';
import { StepsTable } from '../components/StepsTable';
import { WebhookDeliveries } from '../components/WebhookDeliveries';
import { jobDuration, time } from '../format';
import { endsStream, levelOf, messageOf } from '../eventText';
import { renderMarkdown } from '../markdown';
import { linkClick, navigate } from '../router';
import { pages } from '../routes';
import { toast, toastError } from '../toast';
import { isFinal, Job, JobEvent } from '../types';

/** One job, live: steps, log, inputs, results and outputs; cancel, retry and delete. */
export function JobDetailView(props: { id: string }) {
  const [job, setJob] = useState<Job | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [events, setEvents] = useState<JobEvent[]>([]);
  const [now, setNow] = useState(Date.now());
  const [streamKey, setStreamKey] = useState(0);
  const pending = useRef<JobEvent[]>([]);
  const dirty = useRef(false);

  const reload = async (): Promise<Job | null> => {
    try { const j = await call(api.GET('/api/jobs/{id}', { params: { path: { id: props.id } } })); setJob(j); return j; } catch (e) {
      if (e instanceof ApiError && e.status === 404) setMissing(e.message); else toastError(e);
      return null;
    }
  };

  useEffect(() => {
    let stream: { close(): void } | null = null;
    let cancelled = false;
    (async () => {
      const loaded = await reload();
      let after = 0;
      try {
        const page = await call(api.GET('/api/jobs/{id}/events', { params: { path: { id: props.id }, query: { after: 0, limit: 1000 } } }));
        if (cancelled) return;
        setEvents(page.events);
        after = page.lastEventId;
      } catch { /* the job may be gone; reload says so */ }
      // A finished job's stream would end at once: follow it only while it can still change (a retry reopens it).
      if (cancelled || !loaded || isFinal(loaded.status)) return;
      stream = openStream(urls.jobEvents(props.id), {
        after,
        onEvent: (type, id, data) => {
          pending.current.push({ id, jobId: props.id, type, level: levelOf(type, data), message: messageOf(type, data), payload: data, timestampUtc: new Date().toISOString() });
          dirty.current = true;
          // Its stream ends here; a retry reopens it.
          if (endsStream(type, data)) stream?.close();
        },
      });
    })();
    const timer = setInterval(() => {
      setNow(Date.now());
      if (pending.current.length) { const add = pending.current; pending.current = []; setEvents((old) => [...old, ...add].slice(-5000)); }
      if (dirty.current) { dirty.current = false; reload(); }
    }, 400);
    return () => { cancelled = true; stream?.close(); clearInterval(timer); };
  }, [props.id, streamKey]);

  if (missing) return <section><h1>Job not found</h1><p>{missing}</p><a href={pages.jobs} onClick={(e) => linkClick(e, pages.jobs)}>All jobs</a></section>;
  if (!job) return <p>Loading…</p>;

  const act = async (action: 'cancel' | 'retry') => {
    try { await call(action === 'cancel' ? api.POST('/api/jobs/{id}/cancel', { params: { path: { id: job.jobId } } }) : api.POST('/api/jobs/{id}/retry', { params: { path: { id: job.jobId } } })); toast(action === 'cancel' ? 'Cancellation requested' : 'Queued for retry'); }
    catch (e) { toastError(e); }
    if (action === 'retry') setStreamKey((k) => k + 1); else reload();
  };
  const remove = async () => {
    if (!confirm('Delete this job with its outputs and logs?')) return;
    try { await call(api.DELETE('/api/jobs/{id}', { params: { path: { id: job.jobId } } })); toast('Job deleted'); navigate(pages.jobs); } catch (e) { toastError(e); }
  };
  const final = isFinal(job.status);
  const structured = (job.results?.structured_data ?? null) as Record<string, unknown> | null;
  const extracted = typeof structured?.extracted_text === 'string' ? structured.extracted_text : null;
  const template = job.results?.template as { markdown?: string } | undefined;
  const markdown = template?.markdown ?? (typeof job.results?.text === 'string' ? job.results.text as string : null);

  return (
    <article class="detail" aria-labelledby="job-title">
      <div class="toolbar">
        <h1 id="job-title">{job.type} <span class="muted">{job.preset}</span></h1>
        <StatusBadge status={job.status} />
        <Progress pct={job.progressPct ?? 0} label="Job progress" />
        <span class="spacer" />
        {!final && <button type="button" onClick={() => act('cancel')} disabled={job.cancelRequested}>Cancel job</button>}
        {(job.status === 'Failed' || job.status === 'Cancelled') && <button type="button" class="primary" onClick={() => act('retry')}>Retry job</button>}
        {final && <button type="button" class="danger" onClick={remove}>Delete</button>}
      </div>
      <dl class="facts">
        <dt>Id</dt><dd class="mono">{job.jobId}</dd>
        <dt>Created</dt><dd>{time(job.createdUtc)}</dd>
        <dt>Duration</dt><dd>{jobDuration(job.startedUtc, job.endedUtc, now)}</dd>
        <dt>Attempt</dt><dd>{job.attempt} of {job.maxAttempts}</dd>
        {job.batchId && <><dt>Batch</dt><dd><a class="mono" href={pages.batchJobs(job.batchId)} onClick={(e) => linkClick(e, pages.batchJobs(job.batchId!))}>{job.batchId}</a></dd></>}
        {job.owner && <><dt>Owner</dt><dd>{job.owner}</dd></>}
        {job.message && <><dt>Message</dt><dd data-testid="job-message">{job.message}</dd></>}
      </dl>
      {job.errors.length > 0 && <Problems title="Errors" list={job.errors} kind="error" />}
      {job.warnings.length > 0 && <Problems title="Warnings" list={job.warnings} kind="warning" />}
      <h2>Steps</h2>
      <StepsTable job={job} now={now} />
      <h2>Outputs</h2>
      <MediaOutputs job={job} />
      {extracted !== null && (
        <section aria-labelledby="text-title"><h2 id="text-title">Extracted text</h2><pre class="text extracted">{extracted}</pre></section>
      )}
      {markdown && (
        <section aria-labelledby="md-title"><h2 id="md-title">Document</h2><div class="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} /></section>
      )}
      <details><summary>Inputs and options</summary><pre class="text">{JSON.stringify({ inputs: job.inputs, options: job.options }, null, 2)}</pre></details>
      {job.results && <details><summary>Results (JSON)</summary><pre class="text">{JSON.stringify(job.results, null, 2)}</pre></details>}
      <ChildJobs jobId={job.jobId} version={`${job.status}:${events.length}`} />
      <WebhookDeliveries jobId={job.jobId} version={`${job.status}:${events.length}`} />
      <EventLog events={events} />
    </article>
  );
}

function Problems(props: { title: string; list: Job['errors']; kind: string }) {
  return (
    <section class={`problems ${props.kind}`} role={props.kind === 'error' ? 'alert' : undefined}>
      <h2>{props.title}</h2>
      <ul>{props.list.map((e) => <li><strong>{e.code}</strong>: {e.message}{e.remediation && <div class="muted">{e.remediation}</div>}</li>)}</ul>
    </section>
  );
}
