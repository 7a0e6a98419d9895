import { ReplicationMetrics } from '../model/metrics.js';

/** The fields of ReplicationMetrics as plain data, which structured cloning carries between threads. */
export type MetricsMessage = Omit<ReplicationMetrics, 'counterIndex' | 'yearCgsRole'>;

export function toMessage(m: ReplicationMetrics): MetricsMessage {
  return { ...m };
}

export function fromMessage(msg: MetricsMessage): ReplicationMetrics {
  // Adopts the transferred arrays rather than allocating a fresh set only to replace it.
  return Object.assign(Object.create(ReplicationMetrics.prototype) as ReplicationMetrics, msg);
}

/** Typed-array buffers to transfer rather than copy. */
export function buffersOf(m: ReplicationMetrics): ArrayBuffer[] {
  return Object.values(m).filter((v): v is Float64Array => v instanceof Float64Array).map((v) => v.buffer as ArrayBuffer);
}
