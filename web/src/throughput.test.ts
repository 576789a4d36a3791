import { describe, expect, it } from 'vitest';
import { Finished, perMinute, pruneFinished, recordFinish } from './throughput';

const NOW = Date.parse('2026-12-07T12:30:30Z');
const at = (iso: string) => Date.parse(iso);
const finishes = (list: [string, string, boolean][]): Finished => new Map(list.map(([id, iso, failed]) => [id, { at: at(iso), failed }]));

describe('recordFinish', () => {
  it('adds job-completed and job-failed from the every-job stream', () => {
    const map: Finished = new Map();
    expect(recordFinish(map, 'job-completed', { jobId: 'a' }, NOW)).toBe(true);
    expect(recordFinish(map, 'job-failed', { jobId: 'b' }, NOW)).toBe(true);
    expect(map.get('a')).toEqual({ at: NOW, failed: false });
    expect(map.get('b')).toEqual({ at: NOW, failed: true });
  });

  it('ignores other events and frames without a job id', () => {
    const map: Finished = new Map();
    expect(recordFinish(map, 'step-progress', { jobId: 'a' }, NOW)).toBe(false);
    expect(recordFinish(map, 'job-completed', {}, NOW)).toBe(false);
    expect(map.size).toBe(0);
  });

  it('counts a job that ran again once, as its last outcome', () => {
    const map = finishes([['a', '2026-12-07T12:00:00Z', true]]);
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
    const map = finishes([
      ['a', '2026-12-07T12:30:10Z', false],
      ['b', '2026-12-07T12:30:50Z', false],
      ['c', '2026-12-07T11:31:00Z', true],
      ['d', '2026-12-07T11:30:59Z', true],
    ]);
    const chart = perMinute(map, NOW);
    expect(chart.ok[59]).toBe(2);
    expect(chart.failed[0]).toBe(1);
    expect(chart.failed.reduce((s, n) => s + n, 0)).toBe(1);
  });
});

describe('perMinute with the counted minutes of GET /api/stats/finished-per-minute', () => {
  it('puts each counted minute where it falls in the hour and drops the ones that left it', () => {
    const chart = perMinute(new Map(), NOW, [
      { minute: '2026-12-07T11:30:00+00:00', succeeded: 9, failed: 9 },
      { minute: '2026-12-07T11:31:00+00:00', succeeded: 3, failed: 1 },
      { minute: '2026-12-07T12:30:00Z', succeeded: 5, failed: 0 },
    ]);
    expect([chart.ok[0], chart.failed[0]]).toEqual([3, 1]);
    expect([chart.ok[59], chart.failed[59]]).toEqual([5, 0]);
    expect(chart.ok.reduce((s, n) => s + n, 0)).toBe(8);
    expect(chart.failed.reduce((s, n) => s + n, 0)).toBe(1);
  });

  it('adds the live finishes recorded since the read, and a minute the read did not reach yet starts at zero', () => {
    const read = [{ minute: '2026-12-07T12:29:00Z', succeeded: 2, failed: 1 }];
    const live = finishes([['a', '2026-12-07T12:29:40Z', true], ['b', '2026-12-07T12:30:05Z', false]]);
    const chart = perMinute(live, NOW, read);
    expect([chart.ok[58], chart.failed[58]]).toEqual([2, 2]);
    expect([chart.ok[59], chart.failed[59]]).toEqual([1, 0]);
  });

  it('ignores a minute it cannot read', () => {
    const chart = perMinute(new Map(), NOW, [{ minute: 'soon', succeeded: 4, failed: 4 }]);
    expect(chart.ok.every((n) => n === 0) && chart.failed.every((n) => n === 0)).toBe(true);
  });
});

describe('pruneFinished', () => {
  it('drops only what left the chart', () => {
    const map = finishes([['in', '2026-12-07T11:31:00Z', false], ['out', '2026-12-07T11:30:59Z', false]]);
    pruneFinished(map, NOW);
    expect([...map.keys()]).toEqual(['in']);
  });
});
