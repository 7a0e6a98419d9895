import { z } from 'zod';
import { APPOINTMENT_KINDS, nonNegative, positive, share, source } from './primitives.js';

/** Longest delay in weeks any pathway step may have: ten years. */
const MAX_WEEKS = 520;
/** Largest factor on durations and admin time. */
const MAX_FACTOR = 10;
/**
 * Longest appointment or admin time, minutes, and laboratory turnaround, days: far beyond real ones
 * (an appointment longer than a week's clinic time never fits, a result after a century never
 * returns), which tests use to block a clinic or hold results, yet small enough to keep sums finite.
 */
const MAX_MINUTES = 1_000_000;
const MAX_TURNAROUND_DAYS = 36_500;

export const durationSchema = z.strictObject({
  durationMinutes: nonNegative('Patient-facing minutes.', MAX_MINUTES),
  adminMinutes: nonNegative('Preparation, letters and other admin minutes per appointment.', MAX_MINUTES),
});

export const appointmentSchema = z.strictObject({
  standard: durationSchema,
  complex: durationSchema,
  source: source.optional(),
});

export const appointmentsSchema = z.strictObject(
  Object.fromEntries(APPOINTMENT_KINDS.map((k) => [k, appointmentSchema])) as Record<(typeof APPOINTMENT_KINDS)[number], typeof appointmentSchema>,
);

export const appointmentModeSchema = z.strictObject({
  share: share('Share of appointments in this mode.'),
  durationFactor: positive('Multiplier on the appointment duration in this mode.', MAX_FACTOR),
  adminFactor: positive('Multiplier on the admin minutes in this mode.', MAX_FACTOR),
  source: source.optional(),
});

export const appointmentModesSchema = z
  .strictObject({ face_to_face: appointmentModeSchema, video: appointmentModeSchema, telephone: appointmentModeSchema })
  .refine((m) => Math.abs(m.face_to_face.share + m.video.share + m.telephone.share - 1) < 1e-6, {
    message: 'expected the appointment mode shares to sum to 1',
  });

export const testSchema = z.strictObject({
  turnaroundDaysMean: positive('Mean laboratory turnaround, days (a delay, not CGS staff time).', MAX_TURNAROUND_DAYS),
  turnaroundDaysSd: nonNegative('Standard deviation of the turnaround, days (lognormal).', MAX_TURNAROUND_DAYS),
  source: source.optional(),
});

export const pathwaySchema = z.strictObject({
  triageDays: nonNegative('Days from referral to triage; untriaged referrals cannot be booked.', 365),
  familyHistoryWeeks: nonNegative('Weeks of elapsed time for family-history preparation (questionnaire returned, diagnoses confirmed) after triage, before a patient who needs it can be booked.', MAX_WEEKS).default(0),
  bookingLeadWeeks: nonNegative('Weeks ahead that clinics are booked: a soon or routine patient ready to book is seen this many weeks later at the earliest (urgent patients take slots held back for short notice).', MAX_WEEKS).default(0),
  slotUtilisationShare: share('Share of clinic time that ends as an attended or DNA appointment; the rest is lost to short-notice cancellations and slots that could not be filled.').default(1),
  notBookedShare: share('Share of accepted referrals who never book (decline).'),
  dnaShare: share('Share of booked appointments not attended.'),
  dnaRebookShare: share('Share of did-not-attends rebooked (once); the rest are discharged.'),
  followUpShareStandard: share('Share of standard patients without a test who need a follow-up appointment.'),
  followUpShareComplex: share('Share of complex patients without a test who need a follow-up appointment.'),
  followUpDelayWeeks: nonNegative('Weeks from first appointment to a follow-up.', MAX_WEEKS).default(8),
  mdtShareComplex: share('Share of complex cases discussed at MDT/GTAB before results.'),
  psychologySessionsPerReferral: positive('Clinical psychology sessions per patient referred.', 100),
  localMentalHealthWaitWeeks: nonNegative('Mean standing wait for local mental-health psychology, weeks: the time from referral to a first session when local services have places to spare (outside CGS capacity).', MAX_WEEKS),
  localMentalHealthPlacesPer100kPerYear: nonNegative('Psychology courses local mental-health services can start each year for CGS patients, per 100,000 population; when referrals exceed it the wait grows beyond the standing wait. Absent means no limit.', 100_000).optional(),
  cascadeDelayWeeks: nonNegative('Mean weeks from a diagnosis to a relative\'s referral.', MAX_WEEKS),
  supervisionHoursPerTraineeFtePerWeek: nonNegative('Hours of supervision each trainee FTE needs per week.', 168).default(3),
  familyHistoryShare: share('Share of accepted referrals needing family-history preparation before the first appointment.').default(0.5),
  source: source.optional(),
});

export type AppointmentsSpec = z.infer<typeof appointmentsSchema>;
export type PathwaySpec = z.infer<typeof pathwaySchema>;
export type TestSpec = z.infer<typeof testSchema>;
export type AppointmentModesSpec = z.infer<typeof appointmentModesSchema>;
