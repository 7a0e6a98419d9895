import { ScenarioError, type ScenarioIssue } from '../errors.js';
import { readObserved } from '../observed.js';
import { ANCHOR_MEASURES } from '../supply-schema.js';
import type { AssumptionBuilder } from './assumption-builder.js';
import { steadyTraineesByYear } from '../../supply/index.js';
import { num, readCsv } from './read-csv.js';

/** Training length in calendar years and attrition per role, which spread a total of trainees over years. */
export type TrainingShape = Map<string, { readonly years: number; readonly attrition: number }>;

/** The tables give only the total in training: spread as a constant intake would leave it. */
export function spreadTrainees(training: TrainingShape, role: string, total: number): number[] {
  const shape = training.get(role);
  // Hundredths of a head: enough for expected values, short enough to read in scenario.resolved.yaml.
  return shape === undefined ? [total] : steadyTraineesByYear(total, shape.years, shape.attrition).map((heads) => Math.round(heads * 100) / 100);
}

/** Sets a structured value (a distribution, age bands) and lists it in assumptions.csv as readable text. */
function putDescribed(b: AssumptionBuilder, path: readonly string[], value: unknown, text: string, unit: string, source: string): void {
  b.put(path, value, unit, '');
  b.assumptions.push({ path: path.join('.'), value: text, unit, source });
}

/** Route parameters of data/supply_routes.csv: the scenario field each `parameter` sets, with its unit. */
const ROUTE_FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  leaver_rate_per_year_share: ['leaverRatePerYearShare', 'share of qualified heads leaving the NHS per year'],
  move_rate_per_year_share: ['moveRatePerYearShare', 'share of qualified heads moving network per year'],
  international_fte_per_million_per_year: ['internationalRecruitmentFtePerMillionPerYear', 'FTE per million population per year'],
  return_to_practice_fte_per_million_per_year: ['returnToPracticeFtePerMillionPerYear', 'FTE per million population per year'],
  other_sectors_fte_per_million_per_year: ['otherRecruitmentFtePerMillionPerYear', 'FTE per million population per year'],
  fte_per_head_change_per_year: ['ftePerHeadChangePerYear', 'FTE per head per year'],
  training_fte_per_head: ['trainingFtePerHead', 'FTE per trainee'],
  places_fill_share: ['placesFillShare', 'share of places filled'],
};

/**
 * Routes in and out with their uncertainty, in the supply model's format for uncertain
 * parameters: a value with low < high becomes {kind: triangular, min: low, mode: value, max: high},
 * drawn once per replication; low = high = value is a known number. Returns each role's training FTE.
 */
export async function loadRoutes(b: AssumptionBuilder, f: string): Promise<Map<string, number>> {
  const rows = await readCsv(f, ['role', 'parameter', 'value', 'low', 'high', 'source']);
  const trainingFte = new Map<string, number>();
  rows.forEach((r, i) => {
    const field = ROUTE_FIELDS[r.parameter!];
    if (field === undefined) throw new ScenarioError([{ file: f, path: `row ${i + 2}`, message: `unknown parameter '${r.parameter}'; expected one of ${Object.keys(ROUTE_FIELDS).join(', ')}` }]);
    const [value, low, high] = [num(r, 'value', f, i), num(r, 'low', f, i), num(r, 'high', f, i)];
    if (!(low <= value && value <= high)) throw new ScenarioError([{ file: f, path: `row ${i + 2}`, message: `expected low <= value <= high (got ${low}, ${value}, ${high})` }]);
    const spec = low === high ? value : { kind: 'triangular', min: low, mode: value, max: high };
    const text = low === high ? String(value) : `${value} (triangular ${low} to ${high})`;
    putDescribed(b, ['supply', 'roles', r.role!, field[0]], spec, text, field[1], r.source!);
    if (field[0] === 'trainingFtePerHead') trainingFte.set(r.role!, value);
  });
  return trainingFte;
}

