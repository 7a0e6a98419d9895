import { z } from 'zod';

/** A fraction of a whole, 0 to 1 inclusive. */
export const share = (description: string) =>
  z.number({ error: 'expected a number (a share between 0 and 1)' }).min(0, 'expected a share >= 0').max(1, 'expected a share <= 1').describe(description);

/**
 * Upper bound of any quantity without a tighter one of its own: far above every real figure, and
 * small enough that sums and products over a run stay finite (no Infinity reaches a results file).
 */
export const MAX_QUANTITY = 1e9;

export const nonNegative = (description: string, max = MAX_QUANTITY) =>
  z.number({ error: 'expected a number >= 0' }).min(0, 'expected a number >= 0').max(max, `expected a number <= ${max.toLocaleString('en-GB')}`).describe(description);

export const positive = (description: string, max = MAX_QUANTITY) =>
  z.number({ error: 'expected a number > 0' }).gt(0, 'expected a number > 0').max(max, `expected a number <= ${max.toLocaleString('en-GB')}`).describe(description);

/** A number in [min, max], for quantities with a floor other than 0. */
export const between = (description: string, min: number, max: number) =>
  z.number({ error: `expected a number from ${min} to ${max}` })
    .min(min, `expected a number >= ${min.toLocaleString('en-GB')}`).max(max, `expected a number <= ${max.toLocaleString('en-GB')}`).describe(description);

/** A record with at most `max` entries: the model indexes CGSs, networks, roles and indications with bytes. */
export const boundedRecord = <T extends z.ZodType>(value: T, max: number, what: string) =>
  z.record(z.string().max(MAX_ID_CHARS, `expected an id of at most ${MAX_ID_CHARS} characters`), value)
    .refine((r) => Object.keys(r).length <= max, `expected at most ${max} ${what}`);

/** Ids and labels are names, not documents. */
export const MAX_ID_CHARS = 100;
export const MAX_TEXT_CHARS = 10_000;
/** A short text: a name or label. */
export const text = () => z.string().max(MAX_TEXT_CHARS, `expected at most ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters`);

export const identifier = (description: string) =>
  z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected an identifier (letters, digits, underscores)').describe(description);

/** A citation, or "illustrative assumption: <reasoning>". */
export const source = z.string().max(MAX_TEXT_CHARS, `expected at most ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters`).min(1, 'expected a citation or "illustrative assumption: ..."').describe('Where the figure comes from: a citation, or "illustrative assumption: <reasoning>".');

export const PRIORITIES = ['urgent', 'soon', 'routine'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const priorityEnum = z.enum(PRIORITIES);

export const COMPLEXITIES = ['standard', 'complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

export const APPOINTMENT_MODES = ['face_to_face', 'video', 'telephone'] as const;
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number];

export const CHANNELS = ['gp', 'mainstream_specialty', 'self_referral'] as const;

/** Work a CGS does; the skill-mix table says which roles may do each, in order of preference. */
export const ACTIVITIES = [
  'triage', 'triage_preparation', 'family_history', 'first_standard', 'first_complex', 'results', 'follow_up', 'review',
  'advice_guidance', 'mdt', 'training_mainstream', 'joint_clinic', 'psychology_session',
] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const activityEnum = z.enum(ACTIVITIES);

/** Appointment and work item types with a duration. */
export const APPOINTMENT_KINDS = [
  'triage', 'family_history', 'first', 'results', 'follow_up', 'review',
  'advice_guidance', 'mdt', 'joint_clinic', 'psychology_session',
] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** Where staff hours go, as reported in staff_time.csv. */
export const TIME_USES = [
  'clinic', 'admin', 'triage', 'mdt', 'training_mainstream', 'advice_guidance', 'supervision', 'research', 'travel', 'other',
] as const;
export type TimeUse = (typeof TIME_USES)[number];

/** Job-plan activities that reserve a share of hours before the rest becomes clinic capacity. */
export const RESERVED_ACTIVITIES = ['mdt', 'training_mainstream', 'advice_guidance', 'supervision', 'research', 'admin'] as const;
export type ReservedActivity = (typeof RESERVED_ACTIVITIES)[number];

/**
 * Reserved activities whose volume comes from demand (work arriving): the work uses the
 * reserve, and what it leaves unused returns to clinics unless the job plan ring-fences it.
 * Research and non-appointment admin are planned time, used as planned.
 */
export const DEMAND_DRIVEN_ACTIVITIES = ['mdt', 'training_mainstream', 'advice_guidance', 'supervision'] as const satisfies readonly ReservedActivity[];

/** A date as YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'expected a real calendar date');
