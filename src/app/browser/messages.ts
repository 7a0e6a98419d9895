import type { MetricsMessage } from '../../experiments/metrics-transfer.js';
import type { PageResults } from '../result-tables.js';

/** One replication for a page worker. `key` names the scenario so the worker reuses its compiled model. */
export interface ReplicationJob {
  readonly kind: 'replication';
  readonly id: number;
  readonly key: string;
  readonly scenario: unknown;
  readonly seed: number;
  readonly replication: number;
}

/** Summarise finished replications into the result tables, off the page thread. */
export interface SummaryJob {
  readonly kind: 'summary';
  readonly id: number;
  readonly key: string;
  readonly scenario: unknown;
  readonly runs: readonly MetricsMessage[];
}

export type WorkerJob = ReplicationJob | SummaryJob;

export type WorkerReply =
  | { readonly id: number; readonly metrics: MetricsMessage }
  | { readonly id: number; readonly tables: PageResults }
  | { readonly id: number; readonly error: string };
