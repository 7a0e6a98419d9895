import { DEMAND_DRIVEN_RESERVED, N_RESERVED, TU } from '../model/activities.js';
import { C, COUNTERS, DIAGNOSIS_BINS, N_TIME_USES, WAIT_BINS, type ReplicationMetrics } from '../model/metrics.js';
import { N_PRIORITIES, type ModelConfig } from '../model/model-config.js';
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

/** Demand-driven work whose hours used are summary metrics (`<activity>_hours`), so compare shows them. */
const DEMAND_WORK = DEMAND_DRIVEN_RESERVED;

/** Names of every summary metric, in output order. */
export function metricNames(config: ModelConfig): string[] {
  return [
    ...COUNT_METRICS, ...DEMAND_WORK.map((use) => `${use}_hours`), 'weeks_in_year', 'pct_within_18_weeks', 'p92_wait_weeks', 'mean_wait_weeks', 'median_wait_weeks', 'median_weeks_to_diagnosis', 'mean_weeks_to_psychology', 'staff_cost_gbp',
    ...config.roleIds.flatMap((r) => [`utilisation_${r}`, `fte_available_${r}`, `fte_needed_${r}`]),
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
  readonly backlogHours: Float64Array;
  readonly staffHours: Float64Array;
  readonly reservedHours: Float64Array;
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
    backlogHours: new Float64Array(nRoles),
    staffHours: new Float64Array(nRoles * N_TIME_USES),
    reservedHours: new Float64Array(nRoles * N_TIME_USES),
  };
  const weeks = m.weeksPerYear[year]! || 1;
  for (const c of scope.cgs) {
    const base = m.counterIndex(year, c, 0);
    for (let k = 0; k < COUNTERS.length; k++) out.counters[k]! += m.counters[base + k]!;
    addSlice(out.waitHistogram, m.waitHistogram, (year * m.nCgs + c) * WAIT_BINS);
    addSlice(out.seenWaitHistogram, m.seenWaitHistogram, (year * m.nCgs + c) * WAIT_BINS);
    addSlice(out.diagnosisHistogram, m.diagnosisHistogram, (year * m.nCgs + c) * DIAGNOSIS_BINS);
    const backlog = backlogHoursByRole(config, m, year, c);
    for (let r = 0; r < nRoles; r++) {
      const cr = m.yearCgsRole(year, c, r);
      out.fte[r]! += m.fteWeeks[cr]! / weeks;
      out.clinicHours[r]! += m.clinicHoursAvailable[cr]!;
      out.workHours[r]! += m.workHours[cr]!;
      out.backlogHours[r]! += backlog[r]!;
      for (let a = 0; a < N_TIME_USES; a++) {
        out.staffHours[r * N_TIME_USES + a]! += m.staffHours[cr * N_TIME_USES + a]!;
        out.reservedHours[r * N_TIME_USES + a]! += m.reservedHours[cr * N_TIME_USES + a]!;
      }
    }
  }
  return out;
}

/**
 * Clinic hours, by role, needed to bring a CGS's year-end list down to its target size
 * (the NHS rule of thumb: target list = weekly demand × target wait / 4, per priority),
 * costed at the first-appointment minutes each role gave per patient seen that year,
 * plus the psychology sessions still waiting.
 */
function backlogHoursByRole(config: ModelConfig, m: ReplicationMetrics, year: number, c: number): Float64Array {
  const nRoles = config.roleIds.length;
  const out = new Float64Array(nRoles);
  const at = (k: number) => m.counters[m.counterIndex(year, c, k)]!;
  const weeks = m.weeksPerYear[year]! || 1;
  let excess = 0;
  for (let p = 0; p < N_PRIORITIES; p++) {
    const target = (at(C.list_joins_urgent + p) / weeks) * config.targetWaitWeeks[p]! / 4;
    excess += Math.max(0, at(C.waiting_end_urgent + p) - target);
  }
  const seen = at(C.first_appointments);
  for (let r = 0; r < nRoles; r++) {
    if (seen > 0) out[r] = (excess * m.firstMinutes[m.yearCgsRole(year, c, r)]!) / seen / 60;
  }
  const psychologist = config.roleIds.indexOf('clinical_psychologist');
  if (psychologist >= 0) {
    const perPatient = config.scenario.pathway.psychologySessionsPerReferral *
      (config.scenario.appointments.psychology_session.standard.durationMinutes + config.scenario.appointments.psychology_session.standard.adminMinutes);
    out[psychologist]! += (at(C.psychology_waiting_end) * perPatient) / 60;
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
  let cost = 0;
  config.roleIds.forEach((role, r) => {
    const perFte = clinicHoursPerFte(config, r, weeksInYear);
    out.set(`utilisation_${role}`, s.clinicHours[r]! > 0 ? s.workHours[r]! / s.clinicHours[r]! : NaN);
    out.set(`fte_available_${role}`, s.fte[r]!);
    out.set(`fte_needed_${role}`, perFte > 0 ? (s.workHours[r]! + s.backlogHours[r]!) / perFte : NaN);
    cost += s.fte[r]! * config.roleCostPerFte[r]!;
  });
  out.set('staff_cost_gbp', cost);
  return out;
}

/** An empty list has no 92nd-percentile wait; report 0 weeks rather than a gap. */
function orZero(value: number, listSize: number): number {
  return listSize === 0 ? 0 : value;
}

/** Clinic hours one FTE of a role gives in a year after leave, job-plan reservations and trainee productivity. */
export function clinicHoursPerFte(config: ModelConfig, role: number, weeksInYear: number): number {
  let reserved = 0;
  for (let k = 0; k < N_RESERVED; k++) reserved += config.roleReserved[role * N_RESERVED + k]!;
  return config.roleHoursPerWeek[role]! * (1 - config.roleLeaveShare[role]!) * (1 - reserved) * config.roleCapacityFactor[role]! * weeksInYear;
}

function addSlice(into: Float64Array, from: Float64Array, offset: number): void {
  for (let i = 0; i < into.length; i++) into[i]! += from[offset + i]!;
}
