import type { MetricsMessage } from '../../experiments/metrics-transfer.js';

/** One replication for a page worker. `key` names the scenario so the worker reuses its compiled model. */
export interface WorkerJob {
  readonly id: number;
  readonly key: string;
  readonly scenario: unknown;
  readonly seed: number;
  readonly replication: number;
}

export type WorkerReply = { readonly id: number; readonly metrics: MetricsMessage } | { readonly id: number; readonly error: string };
