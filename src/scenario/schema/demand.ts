import { z } from 'zod';
import { demandShockSchema } from './demand-shocks.js';
import { CHANNELS, nonNegative, positive, share, source } from './primitives.js';

const shareMix = <K extends string>(keys: readonly K[], what: string) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, share(`Share of ${what} that is ${k}.`)])) as Record<K, ReturnType<typeof share>>)
    .refine((mix) => Math.abs(Object.values<number>(mix as Record<string, number>).reduce((a, b) => a + b, 0) - 1) < 1e-6, {
      message: `expected the ${what} shares to sum to 1`,
    });

/** Where psychological need is assessed, by indication. */
export const PSYCHOLOGY_ASSESSED_AT = ['first_appointment', 'results'] as const;

export const priorityMixSchema = shareMix(['urgent', 'soon', 'routine'] as const, 'referrals');
export const channelMixSchema = shareMix(['gp', 'mainstream_specialty', 'self_referral'] as const, 'referrals');

export const mainstreamingSchema = z.strictObject({
  startYear: z.number().int().describe('First (financial) year in which mainstream clinicians take cases; none before.'),
  midpointYear: z.number().describe('Year at which half of the ceiling is reached.'),
  ceilingShare: share('Share of eligible cases (standard complexity, not urgent, from an eligible channel) eventually handled by mainstream clinicians instead of the CGS.'),
  eligibleChannels: z.array(z.enum(CHANNELS)).min(1, 'expected at least one channel').default(['mainstream_specialty'])
    .describe('Referral channels whose standard, non-urgent cases mainstream clinicians may take on; urgent and complex cases always go to the CGS.'),
  returnAsComplexShare: share('Share of mainstreamed cases later referred to the CGS as complex.'),
  returnDelayWeeks: nonNegative('Mean delay before a mainstreamed case returns as a complex referral, weeks.').default(26),
  adviceGuidanceRequestsPerCase: nonNegative('Advice-and-guidance requests to CGS staff per mainstreamed case (minutes per request: appointments.advice_guidance.standard).'),
  mdtMinutesPerCasePerAttendee: nonNegative('MDT minutes per mainstreamed case for each CGS attendee (attendees: workforce.roles.<id>.mdtAttendeesPerCase).'),
  jointClinicShare: share('Share of mainstreamed cases seen in a joint clinic with CGS staff.'),
  relativesToCgsShare: share('Share of the cascade relatives of a mainstream diagnosis who are referred to the CGS (the rest are tested by the mainstream service, e.g. FH cascade services).').default(1),
  trainingHoursPerCase: nonNegative('CGS hours teaching and supporting mainstream clinicians per mainstreamed case, to maintain their skills.').default(0),
  trainingHoursPerCaseGained: nonNegative('CGS hours training mainstream clinicians for each extra case a year they become able to take on, spent while adoption rises.').default(0),
  source: source.optional(),
});

export const complexitySchema = z.strictObject({
  complexShareStart: share('Share of referrals that are complex in the reference year, before mainstreaming takes standard cases away.'),
  complexDriftPerYear: z.number().min(-1).max(1).describe('Absolute change of the complex share per year (0.02 = +2 points a year).'),
  complexShareMax: share('Upper limit of the complex share.').default(0.9),
});

export const indicationSchema = z.strictObject({
  label: z.string(),
  ratePer100kPerYear: nonNegative('Referrals per 100,000 population per year in the reference year (before mainstreaming).'),
  annualGrowthShare: z.number().gt(-1).describe('Growth of the referral rate per year, compounded from the reference year (0.05 = +5% a year).'),
  referenceYear: z.number().int().min(2000).max(2100).optional()
    .describe('Financial year the rate and the complex share refer to; growth and complexity drift count from 1 April of it, so runs starting in different years see the same calendar year alike. Absent means run.startYear.'),
  priorityMix: priorityMixSchema,
  channelMix: channelMixSchema,
  complexity: complexitySchema,
  triageClosedShare: share('Share closed by letter or redirected at triage.'),
  testShare: share('Share of first appointments that send a genomic test to the laboratory hub.'),
  testType: z.string().describe('Test type (a key of tests) deciding the turnaround.'),
  diagnosticYieldStandard: share('Share of standard cases with a results appointment that end in a diagnosis.'),
  diagnosticYieldComplex: share('Share of complex cases with a results appointment that end in a diagnosis.'),
  psychologyNeedShare: share('Share of patients seen who need clinical psychology.'),
  psychologyAssessedAt: z.enum(PSYCHOLOGY_ASSESSED_AT).default('results')
    .describe('Where psychological need arises and is assessed: at the first appointment (pre-test counselling, as in predictive testing) or at the results appointment (patients without a test are assessed at their first appointment either way).'),
  longTermManagementShareComplex: share('Share of complex patients kept under long-term management (periodic reviews); 0 for conditions that need none.'),
  longTermReviewIntervalMonths: positive('Months between long-term management reviews for this indication.').default(12),
  longTermManagementYears: positive('Years a patient of this indication stays under long-term management.').default(5),
  cascadeRelativesPerPositive: nonNegative('At-risk relatives per diagnosis offered cascade testing.'),
  cascadeUptakeShare: share('Share of relatives offered cascade testing who are referred.'),
  mainstreaming: mainstreamingSchema.optional().describe('Adoption of mainstream testing for this indication; absent means none.'),
  source: source.optional(),
});

export const prioritySchema = z.strictObject({
  targetWaitWeeks: positive('Target wait from referral to first appointment, weeks.'),
  source: source.optional(),
});

export const demandSchema = z.strictObject({
  indications: z.record(z.string(), indicationSchema).describe('Referral streams by clinical indication, keyed by indication id.'),
  priorities: z.strictObject({ urgent: prioritySchema, soon: prioritySchema, routine: prioritySchema }).describe('Target waits by priority.'),
  seasonality: z.array(positive('Referral factor for the month')).length(12, 'expected 12 monthly factors, January first').optional()
    .describe('Monthly referral factors, January first (mean 1); absent means none.'),
  cascadeIndication: z.string().default('predictive_testing').describe('Indication of relatives referred by cascade testing.'),
  adviceGuidanceRequestsPerReferral: nonNegative('Advice-and-guidance requests to CGS staff (duty advice to GPs, specialists and families) per new referral of any kind, besides those per mainstreamed case.').default(0),
  shocks: z.array(demandShockSchema).default([]).describe('Dated multipliers on an indication\'s referral rate (a media surge, a new test directory entry); shocks on one indication that overlap multiply.'),
});

export type IndicationSpec = z.infer<typeof indicationSchema>;
export type DemandSpec = z.infer<typeof demandSchema>;
