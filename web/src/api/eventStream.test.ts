import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../test/memoryStorage';
import { auth } from './client';
import { openStream, resumeUrl, StreamOptions } from './eventStream';

/** An EventSource that records what was opened and lets the test play the server's part. */
class FakeSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeSource[] = [];
  readyState = FakeSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((m: MessageEvent) => void) | null = null;
  private listeners = new Map<string, (m: MessageEvent) => void>();
  constructor(public url: string) { FakeSource.opened.push(this); }
  addEventListener(name: string, listener: (m: MessageEvent) => void) { this.listeners.set(name, listener); }
  close() { this.readyState = FakeSource.CLOSED; }
  open() { this.readyState = FakeSource.OPEN; this.onopen?.(); }
  send(name: string, id: number, data: string) {
    const frame = { lastEventId: String(id), data } as MessageEvent;
    if (name === 'message') this.onmessage?.(frame); else this.listeners.get(name)?.(frame);
  }
  fail(closed: boolean) { if (closed) this.readyState = FakeSource.CLOSED; this.onerror?.(); }
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('openStream', () => {
  let tokens: (string | undefined)[];
  let events: [string, number, Record<string, unknown>][];
  let states: boolean[];
  const open = (url: string, extra: Partial<StreamOptions> = {}) => openStream(url, {
    onEvent: (type, id, data) => events.push([type, id, data]),
    onState: (live) => states.push(live),
    eventSource: FakeSource as unknown as StreamOptions['eventSource'],
    token: async (jobId) => { tokens.push(jobId); return { token: `t${tokens.length}` }; },
    retryMs: 2000,
    ...extra,
  });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('sessionStorage', memoryStorage());
    auth.set('key');
    FakeSource.opened = [];
    tokens = []; events = []; states = [];
  });
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

  it("opens with a token made for the URL's job, and hands over named events with their JSON", async () => {
    open('/api/jobs/j1/events');
    await flush();
    const source = FakeSource.opened[0];
    source.open();
    source.send('step-progress', 7, '{"step":"encode","progressPct":40}');
    source.send('message', 8, 'not json');

    expect(tokens).toEqual(['j1']);
    expect(source.url).toBe('/api/jobs/j1/events?access_token=t1');
    expect(states).toEqual([true]);
    expect(events).toEqual([['step-progress', 7, { step: 'encode', progressPct: 40 }], ['message', 8, {}]]);
  });

  it('starts after the given id', async () => {
    open('/api/jobs/j1/events', { after: 41 });
    await flush();
    expect(FakeSource.opened[0].url).toBe('/api/jobs/j1/events?after=41&access_token=t1');
  });

  it('reconnects with a new token after the server closed it, resuming after the last id seen', async () => {
    open('/api/jobs/stream');
    await flush();
    const first = FakeSource.opened[0];
    first.open();
    first.send('job-status', 12, '{}');
    first.send('job-status', 11, '{}');
    first.fail(true);
    expect(states).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(1999);
    expect(FakeSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(tokens).toEqual([undefined, undefined]);
    expect(FakeSource.opened[1].url).toBe('/api/jobs/stream?after=12&access_token=t2');
  });

  it('leaves an open source to retry by itself', async () => {
    open('/api/jobs/stream');
    await flush();
    FakeSource.opened[0].fail(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeSource.opened).toHaveLength(1);
  });

  it('retries when no token could be had', async () => {
    let calls = 0;
    open('/api/jobs/stream', { token: async () => { if (++calls === 1) throw new Error('offline'); return { token: 'late' }; } });
    await flush();
    expect(FakeSource.opened).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(FakeSource.opened.map((s) => s.url)).toEqual(['/api/jobs/stream?access_token=late']);
  });

  it('stays closed once closed, even with a reconnect pending', async () => {
    const handle = open('/api/jobs/stream');
    await flush();
    FakeSource.opened[0].fail(true);
    handle.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeSource.opened).toHaveLength(1);
    expect(FakeSource.opened[0].readyState).toBe(FakeSource.CLOSED);
  });
});

describe('resumeUrl', () => {
  it.each([
    ['/api/jobs/stream', 0, '/api/jobs/stream'],
    ['/api/jobs/stream', 5, '/api/jobs/stream?after=5'],
    ['/api/jobs/j/events?x=1', 5, '/api/jobs/j/events?x=1&after=5'],
  ])('%s after %d is %s', (url, id, expected) => expect(resumeUrl(url, id)).toBe(expected));
});
