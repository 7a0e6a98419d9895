import { join } from 'node:path';
import { AssumptionBuilder, camelCase, type Assumption } from './assumption-builder.js';
import { readCheckedTables } from './check-tables.js';
import { DEFAULT_TABLE_SPECS } from './default-table-specs.js';
import { loadAccessDefaults } from './load-access-defaults.js';
import { loadClinicSettings } from './load-clinic-settings.js';
import { loadIndicationPathway } from './load-indication-pathway.js';
import { loadAdviceDefaults, loadJobPlanDefaults, loadMainstreamingDefaults } from './load-mainstreaming-defaults.js';
import { loadSupplyDefaults } from './load-supply-defaults.js';
import { parseDecimal } from './table-spec.js';
import { loadUncertainInputs } from '../uncertainty/uncertain-table.js';

const TRAINEE_ROLES = new Set(['specialty_registrar', 'trainee_genetic_counsellor']);

/** Units of the pathway.csv parameters, by the unit column's words. */
export interface Defaults {
  readonly scenario: Record<string, unknown>;
  readonly assumptions: Assumption[];
}

/**
 * Turns the reference tables in `data/` into the default scenario: every field a scenario
 * can set, each with the source it came from. Scenario files then change only what differs.
 * The tables are checked first (default-table-specs.ts), so a problem in one is reported
 * against its file, row and column, and the values read below are known to be numbers in range.
 * `overlayDirs` hold tables whose rows replace the rows with the same key.
 */
export async function loadDefaults(dataDir: string, overlayDirs: readonly string[] = []): Promise<Defaults> {
  const tables = await readCheckedTables(DEFAULT_TABLE_SPECS, [dataDir, ...overlayDirs]);
  const rowsOf: RowsOf = (name) => tables.get(name)!.rows.map((row) => row.cells);
  const b = new AssumptionBuilder();
  loadGeography(b, rowsOf);
  loadWorkforce(b, rowsOf);
  loadDemand(b, rowsOf);
  loadPathway(b, rowsOf);
  loadIndicationPathway(b, rowsOf);
  loadAccessDefaults(b, rowsOf);
  loadClinicSettings(b, rowsOf);
  loadUncertainInputs(b, rowsOf('uncertain_parameters.csv'));
  await loadSupplyDefaults(b, (name) => join(dataDir, name));
  return { scenario: b.root, assumptions: b.assumptions };
}

/** A checked row's cells by column name. */
export type Row = Readonly<Record<string, string>>;
export type RowsOf = (name: string) => Row[];
/** A number cell of a checked row (its type and range are already checked). */
const num = (r: Row, column: string): number => parseDecimal(r[column]!);

function loadGeography(b: AssumptionBuilder, rowsOf: RowsOf): void {
  rowsOf('cgs.csv').forEach((r) => {
    b.put(['geography', 'networks', r.network_id!, 'name'], r.network_name, '', '');
    b.put(['geography', 'networks', r.network_id!, 'poolWaitingList'], false, '', '');
    const base = ['geography', 'cgs', r.cgs_id!];
    b.put([...base, 'name'], r.cgs_name, '', '');
    b.put([...base, 'networkId'], r.network_id, '', '');
    b.put([...base, 'population'], num(r, 'population'), 'persons', r.source!);
    b.put([...base, 'psychologyAccess'], r.psychology_access, '', r.source!);
  });
}

function loadWorkforce(b: AssumptionBuilder, rowsOf: RowsOf): void {
  const roles = rowsOf('roles.csv');
  roles.forEach((r) => {
    const base = ['workforce', 'roles', r.role!];
    b.put([...base, 'label'], r.label, '', '');
    b.put([...base, 'hoursPerFtePerWeek'], num(r, 'hours_per_fte_per_week'), 'hours per FTE per week', r.source!);
    b.put([...base, 'leaveAndAbsenceShare'], num(r, 'leave_and_absence_share'), 'share of hours', r.source!);
    b.put([...base, 'clinicalCapacityFactor'], num(r, 'clinical_capacity_factor'), 'factor', r.source!);
    b.put([...base, 'annualCostPerFteGbp'], num(r, 'annual_cost_per_fte_gbp'), 'GBP per FTE per year', r.source!);
    b.put([...base, 'isTrainee'], TRAINEE_ROLES.has(r.role!), '', '');
  });
  loadJobPlanDefaults(b, rowsOf, roles.map((r) => r.role!));
  rowsOf('staff_baseline.csv').forEach((r) => {
    b.put(['workforce', 'staff', r.cgs_id!, r.role!], num(r, 'fte'), 'fte', r.source!);
  });
  b.put(['workforce', 'recruitment'], [], '', '');
  const mix = new Map<string, { preference: number; role: string; source: string }[]>();
  rowsOf('skill_mix.csv').forEach((r) => {
    const list = mix.get(r.activity!) ?? [];
    list.push({ preference: num(r, 'preference'), role: r.role!, source: r.source! });
    mix.set(r.activity!, list);
  });
  for (const [activity, list] of mix) {
    list.sort((x, y) => x.preference - y.preference);
    b.put(['workforce', 'skillMix', activity], list.map((x) => x.role), 'roles in order of preference', list[0]!.source);
  }
}

