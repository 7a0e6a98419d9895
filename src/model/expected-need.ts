import { DAYS_PER_YEAR } from '../engine/time.js';
import { AGE_BANDS, type AccessSpec } from '../scenario/schema/access.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { dateToDay } from './calendar-dates.js';

/** Self-referral at scale, compiled: its own volume, ramp and triage. */
export interface SelfReferralConfig {
  readonly fromDay: number;
  readonly rampDays: number;
  /** By indication (order of demand.indications). */
  readonly ratePer100kPerYear: Float64Array;
  readonly triageClosedShare: number;
  readonly triageMinutesFactor: number;
}

/**
 * Need and access per simulated CGS and indication, as flat arrays indexed [cgs * nIndications + i].
 * Referral rates are the national rate × population × referralFactorAt(...), worked out once per
 * month when the arrival streams start, so nothing here runs per referral.
 */
export interface AccessConfig {
  readonly nIndications: number;
  /** Expected need per person relative to the national rate: age structure and need factors, population-weighted mean 1 over the whole geography. */
  readonly needFactor: Float64Array;
  /** Each CGS's own acceptance share. */
  readonly acceptance: Float64Array;
  /** By indication: the national acceptance share from harmonisedFromDay, NaN where each CGS keeps its own. */
  readonly harmonisedAcceptance: Float64Array;
  readonly harmonisedFromDay: number;
  readonly underservedShare: Float64Array;
  readonly underReferralGap: number;
  readonly engagementFromDay: number;
  readonly engagementRampDays: number;
  readonly engagementGapClosedShare: number;
  /** 1 for each CGS running the engagement programme. */
  readonly engagementCgs: Uint8Array;
  /**
   * By indication: today's need-weighted mean of acceptance × reach over every CGS of the geography.
   * The national rate is what CGSs receive today, so a CGS's referrals are its need × its
   * acceptance × its reach ÷ this mean: at today's criteria national referrals stay the national
   * rate × population, and a lever that widens criteria or reach raises them.
   */
  readonly calibration: Float64Array;
  readonly selfReferral: SelfReferralConfig | null;
}

type Weights = ReadonlyMap<string, number>;

/** Population-weighted mean of `value` over the CGSs where it is defined; `fallback` if none is. */
function weightedMean(population: Weights, value: (cgs: string) => number | undefined, fallback: number): number {
  let sum = 0;
  let weight = 0;
  for (const [c, p] of population) {
    const v = value(c);
    if (v === undefined) continue;
    sum += p * v;
    weight += p;
  }
  return weight > 0 ? sum / weight : fallback;
}

/** Need per person for every CGS of the geography and one indication, before normalising. */
function rawNeed(a: AccessSpec, population: Weights, indication: string): Map<string, number> {
  const rates = a.referralRateByAge[indication];
  const averageShare = AGE_BANDS.map((b) => weightedMean(population, (c) => a.populationByAge[c]?.[b], 1 / AGE_BANDS.length));
  const out = new Map<string, number>();
  for (const c of population.keys()) {
    let need = 1;
    if (rates !== undefined) {
      const shares = a.populationByAge[c];
      need = AGE_BANDS.reduce((sum, b, k) => sum + (shares?.[b] ?? averageShare[k]!) * rates[b], 0);
    }
    out.set(c, need * (a.needFactor[c]?.[indication] ?? 1));
  }
  return out;
}