export async function loadAgeProfiles(b: AssumptionBuilder, f: string): Promise<void> {
  const rows = await readCsv(f, ['role', 'age_band_from', 'age_band_to', 'share', 'retirement_rate_per_year_share', 'source']);
  const byRole = new Map<string, { fromAge: number; toAge: number; share: number; retirementRatePerYearShare: number; source: string }[]>();
  rows.forEach((r, i) => {
    const bands = byRole.get(r.role!) ?? [];
    bands.push({
      fromAge: num(r, 'age_band_from', f, i), toAge: num(r, 'age_band_to', f, i), share: num(r, 'share', f, i),
      retirementRatePerYearShare: num(r, 'retirement_rate_per_year_share', f, i), source: r.source!,
    });
    byRole.set(r.role!, bands);
  });
  for (const [role, bands] of byRole) {
    b.put(['supply', 'roles', role, 'ageProfile'], bands, '', '');
    bands.forEach((band, i) => b.assumptions.push({
      path: `supply.roles.${role}.ageProfile.${i}`, value: `ages ${band.fromAge}-${band.toAge}: share ${band.share}, retiring ${band.retirementRatePerYearShare} a year`,
      unit: 'share of heads; share per year', source: band.source,
    }));
  }
}

/** England places by year, split over networks by each network's share of today's places. */
export async function loadPlacesHistory(b: AssumptionBuilder, f: string, shares: Map<string, Map<string, number>>): Promise<void> {
  const rows = await readCsv(f, ['role', 'year', 'places_england', 'source']);
  rows.forEach((r, i) => {
    const byNetwork = shares.get(r.role!);
    if (byNetwork === undefined) throw new ScenarioError([{ file: f, path: `row ${i + 2}`, message: `role '${r.role}' has no rows in supply_networks.csv` }]);
    for (const [network, share] of byNetwork) {
      const places = Math.round(num(r, 'places_england', f, i) * share * 100) / 100;
      b.put(['supply', 'networks', network, r.role!, 'trainingPlacesPerYear', String(num(r, 'year', f, i))], places, 'training places per year', r.source!);
    }
  });
}

const TRAINEE_YEAR_COLUMNS = [1, 2, 3, 4, 5].map((year) => `trainees_year${year}`);

/** Stocks for a back-cast's start year (data/supply_start_stocks.csv): trainees by year of training, as the intake history left them. */
export async function loadStartStocks(b: AssumptionBuilder, f: string): Promise<void> {
  const rows = await readCsv(f, ['year', 'network_id', 'role', ...TRAINEE_YEAR_COLUMNS, 'initial_qualified_headcount', 'source']);
  rows.forEach((r, i) => {
    const base = ['supply', 'startStocks', String(num(r, 'year', f, i)), r.network_id!, r.role!];
    const byYear = TRAINEE_YEAR_COLUMNS.map((column) => ((r[column] ?? '') === '' ? 0 : num(r, column, f, i)));
    while (byYear.length > 0 && byYear[byYear.length - 1] === 0) byYear.pop();
    b.put([...base, 'initialTraineesByYear'], byYear, 'trainees by year of training', r.source!);
    b.put([...base, 'initialQualifiedHeadcount'], num(r, 'initial_qualified_headcount', f, i), 'heads', r.source!);
  });
}

export async function loadAnchors(b: AssumptionBuilder, f: string): Promise<void> {
  // The observed-data format (data/observed/), so one checker reads every published figure.
  const observed = await readObserved(f);
  const issues: ScenarioIssue[] = [];
  const anchors = observed.flatMap((o) => {
    const measure = ANCHOR_MEASURES.find((m) => o.metric.startsWith(`${m}_`));
    const problem = o.scope !== 'national' || o.scopeId !== 'england' ? `scope: supply anchors are England figures: expected national,england, got ${o.scope},${o.scopeId}`
      : measure === undefined ? `metric: expected <measure>_<role> with a measure of ${ANCHOR_MEASURES.join(', ')}, e.g. qualified_headcount_genetic_counsellor, got ${o.metric}`
        : o.low === undefined || o.high === undefined ? 'low, high: a supply anchor needs its tolerance (both low and high)' : undefined;
    if (problem !== undefined) {
      issues.push({ file: f, path: `row ${o.row}`, message: problem });
      return [];
    }
    return [{ year: o.year, role: o.metric.slice(measure!.length + 1), measure: measure!, value: o.value, low: o.low!, high: o.high!, source: `${o.source} (confidence ${o.confidence})` }];
  });
  if (issues.length > 0) throw new ScenarioError(issues);
  b.put(['supply', 'anchors'], anchors, '', '');
  anchors.forEach((a, i) => b.assumptions.push({
    path: `supply.anchors.${i}`, value: `${a.role} ${a.measure} ${a.year}: ${a.value} (match ${a.low} to ${a.high})`, unit: 'heads or places (England)', source: a.source,
  }));
}
