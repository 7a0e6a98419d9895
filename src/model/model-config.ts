import { camelCase } from '../scenario/naming.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { monthsToDays } from '../engine/time.js';
import { PSYCHOLOGY_ACCESS } from '../scenario/schema/geography.js';
import { ACTIVITIES, APPOINTMENT_KINDS, APPOINTMENT_MODES, CHANNELS, COMPLEXITIES, PRIORITIES, RESERVED_ACTIVITIES } from '../scenario/schema/primitives.js';
import { dateToDay, daysFromReferenceYear } from './calendar-dates.js';
import { compileClinics, type ClinicConfig } from './clinic-settings.js';
import type { AdoptionCurve } from './mainstreaming.js';
import { compileAccess, type AccessConfig } from './expected-need.js';

export { ACTIVITY, KIND, N_PRIORITIES } from './vocabulary.js';

export interface IndicationConfig {
  readonly id: string;
  readonly ratePer100kPerYear: number;
  readonly annualGrowthShare: number;
  /**
   * Days from 1 April of the year the rate and complex share refer to, to the run's day 0:
   * growth and complexity drift count from the calendar, not from the run's start.
   */
  readonly startDaysFromReference: number;
  /** Cumulative priority shares (order of PRIORITIES). */
  readonly priorityCumulative: Float64Array;
  /** Cumulative channel shares (order of CHANNELS). */
  readonly channelCumulative: Float64Array;
  readonly complexShareStart: number;
  readonly complexDriftPerYear: number;
  readonly complexShareMax: number;
  readonly triageClosedShare: number;
  readonly testShare: number;
  readonly testIndex: number;
  readonly yieldStandard: number;
  readonly yieldComplex: number;
  readonly psychologyNeedShare: number;
  /** True where need is assessed at the first appointment (pre-test counselling), else at results. */
  readonly psychologyAtFirst: boolean;
  readonly longTermShareComplex: number;
  readonly longTermReviewIntervalDays: number;
  /** Reviews in a full course of long-term management. */
  readonly longTermReviews: number;
  readonly longTermManagementYears: number;
  readonly cascadeReferralsPerDiagnosis: number;
  readonly mainstreaming: MainstreamingConfig | null;
}

export interface MainstreamingConfig extends AdoptionCurve {
  /** 1 for each channel (order of CHANNELS) whose standard, non-urgent cases may be mainstreamed. */
  readonly eligibleChannel: Uint8Array;
  readonly returnAsComplexShare: number;
  readonly returnDelayDays: number;
  readonly adviceGuidanceRequestsPerCase: number;
  readonly mdtMinutesPerCasePerAttendee: number;
  readonly jointClinicShare: number;
  readonly relativesToCgsShare: number;
  readonly trainingHoursPerCase: number;
  readonly trainingHoursPerCaseGained: number;
}

export interface StaffChange {
  readonly day: number;
  readonly fteChange: number;
}

/** The scenario compiled to flat numbers and indices for the hot loop; built once per run. */
export interface ModelConfig {
  readonly scenario: Scenario;
  readonly startYear: number;
  readonly years: number;
  readonly cgsIds: readonly string[];
  readonly cgsNetwork: Int32Array;
  readonly networkIds: readonly string[];
  readonly networkPooled: Uint8Array;
  readonly population: Float64Array;
  /** Index in PSYCHOLOGY_ACCESS (see PSYCHOLOGY in vocabulary.ts). */
  readonly psychologyAccess: Uint8Array;
  readonly roleIds: readonly string[];
  readonly roleHoursPerWeek: Float64Array;
  readonly roleLeaveShare: Float64Array;
  readonly roleCapacityFactor: Float64Array;
  readonly roleCostPerFte: Float64Array;
  readonly roleIsTrainee: Uint8Array;
  /** [role * RESERVED + k] share reserved for RESERVED_ACTIVITIES[k]. */
  readonly roleReserved: Float64Array;
  /** [role * RESERVED + k] 1 where that reserve is ring-fenced (kept idle when unused). */
  readonly roleRingFenced: Uint8Array;
  /** Staff of each role present for each case an MDT discusses. */
  readonly roleMdtAttendees: Float64Array;
  /** [cgs * roles + role] baseline FTE. */
  readonly baselineFte: Float64Array;
  /** Per cgs*roles+role, FTE changes over time sorted by day. */
  readonly staffChanges: readonly (readonly StaffChange[])[];
  /** Per activity, roles in order of preference. */
  readonly skillMix: readonly Int32Array[];
  /** Minutes by kindCell(kind, complex). */
  readonly durationMinutes: Float64Array;
  readonly adminMinutes: Float64Array;
  /** Cumulative mode shares and factors, in the order of APPOINTMENT_MODES. */
  readonly modeCumulative: Float64Array;
  readonly modeDurationFactor: Float64Array;
  readonly modeAdminFactor: Float64Array;
  readonly indications: readonly IndicationConfig[];
  readonly cascadeIndication: number;
  readonly testMeanDays: Float64Array;
  readonly testSdDays: Float64Array;
  readonly targetWaitWeeks: Float64Array;
  readonly seasonality: Float64Array;
  /** Duty advice-and-guidance requests per new referral, besides those per mainstreamed case. */
  readonly adviceGuidanceRequestsPerReferral: number;
  /** Need by age structure, acceptance criteria and reach per CGS and indication (expected-need.ts). */
  readonly access: AccessConfig;
  /** Where clinics are held: hub, satellite and virtual shares by week, staff travel and non-attendance (clinic-settings.ts). */
  readonly clinics: ClinicConfig;
}

