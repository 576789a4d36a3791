import type { Problem } from './types';

// Every call goes through the public API; on a keyed server the key (kept in sessionStorage for this tab)
// travels as a header, never in a URL.
const KEY = 'mediajobs.apiKey';

export const auth = {
  get key(): string | null { return sessionStorage.getItem(KEY); },
  set(key: string | null) { key ? sessionStorage.setItem(KEY, key) : sessionStorage.removeItem(KEY); },
};

export class ApiError extends Error {
  constructor(public status: number, public problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
  }
  get field(): string | undefined { return this.problem.field; }
}

let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(handler: () => void) { onUnauthorized = handler; }

function headers(extra?: HeadersInit): Headers {
  const h = new Headers(extra);
  const key = auth.key;
  if (key) h.set('Authorization', `Bearer ${key}`);
  return h;
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: headers({ Accept: 'application/json' }) };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    (init.headers as Headers).set('Content-Type', 'application/json');
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, { status: 0, title: 'Network error', detail: `The server did not answer (${String(e)}).` });
  }
  if (response.status === 401) onUnauthorized();
  if (!response.ok) {
    let problem: Problem = { status: response.status, title: response.statusText };
    try { problem = { ...problem, ...(await response.json()) }; } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') || '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export const get = <T>(url: string) => request<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => request<T>('POST', url, body);
export const del = <T>(url: string) => request<T>('DELETE', url);

export interface StreamToken { token: string; expiresUtc: string; keyId: string | null; admin: boolean; jobId: string | null }

/**
 * Who the current key is (id and admin flag) and a token for streams and media URLs. A token opens one job's
 * events and files (`jobId`) or, without one, only the every-job stream.
 */
export const streamToken = (jobId?: string) =>
  post<StreamToken>('/api/stream-tokens' + (jobId ? `?jobId=${encodeURIComponent(jobId)}` : ''));

const cachedTokens = new Map<string, StreamToken>();

/** A token for that job (or the every-job stream), reused while it has more than a minute left. */
export async function freshToken(jobId?: string): Promise<StreamToken> {
  const cached = cachedTokens.get(jobId ?? '');
  if (cached && Date.parse(cached.expiresUtc) - Date.now() > 60_000) return cached;
  const value = await streamToken(jobId);
  cachedTokens.set(jobId ?? '', value);
  return value;
}
export function forgetToken() { cachedTokens.clear(); }

/** The job a stream or file URL belongs to (`/api/jobs/{id}/...`), which its token must name. */
export function tokenJob(url: string): string | undefined {
  const match = url.match(/^\/api\/jobs\/([^/?]+)\/(events|output|download-archive)/);
  return match && match[1] !== 'stream' ? decodeURIComponent(match[1]) : undefined;
}

/** A URL with a stream token, for what cannot send headers (EventSource, <video>, <a download>). */
export function withToken(url: string, token: string | null): string {
  if (!auth.key || !token) return url;
  return url + (url.includes('?') ? '&' : '?') + 'access_token=' + encodeURIComponent(token);
}

export interface StreamHandle { close(): void }

/**
 * An EventSource that reconnects with a new token when the old one expires, resuming after the last id seen.
 * Events are handed over by name; the caller batches its own rendering.
 */
export function openStream(url: string, onEvent: (type: string, id: number, data: Record<string, unknown>) => void,
  onState?: (live: boolean) => void, after = 0): StreamHandle {
  let source: EventSource | null = null;
  let closed = false;
  let lastId = after;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const connect = async () => {
    if (closed) return;
    let token: string | null = null;
    try { token = (await freshToken(tokenJob(url))).token; } catch { schedule(); return; }
    const resume = lastId > 0 ? (url.includes('?') ? '&' : '?') + `after=${lastId}` : '';
    source = new EventSource(withToken(url + resume, token));
    source.onopen = () => onState?.(true);
    source.onerror = () => {
      onState?.(false);
      // A closed source (e.g. 401 after the token expired, or a finished job's stream) is reopened with a new token.
      if (source && source.readyState === EventSource.CLOSED) { forgetToken(); schedule(); }
    };
    source.onmessage = (m) => dispatch('message', m);
    for (const name of EVENT_NAMES) source.addEventListener(name, (m) => dispatch(name, m as MessageEvent));
  };
  const dispatch = (type: string, m: MessageEvent) => {
    const id = Number(m.lastEventId);
    if (id > lastId) lastId = id;
    let data: Record<string, unknown> = {};
    try { data = JSON.parse(m.data); } catch { /* keep empty */ }
    onEvent(type, id, data);
  };
  const schedule = () => {
    source?.close();
    if (!closed && !retry) retry = setTimeout(() => { retry = null; connect(); }, 2000);
  };
  connect();
  return { close() { closed = true; source?.close(); if (retry) clearTimeout(retry); } };
}

const EVENT_NAMES = ['job-status', 'step-status', 'step-progress', 'step-error', 'job-completed', 'job-failed',
  'job-removed', 'log', 'warning', 'webhook-delivered', 'webhook-failed', 'webhook-attempt'];
