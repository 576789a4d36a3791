/**
 * Many marks, at most one run per interval: live events mark the view dirty, and it refetches what it shows at
 * most every `everyMs` (a burst of events never re-renders or re-requests per event).
 */
export function coalesce(run: () => void, everyMs: number): { mark(): void; stop(): void } {
  let dirty = false;
  const timer = setInterval(() => {
    if (!dirty) return;
    dirty = false;
    run();
  }, everyMs);
  return { mark() { dirty = true; }, stop() { clearInterval(timer); } };
}