/** Compiles the access section for the simulated CGSs; means are taken over the whole geography, so a network run sees the national figures. */
export function compileAccess(s: Scenario, cgsIds: readonly string[], indicationIds: readonly string[]): AccessConfig {
  const a = s.access;
  const population: Weights = new Map(Object.entries(s.geography.cgs).map(([c, spec]) => [c, spec.population]));
  const nI = indicationIds.length;
  const cell = (c: number, i: number) => c * nI + i;
  const needFactor = new Float64Array(cgsIds.length * nI);
  const acceptance = new Float64Array(cgsIds.length * nI);
  const calibration = new Float64Array(nI);
  const underserved = (c: string) => a.underservedShare[c] ?? weightedMean(population, (x) => a.underservedShare[x], 0);
  const reach = (c: string) => 1 - underserved(c) * a.underReferralGap;
  indicationIds.forEach((ind, i) => {
    const raw = rawNeed(a, population, ind);
    const mean = weightedMean(population, (c) => raw.get(c), 1);
    const need = (c: string) => (mean > 0 ? raw.get(c)! / mean : 1);
    const meanAcceptance = weightedMean(population, (c) => a.acceptanceShare[c]?.[ind], 1);
    const accept = (c: string) => a.acceptanceShare[c]?.[ind] ?? meanAcceptance;
    // Need-weighted, as need is normalised to a population-weighted mean of 1.
    calibration[i] = weightedMean(population, (c) => need(c) * accept(c) * reach(c), 1);
    cgsIds.forEach((c, k) => {
      needFactor[cell(k, i)] = need(c);
      acceptance[cell(k, i)] = accept(c);
    });
  });
  const h = a.harmonisedCriteria;
  const e = a.communityEngagement;
  const toDay = (date: string) => dateToDay(date, s.run.startYear);
  return {
    nIndications: nI,
    needFactor,
    acceptance,
    harmonisedAcceptance: Float64Array.from(indicationIds, (ind) => h?.acceptanceShare[ind] ?? Number.NaN),
    harmonisedFromDay: h ? toDay(h.fromDate) : Infinity,
    underservedShare: Float64Array.from(cgsIds, underserved),
    underReferralGap: a.underReferralGap,
    engagementFromDay: e ? toDay(e.fromDate) : Infinity,
    engagementRampDays: e ? e.rampYears * DAYS_PER_YEAR : 0,
    engagementGapClosedShare: e?.gapClosedShare ?? 0,
    engagementCgs: Uint8Array.from(cgsIds, (c) => (e !== undefined && (e.cgsIds === undefined || e.cgsIds.includes(c)) ? 1 : 0)),
    calibration,
    selfReferral: a.selfReferral ? {
      fromDay: toDay(a.selfReferral.fromDate),
      rampDays: a.selfReferral.rampYears * DAYS_PER_YEAR,
      ratePer100kPerYear: Float64Array.from(indicationIds, (ind) => a.selfReferral!.ratePer100kPerYear[ind] ?? 0),
      triageClosedShare: a.selfReferral.triageClosedShare,
      triageMinutesFactor: a.selfReferral.triageMinutesFactor,
    } : null,
  };
}

/** Progress of a linear ramp at `day`: 0 before it starts, 1 once complete. */
export function rampAt(fromDay: number, rampDays: number, day: number): number {
  if (day < fromDay) return 0;
  return rampDays > 0 ? Math.min(1, (day - fromDay) / rampDays) : 1;
}

/** Share of a CGS's need that is referred at `day`: under-served communities referred short of need, less the part engagement has closed. */
export function reachAt(a: AccessConfig, cgs: number, day: number): number {
  const closed = a.engagementCgs[cgs] === 1 ? a.engagementGapClosedShare * rampAt(a.engagementFromDay, a.engagementRampDays, day) : 0;
  return 1 - a.underservedShare[cgs]! * a.underReferralGap * (1 - closed);
}

/** Acceptance share at `day`: the CGS's own, or the national one once harmonised. */
export function acceptanceAt(a: AccessConfig, cgs: number, indication: number, day: number): number {
  const national = a.harmonisedAcceptance[indication]!;
  return day >= a.harmonisedFromDay && !Number.isNaN(national) ? national : a.acceptance[cgs * a.nIndications + indication]!;
}

/** Referrals received per person relative to the national rate, at `day`: need × acceptance × reach ÷ today's national mean. */
export function referralFactorAt(a: AccessConfig, cgs: number, indication: number, day: number): number {
  const cal = a.calibration[indication]!;
  if (!(cal > 0)) return 0;
  return (a.needFactor[cgs * a.nIndications + indication]! * acceptanceAt(a, cgs, indication, day) * reachAt(a, cgs, day)) / cal;
}
