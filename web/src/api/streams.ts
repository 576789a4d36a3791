import type { StreamToken } from '../types';
import { api, auth, call } from './client';
import type { paths } from './schema';

// What a browser loads by URL and cannot send a header with — EventSource streams, <video>, <a download> — carries
// a short-lived stream token instead of the key. Those URLs are built here, from the document's own paths.

/** A documented path with its `{name}` parameters filled in, and an optional query. */
export function pathUrl(path: keyof paths, params: Record<string, string> = {}, query: Record<string, string | undefined> = {}): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`No value for {${name}} in ${path}`);
    return encodeURIComponent(params[name]);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) search.set(k, v);
  const s = search.toString();
  return s ? `${filled}?${s}` : filled;
}

export const urls = {
  /** Every job's events (SSE). */
  allJobsStream: () => pathUrl('/api/jobs/stream'),
  /** One job's events (SSE). */
  jobEvents: (jobId: string) => pathUrl('/api/jobs/{id}/events', { id: jobId }),
  /** One output file of a job (Range requests). */
  output: (jobId: string, name: string) => pathUrl('/api/jobs/{id}/output', { id: jobId }, { name }),
  /** Every output of a job as one ZIP. */
  archive: (jobId: string) => pathUrl('/api/jobs/{id}/download-archive', { id: jobId }),
};

/**
 * Who the current key is (id and admin flag) and a token for streams and media URLs. A token opens one job's
 * events and files (`jobId`) or, without one, only the every-job stream.
 */
export const streamToken = (jobId?: string): Promise<StreamToken> =>
  call(api.POST('/api/stream-tokens', { params: { query: jobId ? { jobId } : {} } }));

const cachedTokens = new Map<string, StreamToken>();

/** A token for that job (or the every-job stream), reused while it has more than a minute left. */
export async function freshToken(jobId?: string, now = Date.now()): Promise<StreamToken> {
  const cached = cachedTokens.get(jobId ?? '');
  if (cached && Date.parse(cached.expiresUtc) - now > 60_000) return cached;
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
