import { allocationWaits, spreadBetweenNetworks, type PlacesByNetwork, type SplitWaits } from '../../experiments/allocation-waits.js';
import type { ReplicationPool } from '../../experiments/replication-pool.js';
import { writeCsv } from '../../results/csv-writer.js';
import { RESULT_FILES } from '../../results/columns.js';
import { formatNumber as f } from '../../results/format.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import type { NetworkAllocation } from '../../supply/index.js';
import { UsageError } from '../exit-codes.js';
import { progressReporter } from '../progress.js';

/** Columns of `training_allocation_waits.csv`: one row per split and network, the final year's waits. */
export const ALLOCATION_WAITS_COLUMNS = ['split', 'network', 'year', 'replications', 'median_wait_weeks', 'pct_within_18_weeks', 'waiting_list_end'] as const;

/** The three staffings compared: places as scheduled, the gap-closing split and the population-share split. */
export const WAIT_SPLITS = ['current_schedule', 'gap_closing', 'population_share'] as const;

/** Replications of each split when --waits-replications is not given: few, since the splits share random numbers. */
export const DEFAULT_WAITS_REPLICATIONS = 3;

/** Checks --with-waits and --waits-replications; returns the replications per split, or undefined without --with-waits. */
export function waitsRequest(withWaits: boolean, replications: number | undefined, allocatePlaces: number | undefined): number | undefined {
  if (!withWaits) {
    if (replications !== undefined) throw new UsageError('--waits-replications: only meaningful with --with-waits');
    return undefined;
  }
  if (allocatePlaces === undefined) throw new UsageError('--with-waits: compares the waits of the splits --allocate-places N proposes; give --allocate-places too');
  const n = replications ?? DEFAULT_WAITS_REPLICATIONS;
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--waits-replications: expected a whole number of replications >= 1, got ${n}`);
  return n;
}

/** Places by network and role from the allocation rows, under one of the two splits. */
function placesOf(rows: readonly NetworkAllocation[], pick: (r: NetworkAllocation) => number): PlacesByNetwork {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!out.has(r.network)) out.set(r.network, new Map());
    out.get(r.network)!.set(r.role, pick(r));
  }
  return out;
}

/**
 * Runs the service model with staffing from the pipeline under each split (every allocated role
 * at once) and writes training_allocation_waits.csv; returns the rows for the text report.
 */
export async function runAllocationWaits(scenario: Scenario, rows: readonly NetworkAllocation[], pool: ReplicationPool,
  options: { fromYear: number; replications: number; quiet: boolean; path: (name: string) => string }): Promise<SplitWaits[]> {
  const progress = progressReporter('Waits under each split', options.quiet);
  try {
    const waits = await allocationWaits(scenario, [
      { name: 'current_schedule' },
      { name: 'gap_closing', places: placesOf(rows, (r) => r.places) },
      { name: 'population_share', places: placesOf(rows, (r) => r.placesPopulationShare) },
    ], pool, { fromYear: options.fromYear, replications: options.replications, seed: scenario.run.seed, onProgress: progress });
    await writeCsv(options.path(RESULT_FILES.trainingAllocationWaits), waits.map((w) => ({
      split: w.split, network: w.network, year: String(w.year), replications: String(w.replications),
      median_wait_weeks: f(w.medianWaitWeeks), pct_within_18_weeks: f(w.pctWithin18Weeks), waiting_list_end: f(w.waitingListEnd),
    })), [...ALLOCATION_WAITS_COLUMNS]);
    return waits;
  } finally {
    progress.finish();
  }
}

const pad = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');

/** The final year's waits by network under the three staffings side by side, with the spread between networks. */
export function waitsReport(waits: readonly SplitWaits[], seconds: number): string {
  if (waits.length === 0) return '';
  const { year, replications } = waits[0]!;
  const widths = [22, 9, 11, 10, 9, 11, 10];
  const at = (split: string, network: string) => waits.find((w) => w.split === split && w.network === network);
  const weeks = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(1));
  const pct = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : `${(x * 100).toFixed(1)}%`);
  const out = [
    `Waits in ${year} by network with staffing from the pipeline under each split (service model, ${replications} replication(s) each, same seed; ${seconds.toFixed(0)} s; ${RESULT_FILES.trainingAllocationWaits}):`,
    '  Median wait in weeks (first three columns) and % waiting under 18 weeks (last three):',
    `  ${pad(['network', 'now', 'gap-closing', 'pop. share', 'now', 'gap-closing', 'pop. share'], widths)}`,
  ];
  for (const network of [...new Set(waits.map((w) => w.network))]) {
    out.push(`  ${pad([network, ...WAIT_SPLITS.map((s) => weeks(at(s, network)?.medianWaitWeeks)), ...WAIT_SPLITS.map((s) => pct(at(s, network)?.pctWithin18Weeks))], widths)}`);
  }
  const spreadWeeks = WAIT_SPLITS.map((s) => weeks(spreadBetweenNetworks(waits, s, 'medianWaitWeeks')));
  const spreadPct = WAIT_SPLITS.map((s) => {
    const x = spreadBetweenNetworks(waits, s, 'pctWithin18Weeks');
    return Number.isFinite(x) ? `${(x * 100).toFixed(1)} pts` : '-';
  });
  out.push(`  ${pad(['spread (max - min)', ...spreadWeeks, ...spreadPct], widths)}`);
  out.push('  (now: places as the scenario schedules them; every allocated role changes at once; places supervisors cannot host do not start.',
    '  The median is of waits of those seen that year: where added staff clear long waiters it can rise while the share waiting under 18 weeks rises;',
    '  the waiting list at year end is in the file.)');
  return out.join('\n');
}
