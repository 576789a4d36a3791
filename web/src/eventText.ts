import { isFinal } from './types';

// How a job's live events read in its event log (the stored log has level and message; a live frame has only data).

export function levelOf(type: string, data: Record<string, unknown>): string {
  if (type === 'job-failed' || type === 'step-error' || type === 'webhook-failed') return 'Error';
  if (type === 'warning') return 'Warning';
  if (type === 'job-completed' || (type === 'step-status' && data.status === 'Succeeded')) return 'Success';
  return 'Info';
}

export function messageOf(type: string, d: Record<string, unknown>): string {
  switch (type) {
    case 'step-progress': return `${d.step}: ${Math.round(Number(d.progressPct))}%`;
    case 'step-status': return `${d.step}: ${d.status}`;
    case 'job-status': return `${d.status}${d.message ? ` — ${d.message}` : ''}`;
    case 'step-error': return `${d.step}: ${d.code}: ${d.message}`;
    default: return String(d.message ?? d.status ?? '');
  }
}

const TERMINAL = new Set(['job-completed', 'job-failed', 'job-removed']);

/** The event after which a job's stream ends (a retry reopens it). */
export const endsStream = (type: string, data: Record<string, unknown>) =>
  TERMINAL.has(type) || (type === 'job-status' && typeof data.status === 'string' && isFinal(data.status));
