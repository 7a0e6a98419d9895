import { ReplicationMetrics } from '../../model/metrics.js';
import type { ModelConfig } from '../../model/model-config.js';
import { yearOfWeekTable } from '../../model/planning-weeks.js';
import { measure, metricNames, sumScopeYear } from '../../results/measures.js';
import { scopesOf } from '../../results/scopes.js';
import type { ShardUnit } from './shard-file.js';

/**
 * What a shard keeps of each replication. `run` and `compare` keep every metric array (every
 * output table reads them); `sweep` keeps only the national values sweep.csv reports.
 */
export type RecordLayout = ShardUnit['arrays'];

const DIMENSIONS = ['years', 'nCgs', 'nRoles', 'weeks'] as const;

function metricArrays(m: ReplicationMetrics): [string, Float64Array][] {
  return Object.entries(m).filter((e): e is [string, Float64Array] => e[1] instanceof Float64Array);
}

/** A full-metrics record: the dimensions, the event count, then every metric array. */
export function metricsLayout(config: ModelConfig): RecordLayout {
  const empty = new ReplicationMetrics(config.years, config.cgsIds.length, config.roleIds.length, yearOfWeekTable(config.startYear, config.years).length);
  return [{ name: 'dimensions', length: DIMENSIONS.length }, { name: 'events', length: 1 },
    ...metricArrays(empty).map(([name, a]) => ({ name, length: a.length }))];
}

export function metricsToRecord(m: ReplicationMetrics): Float64Array[] {
  return [Float64Array.from(DIMENSIONS, (d) => m[d]), Float64Array.of(m.events), ...metricArrays(m).map(([, a]) => a)];
}

/** The metrics a record was made from (wall time and conservation counts are not kept). */
export function recordToMetrics(layout: RecordLayout, record: readonly Float64Array[]): ReplicationMetrics {
  const [dims, events] = record as [Float64Array, Float64Array];
  const fields: Record<string, unknown> = { years: dims[0], nCgs: dims[1], nRoles: dims[2], weeks: dims[3], events: events[0], wallTimeMs: 0 };
  layout.forEach(({ name }, i) => {
    if (i >= 2) fields[name] = record[i];
  });
  // Adopts the record's arrays rather than allocating a fresh set only to replace it.
  return Object.assign(Object.create(ReplicationMetrics.prototype) as ReplicationMetrics, fields);
}

/** A sweep record: every national metric for each reported year, in `nationalKeys` order. */
export function nationalLayout(config: ModelConfig): RecordLayout {
  return [{ name: 'national', length: nationalKeys(config).length }];
}

/** Year and metric of each value in a national record, in output order. */
export function nationalKeys(config: ModelConfig): { readonly year: number; readonly metric: string }[] {
  const names = metricNames(config);
  const keys: { year: number; metric: string }[] = [];
  for (let y = config.scenario.run.warmupYears; y < config.years; y++) for (const metric of names) keys.push({ year: config.startYear + y, metric });
  return keys;
}

export function nationalValues(config: ModelConfig, m: ReplicationMetrics): Float64Array {
  const national = scopesOf(config).find((s) => s.scope === 'national')!;
  const names = metricNames(config);
  const first = config.scenario.run.warmupYears;
  const out = new Float64Array((config.years - first) * names.length);
  for (let y = first; y < config.years; y++) {
    const measured = measure(config, sumScopeYear(config, m, national, y), m.weeksPerYear[y]!);
    names.forEach((metric, k) => { out[(y - first) * names.length + k] = measured.get(metric)!; });
  }
  return out;
}
