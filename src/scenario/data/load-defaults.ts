import { join } from 'node:path';
import { ScenarioError } from '../errors.js';
import { AssumptionBuilder, camelCase, type Assumption } from './assumption-builder.js';
import { loadAdviceDefaults, loadJobPlanDefaults, loadMainstreamingDefaults } from './load-mainstreaming-defaults.js';
import { loadSupplyDefaults } from './load-supply-defaults.js';
import { num, readCsv } from './read-csv.js';

const TRAINEE_ROLES = new Set(['specialty_registrar', 'trainee_genetic_counsellor']);

/** Units of the pathway.csv parameters, by the unit column's words. */
export interface Defaults {
  readonly scenario: Record<string, unknown>;
  readonly assumptions: Assumption[];
}

/**
 * Turns the reference tables in `data/` into the default scenario: every field a scenario
 * can set, each with the source it came from. Scenario files then change only what differs.
 */
export async function loadDefaults(dataDir: string): Promise<Defaults> {
  const b = new AssumptionBuilder();
  const file = (name: string) => join(dataDir, name);
  await loadGeography(b, file);
  await loadWorkforce(b, file);
  await loadDemand(b, file);
  await loadPathway(b, file);
  await loadSupplyDefaults(b, file);
  return { scenario: b.root, assumptions: b.assumptions };
}

type FileOf = (name: string) => string;

async function loadGeography(b: AssumptionBuilder, file: FileOf): Promise<void> {
  const f = file('cgs.csv');
  const rows = await readCsv(f, ['cgs_id', 'cgs_name', 'network_id', 'network_name', 'population', 'psychology_access', 'source']);
  rows.forEach((r, i) => {
    b.put(['geography', 'networks', r.network_id!, 'name'], r.network_name, '', '');
    b.put(['geography', 'networks', r.network_id!, 'poolWaitingList'], false, '', '');
    const base = ['geography', 'cgs', r.cgs_id!];
    b.put([...base, 'name'], r.cgs_name, '', '');
    b.put([...base, 'networkId'], r.network_id, '', '');
    b.put([...base, 'population'], num(r, 'population', f, i), 'persons', r.source!);
    b.put([...base, 'psychologyAccess'], r.psychology_access, '', r.source!);
  });
}

async function loadWorkforce(b: AssumptionBuilder, file: FileOf): Promise<void> {
  let f = file('roles.csv');
  const roles = await readCsv(f, ['role', 'label', 'hours_per_fte_per_week', 'leave_and_absence_share', 'clinical_capacity_factor', 'annual_cost_per_fte_gbp', 'source']);
  roles.forEach((r, i) => {
    const base = ['workforce', 'roles', r.role!];
    b.put([...base, 'label'], r.label, '', '');
    b.put([...base, 'hoursPerFtePerWeek'], num(r, 'hours_per_fte_per_week', f, i), 'hours per FTE per week', r.source!);
    b.put([...base, 'leaveAndAbsenceShare'], num(r, 'leave_and_absence_share', f, i), 'share of hours', r.source!);
    b.put([...base, 'clinicalCapacityFactor'], num(r, 'clinical_capacity_factor', f, i), 'factor', r.source!);
    b.put([...base, 'annualCostPerFteGbp'], num(r, 'annual_cost_per_fte_gbp', f, i), 'GBP per FTE per year', r.source!);
    b.put([...base, 'isTrainee'], TRAINEE_ROLES.has(r.role!), '', '');
  });
  await loadJobPlanDefaults(b, file, roles.map((r) => r.role!));
  f = file('staff_baseline.csv');
  (await readCsv(f, ['cgs_id', 'role', 'fte', 'source'])).forEach((r, i) => {
    b.put(['workforce', 'staff', r.cgs_id!, r.role!], num(r, 'fte', f, i), 'fte', r.source!);
  });
  b.put(['workforce', 'recruitment'], [], '', '');
  f = file('skill_mix.csv');
  const mix = new Map<string, { preference: number; role: string; source: string }[]>();
  (await readCsv(f, ['activity', 'preference', 'role', 'source'])).forEach((r, i) => {
    const list = mix.get(r.activity!) ?? [];
    list.push({ preference: num(r, 'preference', f, i), role: r.role!, source: r.source! });
    mix.set(r.activity!, list);
  });
  for (const [activity, list] of mix) {
    list.sort((x, y) => x.preference - y.preference);
    b.put(['workforce', 'skillMix', activity], list.map((x) => x.role), 'roles in order of preference', list[0]!.source);
  }
}

