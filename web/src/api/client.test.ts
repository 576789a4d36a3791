import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../test/memoryStorage';
import { ApiError, auth, call, createApi, setUnauthorizedHandler } from './client';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('the typed client', () => {
  let requests: Request[];
  let answer: () => Response;
  const api = () => createApi({
    baseUrl: 'http://server',
    fetch: async (input: Request) => { requests.push(input); return answer(); },
  });

  beforeEach(() => {
    vi.stubGlobal('sessionStorage', memoryStorage());
    requests = [];
    answer = () => json(200, {});
  });
  afterEach(() => { vi.unstubAllGlobals(); setUnauthorizedHandler(() => {}); });

  it('fills path parameters (escaped) and the query from the typed call', async () => {
    answer = () => json(200, { jobId: 'j', deliveries: [] });
    await call(api().GET('/api/jobs/{id}/webhooks', { params: { path: { id: 'a/b c' } } }));
    await call(api().GET('/api/jobs', { params: { query: { status: 'Queued,Running', limit: 5 } } }));
    expect(requests.map((r) => r.url)).toEqual(['http://server/api/jobs/a%2Fb%20c/webhooks', 'http://server/api/jobs?status=Queued%2CRunning&limit=5']);
  });

  it('sends the key as a bearer header, only when there is one', async () => {
    await call(api().GET('/api/queue'));
    auth.set('secret-key');
    await call(api().GET('/api/queue'));
    expect(requests[0].headers.get('Authorization')).toBeNull();
    expect(requests[1].headers.get('Authorization')).toBe('Bearer secret-key');
    expect(requests[1].url).not.toContain('secret-key');
  });

  it('returns the body of a success', async () => {
    answer = () => json(200, { paused: true, running: 1, queued: 2, waiting: {} });
    expect(await call(api().GET('/api/queue'))).toEqual({ paused: true, running: 1, queued: 2, waiting: {} });
  });

  it('throws the problem of a refusal, with its detail as the message and its field', async () => {
    answer = () => json(400, { title: 'Bad Request', status: 400, detail: 'limit must be 1 to 500', field: 'limit' }, 'application/problem+json');
    const error = await call(api().GET('/api/jobs', { params: { query: { limit: 9999 } } })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('limit must be 1 to 500');
    expect(error.field).toBe('limit');
  });

  it('names the status when a refusal has no problem body', async () => {
    answer = () => new Response('upstream down', { status: 502, statusText: 'Bad Gateway' });
    const error = await call(api().GET('/api/stats')).catch((e) => e);
    expect(error.status).toBe(502);
    expect(error.message).toBe('Bad Gateway');
  });

  it('reports a refused key to the page (it asks for another)', async () => {
    const refused = vi.fn();
    setUnauthorizedHandler(refused);
    answer = () => json(401, { status: 401, detail: 'The API key is missing or not valid.' }, 'application/problem+json');
    await expect(call(api().GET('/api/nodes'))).rejects.toMatchObject({ status: 401 });
    answer = () => json(403, { status: 403, detail: 'admin only' }, 'application/problem+json');
    await expect(call(api().POST('/api/queue/pause'))).rejects.toMatchObject({ status: 403 });
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('turns an unanswered request into status 0', async () => {
    const offline = createApi({ baseUrl: 'http://server', fetch: async () => { throw new TypeError('Failed to fetch'); } });
    const error = await call(offline.GET('/api/stats')).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toContain('Failed to fetch');
  });
});
