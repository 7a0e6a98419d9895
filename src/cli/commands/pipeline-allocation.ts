import { RESULT_FILES } from '../../results/columns.js';
import { writeCsv } from '../../results/csv-writer.js';
import { formatNumber as f } from '../../results/format.js';
import { allocatePlaces, placesInYear, type FteNeed, type NetworkAllocation, type SupplyParams } from '../../supply/index.js';
import { UsageError } from '../exit-codes.js';

/** Columns of `training_allocation.csv`, one row per network and qualified role. */
export const ALLOCATION_COLUMNS = [
  'network', 'role', 'places', 'places_population_share', 'gap_closed_fte', 'fte_per_100k_before', 'fte_per_100k_after',
] as const;

/** Columns of `training_allocation_summary.csv`: each split's totals and equity, per role. */
export const ALLOCATION_SUMMARY_COLUMNS = [
  'role', 'split', 'places', 'gap_closed_fte', 'gap_left_fte', 'fte_per_100k_min', 'fte_per_100k_max', 'fte_per_100k_spread', 'supervisor_fte_short',
] as const;

export interface AllocationRequest {
  readonly totalPlaces: number;
  readonly roles: readonly string[];
}

/** Checks --allocate-places and --roles; roles default to every supply role with places in some simulated network. */
export function allocationRequest(total: number | undefined, roles: readonly string[] | undefined, params: SupplyParams, fromYear: number): AllocationRequest | undefined {
  if (total === undefined) return undefined;
  if (!Number.isInteger(total) || total < 0) throw new UsageError(`--allocate-places: expected a whole number of national places a year >= 0, got ${total}`);
  const known = [...new Set(params.lines.map((line) => line.role))];
  const unknown = (roles ?? []).filter((role) => !known.includes(role));
  if (unknown.length > 0) throw new UsageError(`--roles: unknown supply role(s) ${unknown.join(', ')}; expected qualified role ids such as ${known.join(', ')}`);
  const trained = known.filter((role) => params.lines.some((line) => line.role === role && placesInYear(line.trainingPlacesPerYear, fromYear) > 0));
  return { totalPlaces: total, roles: roles && roles.length > 0 ? roles : trained };
}

export function runAllocation(
  request: AllocationRequest, params: SupplyParams, need: FteNeed,
  years: { startYear: number; fromYear: number; finalYear: number; stepsPerYear: 1 | 12 }, populationByNetwork: Readonly<Record<string, number>>,
): NetworkAllocation[] {
  return request.roles.flatMap((role) => allocatePlaces(params, need, { role, totalPlaces: request.totalPlaces, ...years, populationByNetwork }));
}

export async function writeAllocation(dir: (name: string) => string, rows: readonly NetworkAllocation[]): Promise<void> {
  await writeCsv(dir(RESULT_FILES.trainingAllocation), rows.map((r) => ({
    network: r.network, role: r.role, places: String(r.places), places_population_share: String(r.placesPopulationShare),
    gap_closed_fte: f(r.gapClosedFte), fte_per_100k_before: f(r.ftePer100kBefore), fte_per_100k_after: f(r.ftePer100kAfter),
  })), [...ALLOCATION_COLUMNS]);
  await writeCsv(dir(RESULT_FILES.trainingAllocationSummary), summaryRows(rows), [...ALLOCATION_SUMMARY_COLUMNS]);
}

function summaryRows(rows: readonly NetworkAllocation[]): Record<string, string>[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return [...new Set(rows.map((r) => r.role))].flatMap((role) => {
    const own = rows.filter((r) => r.role === role);
    const gapTotal = sum(own.map((r) => Math.max(0, r.gapWithoutPlacesFte)));
    const split = (name: string, places: number[], closed: number[], per100k: number[], short: number) => ({
      role, split: name, places: String(sum(places)), gap_closed_fte: f(sum(closed)), gap_left_fte: f(gapTotal - sum(closed)),
      fte_per_100k_min: f(Math.min(...per100k)), fte_per_100k_max: f(Math.max(...per100k)), fte_per_100k_spread: f(Math.max(...per100k) - Math.min(...per100k)),
      supervisor_fte_short: f(short),
    });
    return [
      split('current_schedule', own.map(() => NaN), own.map(() => NaN), own.map((r) => r.ftePer100kBefore), NaN),
      split('gap_closing', own.map((r) => r.places), own.map((r) => r.gapClosedFte), own.map((r) => r.ftePer100kAfter), sum(own.map((r) => r.supervisorFteShort))),
      split('population_share', own.map((r) => r.placesPopulationShare), own.map((r) => r.gapClosedPopulationShareFte), own.map((r) => r.ftePer100kAfterPopulationShare), NaN),
    ];
  });
}