async function loadDemand(b: AssumptionBuilder, file: FileOf): Promise<void> {
  let f = file('indications.csv');
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
  (await readCsv(f, ['indication', 'label', 'rate_per_100k_per_year', 'share_complex_start', 'complex_drift_per_year', 'test_type', 'source', ...shareColumns.map((c) => c[0])])).forEach((r, i) => {
    const base = ['demand', 'indications', r.indication!];
    b.put([...base, 'label'], r.label, '', '');
    b.put([...base, 'ratePer100kPerYear'], num(r, 'rate_per_100k_per_year', f, i), 'referrals per 100k per year', r.source!);
    for (const [col, key, unit] of shareColumns) b.put([...base, key], num(r, col, f, i), unit, r.source!);
    b.put([...base, 'testType'], r.test_type, '', '');
    b.put([...base, 'complexity', 'complexShareStart'], num(r, 'share_complex_start', f, i), 'share', r.source!);
    b.put([...base, 'complexity', 'complexDriftPerYear'], num(r, 'complex_drift_per_year', f, i), 'share points per year', r.source!);
    b.put([...base, 'complexity', 'complexShareMax'], 0.9, 'share', 'illustrative assumption: the complex share cannot drift above 90%');
  });
  f = file('priority_mix.csv');
  (await readCsv(f, ['indication', 'priority', 'share', 'source'])).forEach((r, i) =>
    b.put(['demand', 'indications', r.indication!, 'priorityMix', r.priority!], num(r, 'share', f, i), 'share', r.source!));
  f = file('channels.csv');
  (await readCsv(f, ['indication', 'channel', 'share', 'source'])).forEach((r, i) =>
    b.put(['demand', 'indications', r.indication!, 'channelMix', r.channel!], num(r, 'share', f, i), 'share', r.source!));
  await loadMainstreamingDefaults(b, file);
  await loadAdviceDefaults(b, file);
  f = file('priorities.csv');
  (await readCsv(f, ['priority', 'target_wait_weeks', 'source'])).forEach((r, i) =>
    b.put(['demand', 'priorities', r.priority!, 'targetWaitWeeks'], num(r, 'target_wait_weeks', f, i), 'weeks', r.source!));
  f = file('seasonality.csv');
  const months = await readCsv(f, ['month', 'referral_factor', 'source']);
  const factors = months.map((r, i) => ({ month: num(r, 'month', f, i), factor: num(r, 'referral_factor', f, i) })).sort((x, y) => x.month - y.month);
  if (factors.length !== 12) throw new ScenarioError([{ file: f, path: '', message: `expected 12 months, got ${factors.length}` }]);
  b.put(['demand', 'seasonality'], factors.map((x) => x.factor), 'referral factor by month, January first', months[0]!.source!);
  b.put(['demand', 'cascadeIndication'], 'predictive_testing', '', '');
}

async function loadPathway(b: AssumptionBuilder, file: FileOf): Promise<void> {
  let f = file('appointments.csv');
  (await readCsv(f, ['appointment', 'complexity', 'duration_minutes', 'admin_minutes', 'source'])).forEach((r, i) => {
    b.put(['appointments', r.appointment!, r.complexity!, 'durationMinutes'], num(r, 'duration_minutes', f, i), 'minutes', r.source!);
    b.put(['appointments', r.appointment!, r.complexity!, 'adminMinutes'], num(r, 'admin_minutes', f, i), 'minutes', r.source!);
  });
  f = file('appointment_modes.csv');
  (await readCsv(f, ['mode', 'share', 'duration_factor', 'admin_factor', 'source'])).forEach((r, i) => {
    b.put(['appointmentModes', r.mode!, 'share'], num(r, 'share', f, i), 'share', r.source!);
    b.put(['appointmentModes', r.mode!, 'durationFactor'], num(r, 'duration_factor', f, i), 'factor', r.source!);
    b.put(['appointmentModes', r.mode!, 'adminFactor'], num(r, 'admin_factor', f, i), 'factor', r.source!);
  });
  f = file('test_turnaround.csv');
  (await readCsv(f, ['test_type', 'turnaround_days_mean', 'turnaround_days_sd', 'source'])).forEach((r, i) => {
    b.put(['tests', r.test_type!, 'turnaroundDaysMean'], num(r, 'turnaround_days_mean', f, i), 'days', r.source!);
    b.put(['tests', r.test_type!, 'turnaroundDaysSd'], num(r, 'turnaround_days_sd', f, i), 'days', r.source!);
  });
  f = file('pathway.csv');
  (await readCsv(f, ['parameter', 'value', 'unit', 'source'])).forEach((r, i) =>
    b.put(['pathway', camelCase(r.parameter!)], num(r, 'value', f, i), r.unit!, r.source!));
  f = file('waiting_list_start.csv');
  const rows = await readCsv(f, ['cgs_id', 'priority', 'waited_weeks_from', 'waited_weeks_to', 'count', 'source']);
  b.put(['startWaitingList'], rows.map((r, i) => ({
    cgsId: r.cgs_id, priority: r.priority, waitedWeeksFrom: num(r, 'waited_weeks_from', f, i), waitedWeeksTo: num(r, 'waited_weeks_to', f, i), count: num(r, 'count', f, i),
  })), '', '');
  if (rows[0]) b.assumptions.push({ path: 'startWaitingList', value: `${rows.reduce((a, r) => a + Number(r.count), 0)} patients`, unit: 'patients', source: rows[0].source! });
}
