import type { components } from './api/schema';

// The dashboard's names for the native API's shapes: aliases of the generated schema (src/api/schema.d.ts), so a
// changed contract fails the type check rather than the page.
type Schemas = components['schemas'];

export type Job = Schemas['JobResponse'];
export type Step = Schemas['StepResponse'];
export type Artifact = Schemas['ArtifactResponse'];
export type JobError = Schemas['JobError'];
export type JobList = Schemas['JobListResponse'];
export type JobEvent = Schemas['EventResponse'];
export type Stats = Schemas['StatsResponse'];
export type QueueState = Schemas['QueueStateResponse'];
export type NodeInfo = Schemas['NodeResponse'];
export type BatchCounts = Schemas['BatchCountsResponse'];
export type BatchSummary = Schemas['BatchSummaryResponse'];
export type BatchList = Schemas['BatchListResponse'];
export type BrowseEntry = Schemas['BrowseEntryResponse'];
export type BrowseListing = Schemas['BrowseResponse'];
export type Upload = Schemas['UploadResponse'];
export type Delivery = Schemas['WebhookDeliveryResponse'];
export type StreamToken = Schemas['StreamTokenResponse'];
export type SubmitJob = Schemas['SubmitJobRequest'];

/** A refusal (RFC 9457 problem details); `field` names the input it is about. */
export interface Problem { status: number; title?: string | null; detail?: string | null; field?: string; [k: string]: unknown }

export const STATUSES = ['Queued', 'Running', 'Succeeded', 'Failed', 'Cancelled', 'Skipped'] as const;
export type JobStatus = typeof STATUSES[number];
export const FINAL: readonly string[] = ['Succeeded', 'Failed', 'Cancelled', 'Skipped'];
export const isFinal = (status: string) => FINAL.includes(status);
