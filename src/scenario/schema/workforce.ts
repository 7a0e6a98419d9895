import { z } from 'zod';
import { activityEnum, between, boundedRecord, identifier, isoDate, nonNegative, positive, share, source, text } from './primitives.js';

/** Most FTE of one role in one CGS, or added or removed by one recruitment step: the largest CGSs have tens. */
export const MAX_FTE = 10_000;
/** Roles are indexed with bytes in the model. */
export const MAX_ROLES = 250;

/** Demand-driven reserved time is used by the work that arrives; this flag keeps what is left idle. */
function ringFenced(what: string) {
  return z.boolean().default(false).describe(
    `true: ${what} time nobody used in a week stays reserved and is reported as reserved but unused; false: it returns to clinic time that week.`);
}

export const jobPlanSchema = z.strictObject({
  mdtShare: share('Share of available hours reserved for MDT and GTAB meetings.'),
  trainingMainstreamShare: share('Share reserved for teaching and training mainstream clinicians.'),
  adviceGuidanceShare: share('Share reserved for advice and guidance to mainstream colleagues.'),
  supervisionShare: share('Share reserved for supervising trainees.'),
  researchShare: share('Share reserved for research, CPD and other supporting activities.'),
  adminShare: share('Share reserved for non-appointment administration (appointment letters are in appointments.*.adminMinutes).'),
  mdtRingFenced: ringFenced('MDT'),
  trainingMainstreamRingFenced: ringFenced('training mainstream clinicians'),
  adviceGuidanceRingFenced: ringFenced('advice and guidance'),
  supervisionRingFenced: ringFenced('supervision'),
});

export const roleSchema = z.strictObject({
  label: text(),
  hoursPerFtePerWeek: positive('Contracted hours of one FTE per week (consultants 10 PAs = 40 h; Agenda for Change 37.5 h).', 168),
  // Below 1: staff absent all the time have no hours, and the FTE needed for any work is undefined.
  leaveAndAbsenceShare: share('Share of contracted hours lost to annual leave, bank holidays, study leave and sickness.').lt(1, 'expected a share < 1'),
  // Above 0: the FTE a role needs is its work divided by its productivity.
  clinicalCapacityFactor: share('Productivity of clinic time (1 for qualified staff; below 1 for trainees, the rest being learning time).').gt(0, 'expected a share > 0'),
  annualCostPerFteGbp: nonNegative('Annual cost of one FTE, salary plus on-costs, GBP.', 10_000_000),
  jobPlan: jobPlanSchema.describe('Shares of available hours reserved before the rest becomes clinic capacity.'),
  isTrainee: z.boolean().default(false).describe('Trainees need supervision (see pathway.supervisionHoursPerTraineeFtePerWeek).'),
  mdtAttendeesPerCase: nonNegative('Staff of this role present for each case an MDT discusses; each attendee spends the case\'s MDT minutes.').default(0),
  source: source.optional(),
});

export const recruitmentSchema = z.strictObject({
  role: identifier('Role recruited (a key of roles).'),
  cgsId: text().optional().describe('CGS receiving the staff; omit and give networkId to share across a network by population.'),
  networkId: text().optional().describe('Network whose CGSs share the FTE in proportion to population.'),
  fteChange: between('', -MAX_FTE, MAX_FTE).describe('FTE added (negative: removed) from the date on.'),
  fromDate: isoDate.describe('Date the change takes effect, YYYY-MM-DD.'),
  label: text().optional(),
});

export const skillMixSchema = z
  .partialRecord(activityEnum, z.array(identifier('Role')).min(1, 'expected at least one role'))
  .describe('For each activity, the roles that may do it in order of preference: the first with free time does it.');

export const workforceSchema = z.strictObject({
  roles: boundedRecord(roleSchema, MAX_ROLES, 'roles').describe('Staff roles, keyed by role id.'),
  staff: z.record(z.string(), z.record(z.string(), nonNegative('FTE', MAX_FTE))).describe('Baseline FTE by CGS id and role id (fte).'),
  recruitment: z.array(recruitmentSchema).max(10_000, 'expected at most 10,000 staffing changes').default([]).describe('Staffing changes over time.'),
  skillMix: skillMixSchema,
});

export type RoleSpec = z.infer<typeof roleSchema>;
export type RecruitmentSpec = z.infer<typeof recruitmentSchema>;
export type WorkforceSpec = z.infer<typeof workforceSchema>;
