import { steadyTraineesByYear } from '../../supply/index.js';
import type { AssumptionBuilder } from './assumption-builder.js';
import { num, readCsv, type CsvRow } from './read-csv.js';

type FileOf = (name: string) => string;

/** Columns of supply_roles.csv holding a number, with the scenario field and unit of each. */
const ROLE_NUMBERS: readonly (readonly [string, string, string])[] = [
  ['training_duration_years', 'trainingDurationYears', 'years'],
  ['attrition_per_year_share', 'attritionPerYearShare', 'share per year'],
  ['take_up_share', 'takeUpShare', 'share'],
  ['leaver_rate_per_year_share', 'leaverRatePerYearShare', 'share per year'],
  ['retirement_rate_per_year_share', 'retirementRatePerYearShare', 'share per year'],
  ['fte_per_head', 'ftePerHead', 'FTE per head'],
  ['time_to_fill_months', 'timeToFillMonths', 'months'],
  ['supervision_hours_per_trainee_per_week', 'supervisionHoursPerTraineePerWeek', 'hours per trainee per week'],
];

const CAPACITY_COLUMNS = [1, 2, 3, 4].map((year) => `trainee_capacity_factor_year${year}`);

/**
 * The default `supply:` section from data/supply_roles.csv and data/supply_networks.csv
 * (see data/README-supply.md), each value with its source. Staffing stays fixed (`mode: fixed`)
 * unless a scenario asks for the pipeline.
 */
export async function loadSupplyDefaults(b: AssumptionBuilder, file: FileOf): Promise<void> {
  b.put(['supply', 'mode'], 'fixed', '', '');
  const attrition = await loadRoles(b, file('supply_roles.csv'));
  await loadNetworks(b, file('supply_networks.csv'), attrition);
}

/** Returns each role's training duration and attrition, which spread the initial trainees over years. */
async function loadRoles(b: AssumptionBuilder, f: string): Promise<Map<string, { years: number; attrition: number }>> {
  const rows = await readCsv(f, ['role', 'supervisor_role', 'source', ...ROLE_NUMBERS.map((c) => c[0]), ...CAPACITY_COLUMNS]);
  const training = new Map<string, { years: number; attrition: number }>();
  rows.forEach((r, i) => {
    const base = ['supply', 'roles', r.role!];
    for (const [column, key, unit] of ROLE_NUMBERS) b.put([...base, key], num(r, column, f, i), unit, r.source!);
    b.put([...base, 'supervisorRole'], r.supervisor_role, '', '');
    b.put([...base, 'traineeCapacityFactorByYear'], capacityFactors(r, f, i), 'clinical FTE per trainee by year of training', r.source!);
    training.set(r.role!, { years: num(r, 'training_duration_years', f, i), attrition: num(r, 'attrition_per_year_share', f, i) });
  });
  return training;
}

/** Factors for the years of training; blank cells past the training's length are left out. */
function capacityFactors(r: CsvRow, f: string, i: number): number[] {
  return CAPACITY_COLUMNS.filter((column) => (r[column] ?? '') !== '').map((column) => num(r, column, f, i));
}

async function loadNetworks(b: AssumptionBuilder, f: string, training: Map<string, { years: number; attrition: number }>): Promise<void> {
  const rows = await readCsv(f, ['network_id', 'role', 'places_from_year', 'training_places_per_year', 'trainees_in_training', 'initial_qualified_headcount', 'source']);
  rows.forEach((r, i) => {
    const base = ['supply', 'networks', r.network_id!, r.role!];
    // A schedule keyed by year, so a scenario adds later years instead of replacing the number.
    b.put([...base, 'trainingPlacesPerYear', String(num(r, 'places_from_year', f, i))], num(r, 'training_places_per_year', f, i), 'training places per year', r.source!);
    // The table gives only the total in training: spread as a constant intake would leave it.
    const role = training.get(r.role!);
    const total = num(r, 'trainees_in_training', f, i);
    const byYear = role === undefined ? [total] : steadyTraineesByYear(total, role.years, role.attrition).map(roundHeads);
    b.put([...base, 'initialTraineesByYear'], byYear, 'trainees by year of training', r.source!);
    b.put([...base, 'initialQualifiedHeadcount'], num(r, 'initial_qualified_headcount', f, i), 'heads', r.source!);
  });
}

/** Hundredths of a head: enough for expected values, short enough to read in scenario.resolved.yaml. */
function roundHeads(heads: number): number {
  return Math.round(heads * 100) / 100;
}
