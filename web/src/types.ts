// Shapes of the native API (docs/api.md).
export type JobStatus = 'Queued' | 'Running' | 'Succeeded' | 'Failed' | 'Cancelled' | 'Skipped';
export const STATUSES: JobStatus[] = ['Queued', 'Running', 'Succeeded', 'Failed', 'Cancelled', 'Skipped'];
export const FINAL: JobStatus[] = ['Succeeded', 'Failed', 'Cancelled', 'Skipped'];

export interface JobError { code: string; message: string; remediation?: string | null }
export interface Artifact { name: string; path: string; sizeBytes: number; mediaType: string; step?: string | null }
export interface Step {
  name: string; status: string; progressPct: number; durationMs?: number | null;
  errors?: JobError[]; startedAt?: string | null; completedAt?: string | null;
  /** The node that ran the step (null until it starts). */
  node?: string | null;
}
export interface Job {
  jobId: string; type: string; preset?: string | null; status: JobStatus; progressPct: number;
  message?: string | null; createdUtc: string; startedUtc?: string | null; endedUtc?: string | null;
  correlationId?: string | null; batchId?: string | null; owner?: string | null; attempt: number; maxAttempts: number;
  cancelRequested: boolean; steps: Step[]; warnings: JobError[]; errors: JobError[];
  inputs?: Record<string, unknown>; options?: Record<string, unknown>; results?: Record<string, unknown> | null;
  output?: { path: string; sizeBytes: number; mediaType: string; artifacts: Artifact[] } | null;
  artifacts?: Artifact[];
}
export interface Stats {
  queued: number; running: number; succeeded: number; failed: number; cancelled: number; skipped: number;
  total: number; counters: Record<string, { session: number; lifetime: number }>;
}
export interface JobList { items: Job[]; total: number; offset: number; limit: number; stats: Stats; paused: boolean }
export interface JobEvent {
  id: number; jobId: string; type: string; level: string; message: string;
  payload: Record<string, unknown>; timestampUtc: string;
}
export interface Problem { status: number; title?: string; detail?: string; field?: string; [k: string]: unknown }
export interface BrowseEntry {
  name: string; path: string; isDirectory: boolean; sizeBytes: number | null; modifiedUtc: string | null;
  video: { codec: string; width: number; height: number; durationSec: number } | null;
}
export interface BrowseListing { path: string | null; parent: string | null; entries: BrowseEntry[] }
export interface Upload { id: string; fileName: string; sizeBytes: number; mediaType: string; path: string }
export interface Delivery { [k: string]: unknown }
export interface NodeInfo {
  name: string; host: string; processId: number; version: string; workerId: string; startedUtc: string; heartbeatUtc: string;
  live: boolean; jobTypes: Record<string, number>; capabilities: string[]; runningJobs: number;
}
export interface BatchCounts { queued: number; running: number; succeeded: number; failed: number; cancelled: number; skipped: number }
export interface BatchSummary {
  batchId: string; name: string; createdUtc: string; status: string; jobCount: number; progressPct: number; counts: BatchCounts;
}
export interface BatchList { items: BatchSummary[]; total: number; offset: number; limit: number }
