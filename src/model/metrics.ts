import { TRAVEL_BANDS } from '../scenario/schema/clinic-settings.js';
import { N_TIME_USES } from './activities.js';
import { N_PRIORITIES } from './model-config.js';
import { N_NEED } from './staffing-need/need-activities.js';

export { N_TIME_USES, TU } from './activities.js';

/** Counts kept per (year, CGS). Names match the summary metrics where they are reported as is. */
export const COUNTERS = [
  'referrals_received',
  'referrals_mainstreamed',
  'referrals_complex',
  'complex_returns',
  'cascade_referrals',
  'triage_closed',
  'not_booked',
  'list_joins',
  'first_appointments',
  'results_appointments',
  'follow_up_appointments',
  'review_appointments',
  'dna',
  'discharged',
  'diagnoses',
  'tests_sent',
  'mdt_discussions',
  'advice_guidance_requests',
  'joint_clinics',
  'psychology_need',
  'psychology_unmet',
  'psychology_local_mental_health',
  'psychology_in_service_seen',
  'first_wait_weeks_sum',
  'snapshot_waiting',
  'snapshot_within_18_weeks',
  'snapshots',
  'waiting_list_end',
  'psychology_waiting_end',
  'long_term_caseload_end',
  'list_joins_urgent',
  'list_joins_soon',
  'list_joins_routine',
  'waiting_end_urgent',
  'waiting_end_soon',
  'waiting_end_routine',
  'referrals_channel_gp',
  'referrals_channel_mainstream_specialty',
  'referrals_channel_self_referral',
  'psychology_started',
  'psychology_wait_weeks_sum',
  'followups_overdue_end',
  'waiting_over_52_weeks_end',
  'psychology_local_waiting_end',
  'referrals_to_cgs',
  'mainstream_diagnoses',
  // Need and access (expected-need.ts): referrals the catchment's need would bring at today's
  // national average criteria and reach, the population served, and referrals by the self-referral scheme.
  'expected_referrals',
  'catchment_population',
  'self_referral_scheme',
  // Where clinics are held (clinic-placement.ts): attended first appointments by setting and mode,
  // and booked appointments and non-attendance by the patient's travel band, in TRAVEL_BANDS order.
  'first_hub',
  'first_satellite',
  'first_video',
  'first_telephone',
  ...TRAVEL_BANDS.map((b) => `booked_${b}` as const),
  ...TRAVEL_BANDS.map((b) => `dna_${b}` as const),
] as const;
export type Counter = (typeof COUNTERS)[number];
export const C = Object.fromEntries(COUNTERS.map((k, i) => [k, i])) as Record<Counter, number>;

/** 1-week bins: waits on the list at year end (0..259 weeks, then overflow) and times to diagnosis. */
export const WAIT_BINS = 261;
export const DIAGNOSIS_BINS = 521;

/**
 * Everything one replication reports, as flat typed arrays so a worker can hand it back
 * without copying object graphs and so aggregation across CGSs, networks and replications
 * is plain addition. Statistics are streamed into these arrays; no event is stored.
 */
export class ReplicationMetrics {
  readonly counters: Float64Array;
  /** Hours used by [year][cgs][role][time use] (reserved time nobody used is not counted as used). */
  readonly staffHours: Float64Array;
  /** Job-plan hours reserved by [year][cgs][role][time use] (0 for time uses no job plan reserves). */
  readonly reservedHours: Float64Array;
  /** FTE-weeks by [year][cgs][role] (divide by weeks in the year for the average FTE). */
  readonly fteWeeks: Float64Array;
  /** Clinic hours available and demand-driven work hours done, by [year][cgs][role]. */
  readonly clinicHoursAvailable: Float64Array;
  readonly workHours: Float64Array;
  /** First-appointment minutes by [year][cgs][role], to cost the backlog per role. */
  readonly firstMinutes: Float64Array;
  /**
   * Hours of work the demand generated, by [year][cgs][role][NEED_ACTIVITIES], at the intended
   * skill mix (see staffing-need/work-ledger.ts): what recurring staffing need is made of.
   */
  readonly demandHours: Float64Array;
  /** Hours of work still outstanding at each year end, by [year][cgs][time use] (staff_time.csv activities). */
  readonly uncoveredHours: Float64Array;
  /** Supervision trainees needed but did not get, by [year][cgs]. */
  readonly supervisionDroppedHours: Float64Array;
  /** The list at the start by [cgs][priority]: the first year end's backlog. */
  readonly startWaiting: Float64Array;
  /** Weekly list size by [week][cgs][priority]. */
  readonly weeklyWaiting: Float64Array;
  readonly weeksPerYear: Float64Array;
  readonly waitHistogram: Float64Array;
  readonly seenWaitHistogram: Float64Array;
  readonly diagnosisHistogram: Float64Array;
  wallTimeMs = 0;
  events = 0;
  /**
   * Conservation at the end: every referral is waiting, in the pathway, discharged or
   * mainstreamed. `created` counts patients the CGS took on, including the start list and
   * the `seeded` day-0 pathway caseload.
   */
  conservation = { created: 0, seeded: 0, mainstreamed: 0, discharged: 0, waiting: 0, inPathway: 0 };

  constructor(readonly years: number, readonly nCgs: number, readonly nRoles: number, readonly weeks: number) {
    this.counters = new Float64Array(years * nCgs * COUNTERS.length);
    this.staffHours = new Float64Array(years * nCgs * nRoles * N_TIME_USES);
    this.reservedHours = new Float64Array(years * nCgs * nRoles * N_TIME_USES);
    this.fteWeeks = new Float64Array(years * nCgs * nRoles);
    this.clinicHoursAvailable = new Float64Array(years * nCgs * nRoles);
    this.workHours = new Float64Array(years * nCgs * nRoles);
    this.firstMinutes = new Float64Array(years * nCgs * nRoles);
    this.demandHours = new Float64Array(years * nCgs * nRoles * N_NEED);
    this.uncoveredHours = new Float64Array(years * nCgs * N_TIME_USES);
    this.supervisionDroppedHours = new Float64Array(years * nCgs);
    this.startWaiting = new Float64Array(nCgs * N_PRIORITIES);
    this.weeklyWaiting = new Float64Array(weeks * nCgs * N_PRIORITIES);
    this.weeksPerYear = new Float64Array(years);
    this.waitHistogram = new Float64Array(years * nCgs * WAIT_BINS);
    this.seenWaitHistogram = new Float64Array(years * nCgs * WAIT_BINS);
    this.diagnosisHistogram = new Float64Array(years * nCgs * DIAGNOSIS_BINS);
  }

  counterIndex(year: number, cgs: number, counter: number): number {
    return (year * this.nCgs + cgs) * COUNTERS.length + counter;
  }

  yearCgsRole(year: number, cgs: number, role: number): number {
    return (year * this.nCgs + cgs) * this.nRoles + role;
  }
}
