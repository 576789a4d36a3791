import { duration } from '../format';
import type { Job } from '../types';
import { Progress, StatusBadge } from './StatusBadge';

/**
 * Each step with its live progress, duration, errors (code, message, remediation) and the node that ran it.
 * The node column is always there (empty until a step starts), so the table never jumps when it fills: with
 * several nodes it shows where each step ran (a job resumed elsewhere keeps the earlier steps' node).
 */
export function StepsTable(props: { job: Job; now: number }) {
  return (
    <table class="steps">
      <caption class="sr-only">Steps</caption>
      <thead><tr><th>Step</th><th>Status</th><th>Progress</th><th>Duration</th><th>Node</th><th>Errors</th></tr></thead>
      <tbody>
        {props.job.steps.map((s) => (
          <tr key={s.name} data-step={s.name} data-step-status={s.status}>
            <td>{s.name}</td>
            <td><StatusBadge status={s.status} /></td>
            <td><Progress pct={s.status === 'Succeeded' ? 100 : s.progressPct} label={`Step ${s.name} progress`} /></td>
            <td>{s.durationMs != null ? duration(s.durationMs) : s.startedAt && s.status === 'Running' ? duration(props.now - Date.parse(s.startedAt)) : ''}</td>
            <td class="mono" data-step-node={s.node ?? ''}>{s.node ?? ''}</td>
            <td>{(s.errors ?? []).map((e) => <div class="error-line"><strong>{e.code}</strong>: {e.message}{e.remediation && <div class="muted">{e.remediation}</div>}</div>)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
