import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../test/memoryStorage';
import { auth } from './client';
import { pathUrl, tokenJob, urls, withToken } from './streams';

describe('stream and media URLs', () => {
  it('fill the documented paths, escaping the values', () => {
    expect(urls.allJobsStream()).toBe('/api/jobs/stream');
    expect(urls.jobEvents('j1')).toBe('/api/jobs/j1/events');
    expect(urls.output('j1', 'out put#1.mp4')).toBe('/api/jobs/j1/output?name=out+put%231.mp4');
    expect(urls.archive('a/b')).toBe('/api/jobs/a%2Fb/download-archive');
  });

  it('refuse a path whose parameter has no value', () => {
    expect(() => pathUrl('/api/jobs/{id}')).toThrow('{id}');
  });

  it('leave out query values not given', () => {
    expect(pathUrl('/api/browse', {}, { path: undefined })).toBe('/api/browse');
  });
});

describe('tokenJob', () => {
  it.each([
    ['/api/jobs/j1/events', 'j1'], ['/api/jobs/j1/events?after=4', 'j1'], ['/api/jobs/j%201/output?name=a', 'j 1'],
    ['/api/jobs/j1/download-archive', 'j1'], ['/api/jobs/stream', undefined], ['/api/jobs/j1', undefined],
  ])('%s needs a token for %s', (url, job) => expect(tokenJob(url)).toBe(job));
});

describe('withToken', () => {
  beforeEach(() => { vi.stubGlobal('sessionStorage', memoryStorage()); });
  afterEach(() => { vi.unstubAllGlobals(); });

  it('adds the token only on a keyed server', () => {
    expect(withToken('/api/jobs/stream', 'tok')).toBe('/api/jobs/stream');
    auth.set('key');
    expect(withToken('/api/jobs/stream', 'tok')).toBe('/api/jobs/stream?access_token=tok');
    expect(withToken('/api/jobs/j/output?name=a', 't+/=')).toBe('/api/jobs/j/output?name=a&access_token=t%2B%2F%3D');
    expect(withToken('/api/jobs/stream', null)).toBe('/api/jobs/stream');
  });
});
