import { describe, expect, it } from 'vitest';
import { matchRoute, pages, tabOf } from './routes';

const ID = '0193a7c2-1b2c-7d3e-8f40-0123456789ab';

describe('matchRoute', () => {
  it.each([
    ['/', { view: 'jobs' }],
    ['/jobs', { view: 'jobs' }],
    ['/jobs?status=Failed', { view: 'jobs' }],
    ['/submit', { view: 'submit' }],
    ['/system/', { view: 'system' }],
    ['/batches#top', { view: 'batches' }],
    [`/jobs/${ID}`, { view: 'job', id: ID }],
    [`/jobs/${ID.toUpperCase()}?x=1`, { view: 'job', id: ID.toUpperCase() }],
    ['/jobs/not-a-job-id', { view: 'jobs' }],
    ['/nowhere', { view: 'jobs' }],
  ])('%s shows %o', (path, route) => expect(matchRoute(path)).toEqual(route));
});

describe('tabOf', () => {
  it("puts a job's page under Jobs", () => expect(tabOf({ view: 'job', id: ID })).toBe('jobs'));
  it('names the other views', () => expect(tabOf({ view: 'system' })).toBe('system'));
});

describe('pages', () => {
  it('links a job and a batch, escaping what they carry', () => {
    expect(pages.job(ID)).toBe(`/jobs/${ID}`);
    expect(pages.batchJobs('a b&c')).toBe('/jobs?batchId=a%20b%26c');
  });

  it('round-trips a job link through matchRoute', () => expect(matchRoute(pages.job(ID))).toEqual({ view: 'job', id: ID }));
});
