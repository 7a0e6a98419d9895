import { z } from 'zod';
import { activityEnum, identifier, isoDate, nonNegative, positive, share, source } from './primitives.js';

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
  label: z.string(),
  hoursPerFtePerWeek: positive('Contracted hours of one FTE per week (consultants 10 PAs = 40 h; Agenda for Change 37.5 h).'),
  leaveAndAbsenceShare: share('Share of contracted hours lost to annual leave, bank holidays, study leave and sickness.'),
  clinicalCapacityFactor: share('Productivity of clinic time (1 for qualified staff; below 1 for trainees, the rest being learning time).'),
  annualCostPerFteGbp: nonNegative('Annual cost of one FTE, salary plus on-costs, GBP.'),
  jobPlan: jobPlanSchema.describe('Shares of available hours reserved before the rest becomes clinic capacity.'),
  isTrainee: z.boolean().default(false).describe('Trainees need supervision (see pathway.supervisionHoursPerTraineeFtePerWeek).'),
  mdtAttendeesPerCase: nonNegative('Staff of this role present for each case an MDT discusses; each attendee spends the case\'s MDT minutes.').default(0),
  source: source.optional(),
});

export const recruitmentSchema = z.strictObject({
  role: identifier('Role recruited (a key of roles).'),
  cgsId: z.string().optional().describe('CGS receiving the staff; omit and give networkId to share across a network by population.'),
  networkId: z.string().optional().describe('Network whose CGSs share the FTE in proportion to population.'),
  fteChange: z.number().refine(Number.isFinite, 'expected a finite number').describe('FTE added (negative: removed) from the date on.'),
  fromDate: isoDate.describe('Date the change takes effect, YYYY-MM-DD.'),
  label: z.string().optional(),
});

export const skillMixSchema = z
  .partialRecord(activityEnum, z.array(identifier('Role')).min(1, 'expected at least one role'))
  .describe('For each activity, the roles that may do it in order of preference: the first with free time does it.');

export const workforceSchema = z.strictObject({
  roles: z.record(z.string(), roleSchema).describe('Staff roles, keyed by role id.'),
  staff: z.record(z.string(), z.record(z.string(), nonNegative('FTE'))).describe('Baseline FTE by CGS id and role id (fte).'),
  recruitment: z.array(recruitmentSchema).default([]).describe('Staffing changes over time.'),
  skillMix: skillMixSchema,
});

export type RoleSpec = z.infer<typeof roleSchema>;
export type RecruitmentSpec = z.infer<typeof recruitmentSchema>;
export type WorkforceSpec = z.infer<typeof workforceSchema>;
