import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesce', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('runs once per interval however many marks came, and not at all without one', () => {
    const run = vi.fn();
    const c = coalesce(run, 500);
    vi.advanceTimersByTime(1500);
    expect(run).not.toHaveBeenCalled();

    for (let i = 0; i < 100; i++) c.mark();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);

    c.mark();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
    c.stop();
  });

  it('never runs after stop', () => {
    const run = vi.fn();
    const c = coalesce(run, 500);
    c.mark();
    c.stop();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