function loadDemand(b: AssumptionBuilder, rowsOf: RowsOf): void {
  const shareColumns: [string, string, string][] = [
    ['annual_growth_share', 'annualGrowthShare', 'share per year'],
    ['triage_closed_share', 'triageClosedShare', 'share'],
    ['test_share', 'testShare', 'share'],
    ['diagnostic_yield_standard', 'diagnosticYieldStandard', 'share'],
    ['diagnostic_yield_complex', 'diagnosticYieldComplex', 'share'],
    ['psychology_need_share', 'psychologyNeedShare', 'share'],
    ['long_term_management_share_complex', 'longTermManagementShareComplex', 'share'],
    ['cascade_relatives_per_positive', 'cascadeRelativesPerPositive', 'relatives per diagnosis'],
    ['cascade_uptake_share', 'cascadeUptakeShare', 'share'],
  ];
  rowsOf('indications.csv').forEach((r) => {
    const base = ['demand', 'indications', r.indication!];
    b.put([...base, 'label'], r.label, '', '');
    b.put([...base, 'ratePer100kPerYear'], num(r, 'rate_per_100k_per_year'), 'referrals per 100k per year', r.source!);
    for (const [col, key, unit] of shareColumns) b.put([...base, key], num(r, col), unit, r.source!);
    b.put([...base, 'testType'], r.test_type, '', '');
    b.put([...base, 'complexity', 'complexShareStart'], num(r, 'share_complex_start'), 'share', r.source!);
    b.put([...base, 'complexity', 'complexDriftPerYear'], num(r, 'complex_drift_per_year'), 'share points per year', r.source!);
    b.put([...base, 'complexity', 'complexShareMax'], 0.9, 'share', 'illustrative assumption: the complex share cannot drift above 90%');
  });
  rowsOf('priority_mix.csv').forEach((r) =>
    b.put(['demand', 'indications', r.indication!, 'priorityMix', r.priority!], num(r, 'share'), 'share', r.source!));
  rowsOf('channels.csv').forEach((r) =>
    b.put(['demand', 'indications', r.indication!, 'channelMix', r.channel!], num(r, 'share'), 'share', r.source!));
  loadMainstreamingDefaults(b, rowsOf);
  loadAdviceDefaults(b, rowsOf);
  rowsOf('priorities.csv').forEach((r) =>
    b.put(['demand', 'priorities', r.priority!, 'targetWaitWeeks'], num(r, 'target_wait_weeks'), 'weeks', r.source!));
  const months = rowsOf('seasonality.csv');
  // The check made sure each month 1-12 has exactly one row.
  const factors = months.map((r) => ({ month: num(r, 'month'), factor: num(r, 'referral_factor') })).sort((x, y) => x.month - y.month);
  b.put(['demand', 'seasonality'], factors.map((x) => x.factor), 'referral factor by month, January first', months[0]!.source!);
  b.put(['demand', 'cascadeIndication'], 'predictive_testing', '', '');
}

function loadPathway(b: AssumptionBuilder, rowsOf: RowsOf): void {
  rowsOf('appointments.csv').forEach((r) => {
    b.put(['appointments', r.appointment!, r.complexity!, 'durationMinutes'], num(r, 'duration_minutes'), 'minutes', r.source!);
    b.put(['appointments', r.appointment!, r.complexity!, 'adminMinutes'], num(r, 'admin_minutes'), 'minutes', r.source!);
  });
  rowsOf('appointment_modes.csv').forEach((r) => {
    b.put(['appointmentModes', r.mode!, 'share'], num(r, 'share'), 'share', r.source!);
    b.put(['appointmentModes', r.mode!, 'durationFactor'], num(r, 'duration_factor'), 'factor', r.source!);
    b.put(['appointmentModes', r.mode!, 'adminFactor'], num(r, 'admin_factor'), 'factor', r.source!);
  });
  rowsOf('test_turnaround.csv').forEach((r) => {
    b.put(['tests', r.test_type!, 'turnaroundDaysMean'], num(r, 'turnaround_days_mean'), 'days', r.source!);
    b.put(['tests', r.test_type!, 'turnaroundDaysSd'], num(r, 'turnaround_days_sd'), 'days', r.source!);
  });
  rowsOf('pathway.csv').forEach((r) =>
    b.put(['pathway', camelCase(r.parameter!)], num(r, 'value'), r.unit!, r.source!));
  const rows = rowsOf('waiting_list_start.csv');
  b.put(['startWaitingList'], rows.map((r) => ({
    cgsId: r.cgs_id, priority: r.priority, waitedWeeksFrom: num(r, 'waited_weeks_from'), waitedWeeksTo: num(r, 'waited_weeks_to'), count: num(r, 'count'),
  })), '', '');
  if (rows[0]) b.assumptions.push({ path: 'startWaitingList', value: `${rows.reduce((a, r) => a + Number(r.count), 0)} patients`, unit: 'patients', source: rows[0].source! });
}
