import { ScenarioError } from '../errors.js';
import { CHANNELS, DEMAND_DRIVEN_ACTIVITIES, RESERVED_ACTIVITIES } from '../schema/primitives.js';
import { AssumptionBuilder, camelCase } from './assumption-builder.js';
import { num, readCsv, type CsvRow } from './read-csv.js';

type FileOf = (name: string) => string;

/** Reserved activities whose unused time can be ring-fenced (the demand-driven ones). */
const RING_FENCEABLE: ReadonlySet<string> = new Set(DEMAND_DRIVEN_ACTIVITIES);

/**
 * Job plans (reserved shares and whether unused demand-driven time is ring-fenced) and who
 * attends MDTs, from job_plans.csv and mdt_attendance.csv. Roles come from roles.csv first.
 */
export async function loadJobPlanDefaults(b: AssumptionBuilder, file: FileOf, roleIds: readonly string[]): Promise<void> {
  for (const role of roleIds) {
    for (const k of RESERVED_ACTIVITIES) b.put(['workforce', 'roles', role, 'jobPlan', `${camelCase(k)}Share`], 0, '', '');
    b.put(['workforce', 'roles', role, 'mdtAttendeesPerCase'], 0, '', '');
  }
  let f = file('job_plans.csv');
  (await readCsv(f, ['role', 'activity', 'share_of_hours', 'ring_fenced', 'source'])).forEach((r, i) => {
    const base = ['workforce', 'roles', r.role!, 'jobPlan'];
    b.put([...base, `${camelCase(r.activity!)}Share`], num(r, 'share_of_hours', f, i), 'share of available hours', r.source!);
    const fenced = flag(r, 'ring_fenced', f, i);
    if (RING_FENCEABLE.has(r.activity!)) b.put([...base, `${camelCase(r.activity!)}RingFenced`], fenced, 'ring-fenced (unused time stays idle)', r.source!);
    else if (fenced) throw new ScenarioError([{ file: f, path: `row ${i + 2}, column ring_fenced`, message: `only ${[...RING_FENCEABLE].join(', ')} time can be ring-fenced`, received: r.ring_fenced }]);
  });
  f = file('mdt_attendance.csv');
  (await readCsv(f, ['role', 'attendees_per_case', 'source'])).forEach((r, i) =>
    b.put(['workforce', 'roles', r.role!, 'mdtAttendeesPerCase'], num(r, 'attendees_per_case', f, i), 'staff of the role per case discussed', r.source!));
}

const M_COLUMNS: readonly (readonly [string, string, string])[] = [
  ['start_year', 'startYear', 'financial year'], ['midpoint_year', 'midpointYear', 'financial year'],
  ['ceiling_share', 'ceilingShare', 'share of eligible cases'], ['return_as_complex_share', 'returnAsComplexShare', 'share'],
  ['advice_guidance_requests_per_case', 'adviceGuidanceRequestsPerCase', 'requests per case'],
  ['mdt_minutes_per_case_per_attendee', 'mdtMinutesPerCasePerAttendee', 'minutes per case per attendee'],
  ['joint_clinic_share', 'jointClinicShare', 'share'], ['relatives_to_cgs_share', 'relativesToCgsShare', 'share of cascade relatives'], ['training_hours_per_case', 'trainingHoursPerCase', 'hours per mainstreamed case'],
  ['training_hours_per_case_gained', 'trainingHoursPerCaseGained', 'hours per extra case a year taken on'],
];

/** Adoption of mainstream testing by indication, from mainstreaming.csv. */
export async function loadMainstreamingDefaults(b: AssumptionBuilder, file: FileOf): Promise<void> {
  const f = file('mainstreaming.csv');
  (await readCsv(f, ['indication', 'eligible_channels', 'source', ...M_COLUMNS.map((c) => c[0])])).forEach((r, i) => {
    const base = ['demand', 'indications', r.indication!, 'mainstreaming'];
    for (const [col, key, unit] of M_COLUMNS) b.put([...base, key], num(r, col, f, i), unit, r.source!);
    b.put([...base, 'eligibleChannels'], channels(r, f, i), 'referral channels', r.source!);
    b.put([...base, 'returnDelayWeeks'], 26, 'weeks', 'illustrative assumption: a mainstreamed case found to be complex returns about six months later');
  });
}

/** Duty advice and guidance not tied to mainstreamed cases, from advice_guidance.csv. */
export async function loadAdviceDefaults(b: AssumptionBuilder, file: FileOf): Promise<void> {
  const f = file('advice_guidance.csv');
  (await readCsv(f, ['parameter', 'value', 'unit', 'source'])).forEach((r, i) => {
    if (r.parameter !== 'advice_guidance_requests_per_referral') {
      throw new ScenarioError([{ file: f, path: `row ${i + 2}, column parameter`, message: 'expected advice_guidance_requests_per_referral', received: r.parameter }]);
    }
    b.put(['demand', 'adviceGuidanceRequestsPerReferral'], num(r, 'value', f, i), r.unit!, r.source!);
  });
}

/** `mainstream_specialty;gp`: channels separated by semicolons. */
function channels(r: CsvRow, file: string, i: number): string[] {
  const list = (r.eligible_channels ?? '').split(';').map((x) => x.trim()).filter((x) => x !== '');
  const bad = list.filter((x) => !(CHANNELS as readonly string[]).includes(x));
  if (list.length === 0 || bad.length > 0) {
    throw new ScenarioError([{ file, path: `row ${i + 2}, column eligible_channels`, message: `expected channels from ${CHANNELS.join(', ')} separated by ';'`, received: r.eligible_channels }]);
  }
  return list;
}

function flag(r: CsvRow, column: string, file: string, i: number): boolean {
  const v = (r[column] ?? '').toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  throw new ScenarioError([{ file, path: `row ${i + 2}, column ${column}`, message: 'expected true or false', received: r[column] }]);
}
