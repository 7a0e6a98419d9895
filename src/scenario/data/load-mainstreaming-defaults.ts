import { DEMAND_DRIVEN_ACTIVITIES, RESERVED_ACTIVITIES } from '../schema/primitives.js';
import { AssumptionBuilder, camelCase } from './assumption-builder.js';
import type { Row, RowsOf } from './load-defaults.js';
import { parseDecimal } from './table-spec.js';

/** A number cell of a checked row (its type and range are checked by default-table-specs.ts). */
const num = (r: Row, column: string): number => parseDecimal(r[column]!);

/**
 * Job plans (reserved shares and whether unused demand-driven time is ring-fenced) and who
 * attends MDTs, from job_plans.csv and mdt_attendance.csv. Roles come from roles.csv first.
 * Which activities may be ring-fenced is checked with the table (default-table-specs.ts).
 */
export function loadJobPlanDefaults(b: AssumptionBuilder, rowsOf: RowsOf, roleIds: readonly string[]): void {
  for (const role of roleIds) {
    for (const k of RESERVED_ACTIVITIES) b.put(['workforce', 'roles', role, 'jobPlan', `${camelCase(k)}Share`], 0, '', '');
    b.put(['workforce', 'roles', role, 'mdtAttendeesPerCase'], 0, '', '');
  }
  rowsOf('job_plans.csv').forEach((r) => {
    const base = ['workforce', 'roles', r.role!, 'jobPlan'];
    b.put([...base, `${camelCase(r.activity!)}Share`], num(r, 'share_of_hours'), 'share of available hours', r.source!);
    if (RING_FENCEABLE.has(r.activity!)) b.put([...base, `${camelCase(r.activity!)}RingFenced`], r.ring_fenced === 'true', 'ring-fenced (unused time stays idle)', r.source!);
  });
  rowsOf('mdt_attendance.csv').forEach((r) =>
    b.put(['workforce', 'roles', r.role!, 'mdtAttendeesPerCase'], num(r, 'attendees_per_case'), 'staff of the role per case discussed', r.source!));
}

/** Reserved activities whose unused time can be ring-fenced (the demand-driven ones). */
export const RING_FENCEABLE: ReadonlySet<string> = new Set(DEMAND_DRIVEN_ACTIVITIES);

const M_COLUMNS: readonly (readonly [string, string, string])[] = [
  ['start_year', 'startYear', 'financial year'], ['midpoint_year', 'midpointYear', 'financial year'],
  ['ceiling_share', 'ceilingShare', 'share of eligible cases'], ['return_as_complex_share', 'returnAsComplexShare', 'share'],
  ['advice_guidance_requests_per_case', 'adviceGuidanceRequestsPerCase', 'requests per case'],
  ['mdt_minutes_per_case_per_attendee', 'mdtMinutesPerCasePerAttendee', 'minutes per case per attendee'],
  ['joint_clinic_share', 'jointClinicShare', 'share'], ['relatives_to_cgs_share', 'relativesToCgsShare', 'share of cascade relatives'], ['training_hours_per_case', 'trainingHoursPerCase', 'hours per mainstreamed case'],
  ['training_hours_per_case_gained', 'trainingHoursPerCaseGained', 'hours per extra case a year taken on'],
];

/** Adoption of mainstream testing by indication, from mainstreaming.csv. */
export function loadMainstreamingDefaults(b: AssumptionBuilder, rowsOf: RowsOf): void {
  rowsOf('mainstreaming.csv').forEach((r) => {
    const base = ['demand', 'indications', r.indication!, 'mainstreaming'];
    for (const [col, key, unit] of M_COLUMNS) b.put([...base, key], num(r, col), unit, r.source!);
    b.put([...base, 'eligibleChannels'], channelList(r.eligible_channels!), 'referral channels', r.source!);
    b.put([...base, 'returnDelayWeeks'], 26, 'weeks', 'illustrative assumption: a mainstreamed case found to be complex returns about six months later');
  });
}

/** Duty advice and guidance not tied to mainstreamed cases, from advice_guidance.csv. */
export function loadAdviceDefaults(b: AssumptionBuilder, rowsOf: RowsOf): void {
  rowsOf('advice_guidance.csv').forEach((r) =>
    b.put(['demand', 'adviceGuidanceRequestsPerReferral'], num(r, 'value'), r.unit!, r.source!));
}

/** `mainstream_specialty;gp`: channels separated by semicolons (checked by the table spec). */
export function channelList(cell: string): string[] {
  return cell.split(';').map((x) => x.trim()).filter((x) => x !== '');
}
