import { ScenarioError } from '../errors.js';
import type { AssumptionBuilder } from './assumption-builder.js';
import {
  loadAgeProfiles, loadAnchors, loadPlacesHistory, loadRoutes, loadStartStocks, spreadTrainees, type TrainingShape,
} from './load-supply-tables.js';
import { num, readCsv, type CsvRow } from './read-csv.js';

type FileOf = (name: string) => string;

/** Columns of supply_roles.csv holding a number, with the scenario field and unit of each. */
const ROLE_NUMBERS: readonly (readonly [string, string, string])[] = [
  ['training_duration_years', 'trainingDurationYears', 'years'],
  ['attrition_per_year_share', 'attritionPerYearShare', 'share per year'],
  ['take_up_share', 'takeUpShare', 'share'],
  ['fte_per_head', 'ftePerHead', 'FTE per head'],
  ['time_to_fill_months', 'timeToFillMonths', 'months'],
  ['supervision_hours_per_trainee_per_week', 'supervisionHoursPerTraineePerWeek', 'hours per trainee per week'],
  ['joiner_age_years', 'joinerAgeYears', 'years of age'],
];

const CAPACITY_COLUMNS = [1, 2, 3, 4].map((year) => `trainee_capacity_factor_year${year}`);

/**
 * The default `supply:` section from data/supply_*.csv (see data/README-supply.md), each value
 * with its source. Staffing stays fixed (`mode: fixed`) unless a scenario asks for the pipeline.
 */
export async function loadSupplyDefaults(b: AssumptionBuilder, file: FileOf): Promise<void> {
  b.put(['supply', 'mode'], 'fixed', '', '');
  const shape = await loadRoles(b, file('supply_roles.csv'));
  const routes = await loadRoutes(b, file('supply_routes.csv'));
  await loadAgeProfiles(b, file('supply_age_profile.csv'));
  const shares = await loadNetworks(b, file('supply_networks.csv'), withStretch(shape, routes));
  await loadPlacesHistory(b, file('supply_places_history.csv'), shares);
  await loadStartStocks(b, file('supply_start_stocks.csv'));
  await loadAnchors(b, file('supply_anchors.csv'));
}

/** Training lasts duration / training FTE calendar years (part-time training stretches it). */
function withStretch(shape: TrainingShape, trainingFte: ReadonlyMap<string, number>): TrainingShape {
  return new Map([...shape].map(([role, s]) => [role, { ...s, years: Math.ceil(s.years / (trainingFte.get(role) ?? 1) - 1e-9) }]));
}

async function loadRoles(b: AssumptionBuilder, f: string): Promise<TrainingShape> {
  const rows = await readCsv(f, ['role', 'supervisor_role', 'source', ...ROLE_NUMBERS.map((c) => c[0]), ...CAPACITY_COLUMNS]);
  const training: TrainingShape = new Map();
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

/** Returns each network's share of the England places of each role (for the national places history). */
async function loadNetworks(b: AssumptionBuilder, f: string, training: TrainingShape): Promise<Map<string, Map<string, number>>> {
  const rows = await readCsv(f, ['network_id', 'role', 'places_from_year', 'training_places_per_year', 'trainees_in_training', 'initial_qualified_headcount', 'source']);
  const places = new Map<string, Map<string, number>>();
  rows.forEach((r, i) => {
    const base = ['supply', 'networks', r.network_id!, r.role!];
    // A schedule keyed by year, so a scenario adds later years instead of replacing the number.
    b.put([...base, 'trainingPlacesPerYear', String(num(r, 'places_from_year', f, i))], num(r, 'training_places_per_year', f, i), 'training places per year', r.source!);
    b.put([...base, 'initialTraineesByYear'], spreadTrainees(training, r.role!, num(r, 'trainees_in_training', f, i)), 'trainees by year of training', r.source!);
    b.put([...base, 'initialQualifiedHeadcount'], num(r, 'initial_qualified_headcount', f, i), 'heads', r.source!);
    const byNetwork = places.get(r.role!) ?? new Map<string, number>();
    byNetwork.set(r.network_id!, num(r, 'training_places_per_year', f, i));
    places.set(r.role!, byNetwork);
  });
  for (const [role, byNetwork] of places) {
    const total = [...byNetwork.values()].reduce((a, x) => a + x, 0);
    if (total <= 0) throw new ScenarioError([{ file: f, path: role, message: 'a role needs places in at least one network to share the national places history' }]);
    for (const [network, value] of byNetwork) byNetwork.set(network, value / total);
  }
  return places;
}
