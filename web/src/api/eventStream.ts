import { forgetToken, freshToken, tokenJob, withToken } from './streams';

export interface StreamHandle { close(): void }
export type StreamEvent = (type: string, id: number, data: Record<string, unknown>) => void;

export interface StreamOptions {
  onEvent: StreamEvent;
  onState?: (live: boolean) => void;
  /** Resume after this event id (0: from now). */
  after?: number;
  /** Seams for tests: the EventSource class, the token source and the wait before a reconnect. */
  eventSource?: { new (url: string): EventSource; readonly CLOSED: number };
  token?: (jobId?: string) => Promise<{ token: string }>;
  retryMs?: number;
}

export const EVENT_NAMES = ['job-status', 'step-status', 'step-progress', 'step-error', 'job-completed', 'job-failed',
  'job-removed', 'log', 'warning', 'webhook-delivered', 'webhook-failed', 'webhook-attempt'];

/** `url` resuming after `lastId` (the server's `?after=`), unchanged from the start. */
export function resumeUrl(url: string, lastId: number): string {
  return lastId > 0 ? url + (url.includes('?') ? '&' : '?') + `after=${lastId}` : url;
}

/**
 * An EventSource that reconnects with a new token when the old one expires, resuming after the last id seen.
 * Events are handed over by name with their JSON data; the caller batches its own rendering.
 */
export function openStream(url: string, options: StreamOptions): StreamHandle {
  const Source = options.eventSource ?? EventSource;
  const token = options.token ?? freshToken;
  const retryMs = options.retryMs ?? 2000;
  let source: EventSource | null = null;
  let closed = false;
  let lastId = options.after ?? 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const dispatch = (type: string, m: MessageEvent) => {
    const id = Number(m.lastEventId);
    if (id > lastId) lastId = id;
    let data: Record<string, unknown> = {};
    try { data = JSON.parse(m.data); } catch { /* keep empty */ }
    options.onEvent(type, id, data);
  };
  const schedule = () => {
    source?.close();
    if (!closed && !retry) retry = setTimeout(() => { retry = null; connect(); }, retryMs);
  };
  const connect = async () => {
    if (closed) return;
    let value: string;
    try { value = (await token(tokenJob(url))).token; } catch { schedule(); return; }
    if (closed) return;
    const opened = new Source(withToken(resumeUrl(url, lastId), value));
    source = opened;
    opened.onopen = () => options.onState?.(true);
    opened.onerror = () => {
      options.onState?.(false);
      // A closed source (e.g. 401 after the token expired) is reopened with a new token; an open one retries itself.
      if (opened.readyState === Source.CLOSED) { forgetToken(); schedule(); }
    };
    opened.onmessage = (m) => dispatch('message', m);
    for (const name of EVENT_NAMES) opened.addEventListener(name, (m) => dispatch(name, m as MessageEvent));
  };
  connect();
  return { close() { closed = true; source?.close(); if (retry) clearTimeout(retry); } };
}