export function compileModel(s: Scenario): ModelConfig {
  const included = s.geography.includeNetworks === 'all' ? Object.keys(s.geography.networks) : s.geography.includeNetworks;
  const networkIds = Object.keys(s.geography.networks).filter((n) => included.includes(n));
  const cgsIds = Object.keys(s.geography.cgs).filter((c) => networkIds.includes(s.geography.cgs[c]!.networkId)).sort();
  const roleIds = Object.keys(s.workforce.roles);
  const roles = roleIds.map((r) => s.workforce.roles[r]!);
  const testIds = Object.keys(s.tests);
  const indicationIds = Object.keys(s.demand.indications);
  const modeCumulative = cumulative(APPOINTMENT_MODES.map((m) => s.appointmentModes[m].share));
  return {
    scenario: s,
    startYear: s.run.startYear,
    years: s.run.years,
    cgsIds,
    cgsNetwork: Int32Array.from(cgsIds.map((c) => networkIds.indexOf(s.geography.cgs[c]!.networkId))),
    networkIds,
    networkPooled: Uint8Array.from(networkIds.map((n) => (s.geography.networks[n]!.poolWaitingList ? 1 : 0))),
    population: Float64Array.from(cgsIds.map((c) => s.geography.cgs[c]!.population)),
    psychologyAccess: Uint8Array.from(cgsIds.map((c) => PSYCHOLOGY_ACCESS.indexOf(s.geography.cgs[c]!.psychologyAccess))),
    roleIds,
    roleHoursPerWeek: Float64Array.from(roles.map((r) => r.hoursPerFtePerWeek)),
    roleLeaveShare: Float64Array.from(roles.map((r) => r.leaveAndAbsenceShare)),
    roleCapacityFactor: Float64Array.from(roles.map((r) => r.clinicalCapacityFactor)),
    roleCostPerFte: Float64Array.from(roles.map((r) => r.annualCostPerFteGbp)),
    roleIsTrainee: Uint8Array.from(roles.map((r) => (r.isTrainee ? 1 : 0))),
    roleReserved: Float64Array.from(roles.flatMap((r) => RESERVED_ACTIVITIES.map((a) => Number((r.jobPlan as Record<string, number | boolean>)[`${camelCase(a)}Share`] ?? 0)))),
    roleRingFenced: Uint8Array.from(roles.flatMap((r) => RESERVED_ACTIVITIES.map((a) => ((r.jobPlan as Record<string, unknown>)[`${camelCase(a)}RingFenced`] === true ? 1 : 0)))),
    roleMdtAttendees: Float64Array.from(roles.map((r) => r.mdtAttendeesPerCase)),
    baselineFte: Float64Array.from(cgsIds.flatMap((c) => roleIds.map((r) => s.workforce.staff[c]?.[r] ?? 0))),
    staffChanges: compileStaffChanges(s, cgsIds, roleIds),
    skillMix: ACTIVITIES.map((a) => Int32Array.from(skillMixOf(s, a).map((r) => roleIds.indexOf(r)))),
    durationMinutes: Float64Array.from(APPOINTMENT_KINDS.flatMap((k) => COMPLEXITIES.map((cx) => s.appointments[k][cx].durationMinutes))),
    adminMinutes: Float64Array.from(APPOINTMENT_KINDS.flatMap((k) => COMPLEXITIES.map((cx) => s.appointments[k][cx].adminMinutes))),
    modeCumulative,
    modeDurationFactor: Float64Array.from(APPOINTMENT_MODES.map((m) => s.appointmentModes[m].durationFactor)),
    modeAdminFactor: Float64Array.from(APPOINTMENT_MODES.map((m) => s.appointmentModes[m].adminFactor)),
    indications: indicationIds.map((id) => compileIndication(s, id, testIds)),
    cascadeIndication: indicationIds.indexOf(s.demand.cascadeIndication),
    testMeanDays: Float64Array.from(testIds.map((t) => s.tests[t]!.turnaroundDaysMean)),
    testSdDays: Float64Array.from(testIds.map((t) => s.tests[t]!.turnaroundDaysSd)),
    targetWaitWeeks: Float64Array.from(PRIORITIES.map((p) => s.demand.priorities[p].targetWaitWeeks)),
    seasonality: Float64Array.from(s.demand.seasonality ?? new Array(12).fill(1)),
    adviceGuidanceRequestsPerReferral: s.demand.adviceGuidanceRequestsPerReferral,
    access: compileAccess(s, cgsIds, indicationIds),
    clinics: compileClinics(s, cgsIds, modeCumulative),
  };
}

