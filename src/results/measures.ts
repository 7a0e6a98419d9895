import { DEMAND_DRIVEN_RESERVED, TU } from '../model/activities.js';
import { C, COUNTERS, DIAGNOSIS_BINS, N_TIME_USES, WAIT_BINS, type ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { N_NEED } from '../model/staffing-need/need-activities.js';
import { backlogClearanceHours, needHoursPerFte } from '../model/staffing-need/need.js';
import { addNetDemandHours, fteNeeded } from '../model/staffing-need/trainee-establishment.js';
import { TIME_USES } from '../scenario/schema/primitives.js';
import { ACCESS_METRICS, accessMeasures } from './equity-access.js';
import { CLINIC_SETTING_METRICS, measureClinicSettings } from './clinic-settings.js';
import { EQUITY_METRICS, equityMetrics, equityUnitsOf, type EquityUnits } from './equity-spread.js';
import { histogramQuantile } from './histogram-quantile.js';
import type { Scope } from './scopes.js';

/** Metrics reported as a plain count per year. */
const COUNT_METRICS = [
  'referrals_received', 'referrals_to_cgs', 'referrals_mainstreamed', 'mainstream_diagnoses', 'referrals_complex', 'complex_returns', 'cascade_referrals', 'triage_closed', 'not_booked',
  'first_appointments', 'results_appointments', 'follow_up_appointments', 'review_appointments', 'dna', 'discharged', 'diagnoses', 'tests_sent',
  'mdt_discussions', 'advice_guidance_requests', 'joint_clinics', 'psychology_need', 'psychology_unmet', 'psychology_local_mental_health',
  'psychology_in_service_seen', 'waiting_list_end', 'psychology_waiting_end', 'long_term_caseload_end',
  'referrals_channel_gp', 'referrals_channel_mainstream_specialty', 'referrals_channel_self_referral',
  'followups_overdue_end', 'waiting_over_52_weeks_end', 'psychology_local_waiting_end',
] as const;

/** Activities of staff_time.csv whose work can be left outstanding at a year end (uncovered_hours_<activity>). */
const UNCOVERED = ['clinic', 'triage', 'mdt', 'advice_guidance', 'training_mainstream'] as const satisfies readonly (typeof TIME_USES)[number][];
const UNCOVERED_INDEX = UNCOVERED.map((use) => TIME_USES.indexOf(use));
/** Demand-driven work whose hours used are summary metrics (`<activity>_hours`), so compare shows them. */
const DEMAND_WORK = DEMAND_DRIVEN_RESERVED;

/** Names of every summary metric, in output order. */
export function metricNames(config: ModelConfig): string[] {
  return [
    ...COUNT_METRICS, ...DEMAND_WORK.map((use) => `${use}_hours`), 'weeks_in_year', 'pct_within_18_weeks', 'p92_wait_weeks', 'mean_wait_weeks', 'median_wait_weeks', 'median_weeks_to_diagnosis', 'mean_weeks_to_psychology', 'staff_cost_gbp',
    ...EQUITY_METRICS,
    ...UNCOVERED.map((use) => `uncovered_hours_${use}`), 'supervision_dropped_hours', ...ACCESS_METRICS, ...CLINIC_SETTING_METRICS,
    ...config.roleIds.flatMap((r) => [`utilisation_${r}`, `fte_available_${r}`, `fte_needed_${r}`, `fte_backlog_clearance_${r}`]),
  ];
}

/** Sums over a scope's CGSs for one replication and year: the raw material of every metric. */
export interface ScopeYear {
  readonly counters: Float64Array;
  readonly waitHistogram: Float64Array;
  readonly seenWaitHistogram: Float64Array;
  readonly diagnosisHistogram: Float64Array;
  readonly fte: Float64Array;
  readonly clinicHours: Float64Array;
  readonly workHours: Float64Array;
  /** Hours of work demanded by [role][NEED_ACTIVITIES], at the intended skill mix, with trainees' supervised work moved off qualified roles (model/staffing-need/trainee-establishment.ts). */
  readonly demandHours: Float64Array;
  /** Hours by role to clear the list above its target size (spread over the clearance years). */
  readonly clearanceHours: Float64Array;
  /** Hours outstanding at the year end by time use, and supervision dropped in the year ([0]). */
  readonly uncoveredHours: Float64Array;
  readonly supervisionDroppedHours: Float64Array;
  readonly staffHours: Float64Array;
  readonly reservedHours: Float64Array;
  /** The scope's CGSs and networks one by one: what the equity spreads compare (not a sum). */
  readonly equity: EquityUnits;
}

/** Backlog clearance needs the whole run's year ends, so it is worked out once per replication. */
const clearanceCache = new WeakMap<ReplicationMetrics, Float64Array>();
function clearanceOf(config: ModelConfig, m: ReplicationMetrics): Float64Array {
  let hours = clearanceCache.get(m);
  if (hours === undefined) clearanceCache.set(m, (hours = backlogClearanceHours(config, m)));
  return hours;
}

export function sumScopeYear(config: ModelConfig, m: ReplicationMetrics, scope: Scope, year: number): ScopeYear {
  const nRoles = config.roleIds.length;
  const out: ScopeYear = {
    counters: new Float64Array(COUNTERS.length),
    waitHistogram: new Float64Array(WAIT_BINS),
    seenWaitHistogram: new Float64Array(WAIT_BINS),
    diagnosisHistogram: new Float64Array(DIAGNOSIS_BINS),
    fte: new Float64Array(nRoles),
    clinicHours: new Float64Array(nRoles),
    workHours: new Float64Array(nRoles),
    demandHours: new Float64Array(nRoles * N_NEED),
    clearanceHours: new Float64Array(nRoles),
    uncoveredHours: new Float64Array(N_TIME_USES),
    supervisionDroppedHours: new Float64Array(1),
    staffHours: new Float64Array(nRoles * N_TIME_USES),
    reservedHours: new Float64Array(nRoles * N_TIME_USES),
    equity: equityUnitsOf(config, m, scope, year),
  };
  const weeks = m.weeksPerYear[year]! || 1;
  for (const c of scope.cgs) {
    const base = m.counterIndex(year, c, 0);
    for (let k = 0; k < COUNTERS.length; k++) out.counters[k]! += m.counters[base + k]!;
    addSlice(out.waitHistogram, m.waitHistogram, (year * m.nCgs + c) * WAIT_BINS);
    addSlice(out.seenWaitHistogram, m.seenWaitHistogram, (year * m.nCgs + c) * WAIT_BINS);
    addSlice(out.diagnosisHistogram, m.diagnosisHistogram, (year * m.nCgs + c) * DIAGNOSIS_BINS);
    const clearance = clearanceOf(config, m);
    addSlice(out.uncoveredHours, m.uncoveredHours, (year * m.nCgs + c) * N_TIME_USES);
    out.supervisionDroppedHours[0]! += m.supervisionDroppedHours[year * m.nCgs + c]!;
    addNetDemandHours(config, m, year, c, out.demandHours);
    for (let r = 0; r < nRoles; r++) {
      const cr = m.yearCgsRole(year, c, r);
      out.fte[r]! += m.fteWeeks[cr]! / weeks;
      out.clinicHours[r]! += m.clinicHoursAvailable[cr]!;
      out.workHours[r]! += m.workHours[cr]!;
      out.clearanceHours[r]! += clearance[cr]!;
      for (let a = 0; a < N_TIME_USES; a++) {
        out.staffHours[r * N_TIME_USES + a]! += m.staffHours[cr * N_TIME_USES + a]!;
        out.reservedHours[r * N_TIME_USES + a]! += m.reservedHours[cr * N_TIME_USES + a]!;
      }
    }
  }
  return out;
}

/** Every summary metric for one replication, scope and year. */
export function measure(config: ModelConfig, s: ScopeYear, weeksInYear: number): Map<string, number> {
  const out = new Map<string, number>();
  const k = (name: (typeof COUNTERS)[number]) => s.counters[C[name]]!;
  for (const name of COUNT_METRICS) out.set(name, k(name));
  for (const use of DEMAND_WORK) {
    let used = 0;
    for (let r = 0; r < config.roleIds.length; r++) used += s.staffHours[r * N_TIME_USES + TU[use]]!;
    out.set(`${use}_hours`, used);
  }
  // Booking weeks in the year (52 or 53): annual counts are as simulated, not rescaled.
  out.set('weeks_in_year', weeksInYear);
  out.set('pct_within_18_weeks', k('snapshot_waiting') > 0 ? k('snapshot_within_18_weeks') / k('snapshot_waiting') : 1);
  out.set('p92_wait_weeks', orZero(histogramQuantile(s.waitHistogram, 0.92), k('waiting_list_end')));
  out.set('mean_wait_weeks', k('first_appointments') > 0 ? k('first_wait_weeks_sum') / k('first_appointments') : NaN);
  out.set('median_wait_weeks', histogramQuantile(s.seenWaitHistogram, 0.5));
  out.set('median_weeks_to_diagnosis', histogramQuantile(s.diagnosisHistogram, 0.5));
  out.set('mean_weeks_to_psychology', k('psychology_started') > 0 ? k('psychology_wait_weeks_sum') / k('psychology_started') : NaN);
  UNCOVERED.forEach((use, i) => out.set(`uncovered_hours_${use}`, s.uncoveredHours[UNCOVERED_INDEX[i]!]!));
  out.set('supervision_dropped_hours', s.supervisionDroppedHours[0]!);
  for (const [name, value] of accessMeasures(s.counters)) out.set(name, value);
  measureClinicSettings(s, config.roleIds.length, out);
  let cost = 0;
  config.roleIds.forEach((role, r) => {
    out.set(`utilisation_${role}`, s.clinicHours[r]! > 0 ? s.workHours[r]! / s.clinicHours[r]! : NaN);
    out.set(`fte_available_${role}`, s.fte[r]!);
    out.set(`fte_needed_${role}`, fteNeeded(config, r, s.demandHours, r * N_NEED, s.fte[r]!, weeksInYear));
    out.set(`fte_backlog_clearance_${role}`, clearanceFte(config, r, s.clearanceHours[r]!, weeksInYear));
    cost += s.fte[r]! * config.roleCostPerFte[r]!;
  });
  out.set('staff_cost_gbp', cost);
  for (const [name, value] of equityMetrics(s.equity, s.waitHistogram)) out.set(name, value);
  return out;
}

/** Hours of every activity a role's intended share of the demand comes to. */
export function demandHoursOf(s: ScopeYear, role: number): number {
  let hours = 0;
  for (let a = 0; a < N_NEED; a++) hours += s.demandHours[role * N_NEED + a]!;
  return hours;
}

/** Backlog clearance is pathway work: it takes a role's open hours (clinic and reserves it may give back). */
function clearanceFte(config: ModelConfig, role: number, hours: number, weeksInYear: number): number {
  const perFte = needHoursPerFte(config, role, weeksInYear);
  return hours <= 0 ? 0 : perFte > 0 ? hours / perFte : Infinity;
}

export { needHoursPerFte };

/** An empty list has no 92nd-percentile wait; report 0 weeks rather than a gap. */
function orZero(value: number, listSize: number): number {
  return listSize === 0 ? 0 : value;
}

function addSlice(into: Float64Array, from: Float64Array, offset: number): void {
  for (let i = 0; i < into.length; i++) into[i]! += from[offset + i]!;
}
