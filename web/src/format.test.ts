import { describe, expect, it } from 'vitest';
import { bytes, duration, jobDuration, shortId } from './format';

describe('bytes', () => {
  it.each([
    [0, '0 B'], [1023, '1023 B'], [1024, '1.0 KB'], [1536, '1.5 KB'], [5 * 1024 ** 3, '5.0 GB'], [2 * 1024 ** 5, '2048.0 TB'], [-2048, '-2.0 KB'],
  ])('%d is %s', (n, text) => expect(bytes(n)).toBe(text));

  it('is empty for no value', () => {
    expect(bytes(null)).toBe('');
    expect(bytes(undefined)).toBe('');
  });
});

describe('duration', () => {
  it.each([
    [0, '0 ms'], [999.6, '1000 ms'], [1000, '1.0 s'], [59_940, '59.9 s'], [60_000, '1m 0s'], [125_000, '2m 5s'], [3_600_000, '1h 0m'], [7_380_000, '2h 3m'],
  ])('%d ms is %s', (ms, text) => expect(duration(ms)).toBe(text));

  it('is empty for no value or a negative one (a clock skew)', () => {
    expect(duration(null)).toBe('');
    expect(duration(-5)).toBe('');
  });
});

describe('jobDuration', () => {
  it('runs from start to end', () => {
    expect(jobDuration('2026-12-07T10:00:00Z', '2026-12-07T10:00:02.500Z')).toBe('2.5 s');
  });

  it('runs to now while the job has not ended', () => {
    expect(jobDuration('2026-12-07T10:00:00Z', null, Date.parse('2026-12-07T10:01:30Z'))).toBe('1m 30s');
  });

  it('is empty before the job starts', () => {
    expect(jobDuration(null, null)).toBe('');
  });
});

describe('shortId', () => {
  it('keeps the last eight characters (where UUIDv7 ids differ)', () => {
    expect(shortId('0193a7c2-0000-7000-8000-0000deadbeef')).toBe('deadbeef');
  });
});