/** Roles for an activity; triage preparation falls back to the triage roles (whoever triages prepares) where a scenario does not list it. */
function skillMixOf(s: Scenario, activity: (typeof ACTIVITIES)[number]): readonly string[] {
  return s.workforce.skillMix[activity] ?? (activity === 'triage_preparation' ? s.workforce.skillMix.triage : undefined) ?? [];
}

function compileIndication(s: Scenario, id: string, testIds: string[]): IndicationConfig {
  const ind = s.demand.indications[id]!;
  const m = ind.mainstreaming;
  return {
    id,
    ratePer100kPerYear: ind.ratePer100kPerYear,
    annualGrowthShare: ind.annualGrowthShare,
    startDaysFromReference: daysFromReferenceYear(s.run.startYear, ind.referenceYear ?? s.run.startYear),
    priorityCumulative: cumulative(PRIORITIES.map((p) => ind.priorityMix[p])),
    channelCumulative: cumulative(CHANNELS.map((c) => ind.channelMix[c])),
    complexShareStart: ind.complexity.complexShareStart,
    complexDriftPerYear: ind.complexity.complexDriftPerYear,
    complexShareMax: ind.complexity.complexShareMax,
    triageClosedShare: ind.triageClosedShare,
    testShare: ind.testShare,
    testIndex: testIds.indexOf(ind.testType),
    yieldStandard: ind.diagnosticYieldStandard,
    yieldComplex: ind.diagnosticYieldComplex,
    psychologyNeedShare: ind.psychologyNeedShare,
    psychologyAtFirst: ind.psychologyAssessedAt === 'first_appointment',
    longTermShareComplex: ind.longTermManagementShareComplex,
    longTermReviewIntervalDays: monthsToDays(ind.longTermReviewIntervalMonths),
    longTermReviews: Math.max(1, Math.floor((ind.longTermManagementYears * 12) / ind.longTermReviewIntervalMonths)),
    longTermManagementYears: ind.longTermManagementYears,
    cascadeReferralsPerDiagnosis: ind.cascadeRelativesPerPositive * ind.cascadeUptakeShare,
    mainstreaming: m
      ? {
          startYear: m.startYear,
          midpointYear: m.midpointYear,
          ceilingShare: m.ceilingShare,
          eligibleChannel: Uint8Array.from(CHANNELS, (ch) => (m.eligibleChannels.includes(ch) ? 1 : 0)),
          returnAsComplexShare: m.returnAsComplexShare,
          returnDelayDays: m.returnDelayWeeks * 7,
          adviceGuidanceRequestsPerCase: m.adviceGuidanceRequestsPerCase,
          mdtMinutesPerCasePerAttendee: m.mdtMinutesPerCasePerAttendee,
          jointClinicShare: m.jointClinicShare,
          relativesToCgsShare: m.relativesToCgsShare,
          trainingHoursPerCase: m.trainingHoursPerCase,
          trainingHoursPerCaseGained: m.trainingHoursPerCaseGained,
        }
      : null,
  };
}

function compileStaffChanges(s: Scenario, cgsIds: readonly string[], roleIds: readonly string[]): StaffChange[][] {
  const changes: StaffChange[][] = Array.from({ length: cgsIds.length * roleIds.length }, () => []);
  for (const r of s.workforce.recruitment) {
    const day = dateToDay(r.fromDate, s.run.startYear);
    const role = roleIds.indexOf(r.role);
    const targets = r.cgsId !== undefined ? [r.cgsId] : cgsIds.filter((c) => s.geography.cgs[c]!.networkId === r.networkId);
    const population = targets.reduce((a, c) => a + s.geography.cgs[c]!.population, 0);
    for (const c of targets) {
      const ci = cgsIds.indexOf(c);
      if (ci < 0) continue; // A CGS outside this scenario's networks.
      const weight = targets.length === 1 ? 1 : s.geography.cgs[c]!.population / population;
      changes[ci * roleIds.length + role]!.push({ day, fteChange: r.fteChange * weight });
    }
  }
  for (const list of changes) list.sort((a, b) => a.day - b.day);
  return changes;
}

function cumulative(shares: number[]): Float64Array {
  const out = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((x, i) => (out[i] = sum += x));
  out[shares.length - 1] = 1; // Guards against rounding: the last category catches everything.
  return out;
}
