import { z } from 'zod';
import { boundedRecord, isoDate, nonNegative, positive, share, source } from './primitives.js';
import { MAX_CGS } from './geography.js';
import { MAX_INDICATIONS } from './demand.js';

/** Age bands of the catchment population and of referral rates by age (one list, used everywhere). */
export const AGE_BANDS = ['age_0_15', 'age_16_39', 'age_40_64', 'age_65_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const byAgeBand = (what: (band: string) => string, field: (d: string) => z.ZodNumber) =>
  z.strictObject(Object.fromEntries(AGE_BANDS.map((b) => [b, field(what(b))])) as Record<AgeBand, z.ZodNumber>);

export const ageStructureSchema = byAgeBand((b) => `Share of the catchment population in band ${b}.`, share)
  .refine((mix) => Math.abs(Object.values<number>(mix).reduce((a, b) => a + b, 0) - 1) < 1e-6, { message: 'expected the age-band shares to sum to 1' });

export const referralRateByAgeSchema = byAgeBand((b) => `Referral rate of a person in band ${b}, relative to the others (only ratios matter).`, (d) => nonNegative(d, 1000))
  .refine((rates) => Object.values<number>(rates).some((r) => r > 0), { message: 'expected at least one band with a referral rate above 0' });

const dateField = (what: string) => isoDate.describe(what);

export const harmonisedCriteriaSchema = z.strictObject({
  fromDate: dateField('Day every CGS starts applying the national criteria, YYYY-MM-DD.'),
  acceptanceShare: boundedRecord(share('National acceptance share for this indication.'), MAX_INDICATIONS, 'indications')
    .describe('National acceptance share by indication (a key of demand.indications); an indication left out keeps each CGS\'s own.'),
  source: source.optional(),
});

export const communityEngagementSchema = z.strictObject({
  fromDate: dateField('Day the engagement programme starts, YYYY-MM-DD.'),
  rampYears: nonNegative('Years over which its effect builds up linearly to the full effect (0 = at once).', 50),
  gapClosedShare: share('Share of the under-referral gap (access.underReferralGap) closed once the programme is at full effect.'),
  cgsIds: z.array(z.string()).min(1, 'expected at least one CGS').optional().describe('CGSs that run the programme (keys of geography.cgs); absent means all.'),
  source: source.optional(),
});

export const selfReferralSchema = z.strictObject({
  fromDate: dateField('Day the self-referral route opens at scale, YYYY-MM-DD.'),
  rampYears: nonNegative('Years over which self-referral volume builds up linearly to its full rate (0 = at once).', 50),
  ratePer100kPerYear: boundedRecord(nonNegative('Self-referrals per 100,000 population per year at full scale, for this indication.', 100_000), MAX_INDICATIONS, 'indications')
    .describe('Extra self-referrals by indication (a key of demand.indications), on top of today\'s self_referral channel; weighted by each CGS\'s expected need.'),
  triageClosedShare: share('Share of these self-referrals closed at triage (many are at population risk), instead of the indication\'s own triage-closed share.'),
  triageMinutesFactor: positive('Triage and its admin take this many times the usual minutes for a self-referral (the family history must be gathered from the patient).', 20).default(1),
  source: source.optional(),
});

/**
 * Who is referred: need from the catchment's age structure, the share of that need each CGS's
 * acceptance criteria admit, and the share under-served communities are referred at; plus the
 * levers a commissioner pulls on them (harmonised criteria, engagement, self-referral at scale).
 */
export const accessSchema = z.strictObject({
  populationByAge: boundedRecord(ageStructureSchema, MAX_CGS, 'CGSs').default({})
    .describe('Age structure of each CGS\'s catchment (keyed by CGS id); a CGS left out takes the population-weighted average of the others.'),
  referralRateByAge: boundedRecord(referralRateByAgeSchema, MAX_INDICATIONS, 'indications').default({})
    .describe('Relative referral rate by age band, per indication; an indication left out is referred alike at every age.'),
  needFactor: boundedRecord(boundedRecord(nonNegative('Need of this CGS\'s catchment for this indication relative to its age structure alone (1 = no difference).', 10), MAX_INDICATIONS, 'indications'), MAX_CGS, 'CGSs').default({})
    .describe('Need factors beyond age, by CGS and indication (e.g. recessive conditions where consanguinity is more common); absent means 1.'),
  acceptanceShare: boundedRecord(boundedRecord(share('Share of the need this CGS\'s own criteria accept for this indication.'), MAX_INDICATIONS, 'indications'), MAX_CGS, 'CGSs').default({})
    .describe('Acceptance share by CGS and indication; a missing value takes the population-weighted average of the CGSs that give one.'),
  underservedShare: boundedRecord(share('Share of the catchment population in communities historically not reached.'), MAX_CGS, 'CGSs').default({})
    .describe('Share of each CGS\'s population in under-served communities; a CGS left out takes the population-weighted average.'),
  underReferralGap: share('Relative shortfall of referrals from under-served communities against their need (0.3 = referred at 70% of need).').default(0),
  harmonisedCriteria: harmonisedCriteriaSchema.optional().describe('Every CGS moves to national acceptance shares from a date; absent means each keeps its own.'),
  communityEngagement: communityEngagementSchema.optional().describe('An engagement programme that closes part of the under-referral gap over a ramp; absent means none.'),
  selfReferral: selfReferralSchema.optional().describe('Self-referral at scale: extra referrals through the self_referral channel, with their own triage; absent means none.'),
  source: source.optional(),
});

export type AccessSpec = z.output<typeof accessSchema>;

type Ctx = z.RefinementCtx;
interface Parsed {
  geography: { cgs: Record<string, unknown> };
  demand: { indications: Record<string, unknown> };
  access: AccessSpec;
}

/** Every CGS and indication an access table names must exist (a typo would silently be ignored). */
export function checkAccessReferences(s: Parsed, ctx: Ctx): void {
  const cgsIds = Object.keys(s.geography.cgs);
  const indications = Object.keys(s.demand.indications);
  const check = (known: string[], what: string, path: (string | number)[], id: string) => {
    if (!known.includes(id)) ctx.addIssue({ code: 'custom', path: ['access', ...path], message: `unknown ${what} '${id}'; expected one of ${known.join(', ')}`, input: id });
  };
  const a = s.access;
  for (const id of Object.keys(a.populationByAge)) check(cgsIds, 'CGS', ['populationByAge', id], id);
  for (const id of Object.keys(a.underservedShare)) check(cgsIds, 'CGS', ['underservedShare', id], id);
  for (const id of Object.keys(a.referralRateByAge)) check(indications, 'indication', ['referralRateByAge', id], id);
  for (const field of ['needFactor', 'acceptanceShare'] as const) {
    for (const [c, byIndication] of Object.entries(a[field])) {
      check(cgsIds, 'CGS', [field, c], c);
      for (const i of Object.keys(byIndication)) check(indications, 'indication', [field, c, i], i);
    }
  }
  for (const i of Object.keys(a.harmonisedCriteria?.acceptanceShare ?? {})) check(indications, 'indication', ['harmonisedCriteria', 'acceptanceShare', i], i);
  for (const i of Object.keys(a.selfReferral?.ratePer100kPerYear ?? {})) check(indications, 'indication', ['selfReferral', 'ratePer100kPerYear', i], i);
  (a.communityEngagement?.cgsIds ?? []).forEach((c, k) => check(cgsIds, 'CGS', ['communityEngagement', 'cgsIds', k], c));
}
