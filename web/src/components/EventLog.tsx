import { useEffect, useRef, useState } from 'preact/hooks';
import { time } from '../format';
import type { JobEvent } from '../types';

const LEVELS = ['Info', 'Success', 'Warning', 'Error'];

/** The job's event log: filter by level, and follow (keep the newest in view) while it grows. */
export function EventLog(props: { events: JobEvent[] }) {
  const [level, setLevel] = useState('all');
  const [follow, setFollow] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const shown = props.events.filter((e) => level === 'all' || (level === 'problems' ? e.level === 'Warning' || e.level === 'Error' : e.level === level));
  useEffect(() => { if (follow && box.current) box.current.scrollTop = box.current.scrollHeight; }, [shown.length, follow]);
  return (
    <section aria-labelledby="log-title">
      <div class="toolbar">
        <h2 id="log-title">Event log</h2>
        <label class="inline">Level
          <select value={level} onChange={(e) => setLevel((e.target as HTMLSelectElement).value)}>
            <option value="all">All</option>
            <option value="problems">Warnings and errors</option>
            {LEVELS.map((l) => <option value={l}>{l}</option>)}
          </select>
        </label>
        <label class="inline"><input type="checkbox" checked={follow} onChange={() => setFollow(!follow)} /> Follow</label>
        <span class="muted">{shown.length} of {props.events.length}</span>
      </div>
      <div class="log" ref={box} tabIndex={0} role="log" aria-label="Job events">
        {shown.length === 0 ? <p class="muted">No events.</p> : shown.map((e) => (
          <div key={e.id} class={`log-line l-${e.level.toLowerCase()}`}>
            <span class="muted mono">{time(e.timestampUtc)}</span> <span class="mono">{e.type}</span> {e.message}
          </div>
        ))}
      </div>
    </section>
  );
}
