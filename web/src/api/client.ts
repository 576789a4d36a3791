import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { Problem } from '../types';
import type { paths } from './schema';

// Every call goes through the public API, typed by the server's OpenAPI document (schema.d.ts, generated); on a
// keyed server the key (kept in sessionStorage for this tab) travels as a header, never in a URL.
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

/** Bodies the dashboard reads as data: JSON and problem+JSON (streams and files are loaded by URL, see streams.ts). */
type Json = `${string}/${string}json`;
export type Api = Client<paths, Json>;

/** A client for the server's documented routes: adds the key, reports a 401 (the key was refused). */
export function createApi(options: ClientOptions = {}): Api {
  const client = createClient<paths, Json>(options);
  client.use({
    onRequest({ request }) {
      const key = auth.key;
      if (key) request.headers.set('Authorization', `Bearer ${key}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthorized();
      return response;
    },
  });
  return client;
}

export const api = createApi();

/**
 * The body of a successful answer, or an ApiError carrying the problem details (RFC 9457) of a refused one;
 * a request the server never answered is status 0. Wrap every `api.GET(...)`/`api.POST(...)` in it.
 */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await pending;
  } catch (e) {
    throw new ApiError(0, { status: 0, title: 'Network error', detail: `The server did not answer (${String(e)}).` });
  }
  const { data, error, response } = answer;
  if (!response.ok) {
    const body = typeof error === 'object' && error !== null ? error : {};
    throw new ApiError(response.status, { status: response.status, title: response.statusText, ...body });
  }
  return data as T;
}
