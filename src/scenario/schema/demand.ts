import { z } from 'zod';
import { demandShockSchema } from './demand-shocks.js';
import { between, boundedRecord, CHANNELS, nonNegative, positive, share, source, text } from './primitives.js';

/** Indications are indexed with bytes in the model. */
export const MAX_INDICATIONS = 250;

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
  startYear: z.number().int().min(2000).max(2100).describe('First (financial) year in which mainstream clinicians take cases; none before.'),
  midpointYear: between('', 2000, 2100).describe('Year at which half of the ceiling is reached.'),
  ceilingShare: share('Share of eligible cases (standard complexity, not urgent, from an eligible channel) eventually handled by mainstream clinicians instead of the CGS.'),
  eligibleChannels: z.array(z.enum(CHANNELS)).min(1, 'expected at least one channel').default(['mainstream_specialty'])
    .describe('Referral channels whose standard, non-urgent cases mainstream clinicians may take on; urgent and complex cases always go to the CGS.'),
  returnAsComplexShare: share('Share of mainstreamed cases later referred to the CGS as complex.'),
  returnDelayWeeks: nonNegative('Mean delay before a mainstreamed case returns as a complex referral, weeks.', 520).default(26),
  adviceGuidanceRequestsPerCase: nonNegative('Advice-and-guidance requests to CGS staff per mainstreamed case (minutes per request: appointments.advice_guidance.standard).', 100),
  mdtMinutesPerCasePerAttendee: nonNegative('MDT minutes per mainstreamed case for each CGS attendee (attendees: workforce.roles.<id>.mdtAttendeesPerCase).', 1440),
  jointClinicShare: share('Share of mainstreamed cases seen in a joint clinic with CGS staff.'),
  relativesToCgsShare: share('Share of the cascade relatives of a mainstream diagnosis who are referred to the CGS (the rest are tested by the mainstream service, e.g. FH cascade services).').default(1),
  trainingHoursPerCase: nonNegative('CGS hours teaching and supporting mainstream clinicians per mainstreamed case, to maintain their skills.', 1000).default(0),
  trainingHoursPerCaseGained: nonNegative('CGS hours training mainstream clinicians for each extra case a year they become able to take on, spent while adoption rises.', 1000).default(0),
  source: source.optional(),
});

export const complexitySchema = z.strictObject({
  complexShareStart: share('Share of referrals that are complex in the reference year, before mainstreaming takes standard cases away.'),
  complexDriftPerYear: z.number().min(-1).max(1).describe('Absolute change of the complex share per year (0.02 = +2 points a year).'),
  complexShareMax: share('Upper limit of the complex share.').default(0.9),
});

export const indicationSchema = z.strictObject({
  label: text(),
  ratePer100kPerYear: nonNegative('Referrals per 100,000 population per year in the reference year (before mainstreaming).', 100_000),
  annualGrowthShare: z.number().gt(-1, 'expected a number > -1').max(1, 'expected a number <= 1 (doubling each year)').describe('Growth of the referral rate per year, compounded from the reference year (0.05 = +5% a year).'),
  referenceYear: z.number().int().min(2000).max(2100).optional()
    .describe('Financial year the rate and the complex share refer to; growth and complexity drift count from 1 April of it, so runs starting in different years see the same calendar year alike. Absent means run.startYear.'),
  priorityMix: priorityMixSchema,
  channelMix: channelMixSchema,
  complexity: complexitySchema,
  triageClosedShare: share('Share closed by letter or redirected at triage.'),
  testShare: share('Share of first appointments that send a genomic test to the laboratory hub.'),
  testType: text().describe('Test type (a key of tests) deciding the turnaround.'),
  diagnosticYieldStandard: share('Share of standard cases with a results appointment that end in a diagnosis.'),
  diagnosticYieldComplex: share('Share of complex cases with a results appointment that end in a diagnosis.'),
  psychologyNeedShare: share('Share of patients seen who need clinical psychology.'),
  psychologyAssessedAt: z.enum(PSYCHOLOGY_ASSESSED_AT).default('results')
    .describe('Where psychological need arises and is assessed: at the first appointment (pre-test counselling, as in predictive testing) or at the results appointment (patients without a test are assessed at their first appointment either way).'),
  longTermManagementShareComplex: share('Share of complex patients kept under long-term management (periodic reviews); 0 for conditions that need none.'),
  // At least a week between reviews, so a tiny interval cannot flood the calendar.
  longTermReviewIntervalMonths: between('Months between long-term management reviews for this indication.', 0.25, 120).default(12),
  longTermManagementYears: positive('Years a patient of this indication stays under long-term management.', 100).default(5),
  cascadeRelativesPerPositive: nonNegative('At-risk relatives per diagnosis offered cascade testing.', 50),
  cascadeUptakeShare: share('Share of relatives offered cascade testing who are referred.'),
  mainstreaming: mainstreamingSchema.optional().describe('Adoption of mainstream testing for this indication; absent means none.'),
  source: source.optional(),
});

export const prioritySchema = z.strictObject({
  targetWaitWeeks: positive('Target wait from referral to first appointment, weeks.', 520),
  source: source.optional(),
});

export const demandSchema = z.strictObject({
  indications: boundedRecord(indicationSchema, MAX_INDICATIONS, 'indications').describe('Referral streams by clinical indication, keyed by indication id.'),
  priorities: z.strictObject({ urgent: prioritySchema, soon: prioritySchema, routine: prioritySchema }).describe('Target waits by priority.'),
  seasonality: z.array(positive('Referral factor for the month', 12)).length(12, 'expected 12 monthly factors, January first').optional()
    .describe('Monthly referral factors, January first (mean 1); absent means none.'),
  cascadeIndication: text().default('predictive_testing').describe('Indication of relatives referred by cascade testing.'),
  adviceGuidanceRequestsPerReferral: nonNegative('Advice-and-guidance requests to CGS staff (duty advice to GPs, specialists and families) per new referral of any kind, besides those per mainstreamed case.', 100).default(0),
  shocks: z.array(demandShockSchema).max(1000, 'expected at most 1000 shocks').default([]).describe('Dated multipliers on an indication\'s referral rate (a media surge, a new test directory entry); shocks on one indication that overlap multiply.'),
});

export type IndicationSpec = z.infer<typeof indicationSchema>;
export type DemandSpec = z.infer<typeof demandSchema>;
