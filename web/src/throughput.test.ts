import { describe, expect, it } from 'vitest';
import { finishedFromJobs, perMinute, pruneFinished, recordFinish } from './throughput';

const NOW = Date.parse('2026-12-07T12:30:30Z');
const at = (iso: string) => Date.parse(iso);

describe('finishedFromJobs', () => {
  it('keeps succeeded and failed jobs that have ended', () => {
    const map = finishedFromJobs([
      { jobId: 'a', status: 'Succeeded', endedUtc: '2026-12-07T12:10:00Z' },
      { jobId: 'b', status: 'Failed', endedUtc: '2026-12-07T12:20:00Z' },
      { jobId: 'c', status: 'Cancelled', endedUtc: '2026-12-07T12:20:00Z' },
      { jobId: 'd', status: 'Succeeded' },
    ]);
    expect([...map]).toEqual([['a', { at: at('2026-12-07T12:10:00Z'), failed: false }], ['b', { at: at('2026-12-07T12:20:00Z'), failed: true }]]);
  });
});

describe('recordFinish', () => {
  it('adds job-completed and job-failed from the every-job stream', () => {
    const map = finishedFromJobs([]);
    expect(recordFinish(map, 'job-completed', { jobId: 'a' }, NOW)).toBe(true);
    expect(recordFinish(map, 'job-failed', { jobId: 'b' }, NOW)).toBe(true);
    expect(map.get('a')).toEqual({ at: NOW, failed: false });
    expect(map.get('b')).toEqual({ at: NOW, failed: true });
  });

  it('ignores other events and frames without a job id', () => {
    const map = finishedFromJobs([]);
    expect(recordFinish(map, 'step-progress', { jobId: 'a' }, NOW)).toBe(false);
    expect(recordFinish(map, 'job-completed', {}, NOW)).toBe(false);
    expect(map.size).toBe(0);
  });

  it('counts a job that ran again once, as its last outcome', () => {
    const map = finishedFromJobs([{ jobId: 'a', status: 'Failed', endedUtc: '2026-12-07T12:00:00Z' }]);
    recordFinish(map, 'job-completed', { jobId: 'a' }, NOW);
    const chart = perMinute(map, NOW);
    expect(chart.failed.reduce((s, n) => s + n, 0)).toBe(0);
    expect(chart.ok.reduce((s, n) => s + n, 0)).toBe(1);
  });
});

describe('perMinute', () => {
  it('has sixty minutes ending with the current one, in Unix seconds', () => {
    const chart = perMinute(new Map(), NOW);
    expect(chart.x).toHaveLength(60);
    expect(chart.x[59]).toBe(at('2026-12-07T12:30:00Z') / 1000);
    expect(chart.x[0]).toBe(at('2026-12-07T11:31:00Z') / 1000);
  });

  it('counts each finish in its minute and leaves out what is older than the hour', () => {
    const map = finishedFromJobs([
      { jobId: 'a', status: 'Succeeded', endedUtc: '2026-12-07T12:30:10Z' },
      { jobId: 'b', status: 'Succeeded', endedUtc: '2026-12-07T12:30:50Z' },
      { jobId: 'c', status: 'Failed', endedUtc: '2026-12-07T11:31:00Z' },
      { jobId: 'd', status: 'Failed', endedUtc: '2026-12-07T11:30:59Z' },
    ]);
    const chart = perMinute(map, NOW);
    expect(chart.ok[59]).toBe(2);
    expect(chart.failed[0]).toBe(1);
    expect(chart.failed.reduce((s, n) => s + n, 0)).toBe(1);
  });
});

describe('pruneFinished', () => {
  it('drops only what left the chart', () => {
    const map = finishedFromJobs([
      { jobId: 'in', status: 'Succeeded', endedUtc: '2026-12-07T11:31:00Z' },
      { jobId: 'out', status: 'Succeeded', endedUtc: '2026-12-07T11:30:59Z' },
    ]);
    pruneFinished(map, NOW);
    expect([...map.keys()]).toEqual(['in']);
  });
});
