import { beforeAll, describe, expect, it } from 'vitest';
import { acceptanceAt, reachAt, referralFactorAt } from '../../src/model/expected-need.js';
import { compileModel, type ModelConfig } from '../../src/model/model-config.js';
import { dateToDay } from '../../src/model/calendar-dates.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { fixture, runFixture, total, type ModelRun } from './run-model.js';

const BASELINE = fixture('../../../scenarios/national-baseline');
const compiled = async (overrides: readonly string[] = [], file = BASELINE): Promise<ModelConfig> =>
  compileModel((await loadScenario(file, { overrides })).scenario);
const cell = (c: ModelConfig, cgs: string, indication: string) => c.cgsIds.indexOf(cgs) * c.access.nIndications + c.indications.findIndex((i) => i.id === indication);
const need = (c: ModelConfig, cgs: string, indication: string) => c.access.needFactor[cell(c, cgs, indication)]!;
const indexOf = (c: ModelConfig, indication: string) => c.indications.findIndex((i) => i.id === indication);

/** Population-weighted mean over the simulated CGSs of a per-CGS value. */
function weightedMean(c: ModelConfig, value: (k: number) => number): number {
  let sum = 0;
  let weight = 0;
  c.cgsIds.forEach((_, k) => { sum += c.population[k]! * value(k); weight += c.population[k]!; });
  return sum / weight;
}

describe('expected need from the catchment population\'s age structure', () => {
  const OLD = '{age_0_15: 0.12, age_16_39: 0.22, age_40_64: 0.36, age_65_plus: 0.30}';
  const YOUNG = '{age_0_15: 0.24, age_16_39: 0.38, age_40_64: 0.28, age_65_plus: 0.10}';
  let config: ModelConfig;
  beforeAll(async () => {
    config = await compiled([`access.populationByAge.M=${OLD}`, `access.populationByAge.N=${YOUNG}`]);
  });

  it('gives a CGS with an older population more need for inherited cancer and less for paediatric rare disease', () => {
    expect(need(config, 'M', 'inherited_cancer')).toBeGreaterThan(need(config, 'N', 'inherited_cancer'));
    expect(need(config, 'M', 'rare_disease_paediatric')).toBeLessThan(need(config, 'N', 'rare_disease_paediatric'));
    // By hand: shares × relative rates by band, times each CGS's need factor (data/need_factors.csv).
    const a = config.scenario.access;
    const rates = a.referralRateByAge.rare_disease_paediatric!;
    const byHand = (0.12 * rates.age_0_15 + 0.22 * rates.age_16_39 + 0.36 * rates.age_40_64 + 0.30 * rates.age_65_plus) * (a.needFactor.M?.rare_disease_paediatric ?? 1)
      / ((0.24 * rates.age_0_15 + 0.38 * rates.age_16_39 + 0.28 * rates.age_40_64 + 0.10 * rates.age_65_plus) * (a.needFactor.N?.rare_disease_paediatric ?? 1));
    expect(need(config, 'M', 'rare_disease_paediatric') / need(config, 'N', 'rare_disease_paediatric')).toBeCloseTo(byHand, 12);
  });

  it('moves a CGS\'s need when only its age structure changes', async () => {
    const younger = await compiled([`access.populationByAge.M=${YOUNG}`, `access.populationByAge.N=${YOUNG}`]);
    expect(need(config, 'M', 'inherited_cancer')).toBeGreaterThan(need(younger, 'M', 'inherited_cancer'));
    expect(need(config, 'M', 'rare_disease_paediatric')).toBeLessThan(need(younger, 'M', 'rare_disease_paediatric'));
  });

  it('keeps the national need of every indication at the national rate × population (weighted mean need 1)', () => {
    for (let i = 0; i < config.indications.length; i++) {
      expect(weightedMean(config, (k) => config.access.needFactor[k * config.access.nIndications + i]!)).toBeCloseTo(1, 12);
    }
  });

  it('keeps the national referrals at today\'s criteria at the national rate × population (weighted mean factor 1)', async () => {
    const shipped = await compiled();
    for (let i = 0; i < shipped.indications.length; i++) {
      expect(weightedMean(shipped, (k) => referralFactorAt(shipped.access, k, i, 0))).toBeCloseTo(1, 12);
    }
    // ...while CGSs differ: the shipped data spread demand between CGSs.
    const factors = shipped.cgsIds.map((_, k) => referralFactorAt(shipped.access, k, indexOf(shipped, 'inherited_cancer'), 0));
    expect(Math.max(...factors) - Math.min(...factors)).toBeGreaterThan(0.05);
  });

  it('uses national means in a network run, so a CGS gets the same rate as in the national run', async () => {
    const east = await compiled(['geography.includeNetworks=[east]']);
    const national = await compiled();
    const i = indexOf(east, 'inherited_cancer');
    expect(referralFactorAt(east.access, east.cgsIds.indexOf('K'), i, 0)).toBe(referralFactorAt(national.access, national.cgsIds.indexOf('K'), i, 0));
  });
});

describe('harmonised access criteria', () => {
  const FROM = '2027-04-01';
  let before: ModelConfig;
  let after: ModelConfig;
  beforeAll(async () => {
    const sets = ['access.acceptanceShare.L.inherited_cancer=0.8', 'access.acceptanceShare.M.inherited_cancer=1'];
    before = await compiled(sets);
    after = await compiled([...sets, `access.harmonisedCriteria={fromDate: "${FROM}", acceptanceShare: {inherited_cancer: 0.9}}`]);
  });

  it('raises referrals where acceptance was below the national criterion and lowers them where above, from the date and not before', () => {
    const i = indexOf(after, 'inherited_cancer');
    const day = dateToDay(FROM, 2026);
    const L = after.cgsIds.indexOf('L'), M = after.cgsIds.indexOf('M');
    for (const k of [L, M]) expect(referralFactorAt(after.access, k, i, day - 1)).toBe(referralFactorAt(before.access, k, i, day - 1));
    expect(referralFactorAt(after.access, L, i, day) / referralFactorAt(before.access, L, i, day)).toBeCloseTo(0.9 / 0.8, 12);
    expect(referralFactorAt(after.access, M, i, day) / referralFactorAt(before.access, M, i, day)).toBeCloseTo(0.9 / 1, 12);
    expect(acceptanceAt(after.access, L, indexOf(after, 'cardiac'), day)).toBe(acceptanceAt(before.access, L, indexOf(after, 'cardiac'), day));
  });
});

describe('community engagement closes the under-referral gap over its ramp', () => {
  it('raises reach linearly from the start date to the full effect, only where the programme runs', async () => {
    const c = await compiled(['access.communityEngagement={fromDate: "2027-04-01", rampYears: 2, gapClosedShare: 0.5, cgsIds: [D]}']);
    const D = c.cgsIds.indexOf('D'), G = c.cgsIds.indexOf('G');
    const start = dateToDay('2027-04-01', 2026);
    const gap = c.access.underservedShare[D]! * c.access.underReferralGap;
    expect(gap).toBeGreaterThan(0);
    expect(reachAt(c.access, D, start - 1)).toBeCloseTo(1 - gap, 12);
    expect(reachAt(c.access, D, start + 365.25)).toBeCloseTo(1 - gap * 0.75, 12);
    expect(reachAt(c.access, D, start + 3 * 365.25)).toBeCloseTo(1 - gap * 0.5, 12);
    expect(reachAt(c.access, G, start + 3 * 365.25)).toBe(reachAt(c.access, G, 0));
  });
});

/**
 * Simulations on the stationary South West fixture (L and M, no cascade), with access
 * differences switched back on where each test needs them.
 */
describe('referrals in the simulation follow need, criteria, reach and self-referral', () => {
  const YEARS = ['run.years=3', 'run.uncertainty=none'];
  let harmonisedBase: ModelRun;
  let harmonised: ModelRun;
  beforeAll(async () => {
    const criteria = ['access.acceptanceShare.L={inherited_cancer: 0.7}', 'access.acceptanceShare.M={inherited_cancer: 1}'];
    harmonisedBase = await runFixture('stationary-south-west', [...YEARS, ...criteria], 2);
    harmonised = await runFixture('stationary-south-west', [...YEARS, ...criteria, 'access.harmonisedCriteria={fromDate: "2027-04-01", acceptanceShare: {inherited_cancer: 0.85}}'], 2);
  }, 300_000);

  it('harmonising changes nothing in the year before the date', () => {
    harmonised.runs.forEach((m, r) => expect(total(m, 'referrals_received', undefined, [0])).toBe(total(harmonisedBase.runs[r]!, 'referrals_received', undefined, [0])));
  });

  it('harmonising raises referrals and triage closures at the narrow CGS and lowers them at the wide one', () => {
    const sum = (run: ModelRun, name: 'referrals_received' | 'triage_closed', cgs: string) =>
      run.runs.reduce((a, m) => a + total(m, name, [run.config.cgsIds.indexOf(cgs)], [1, 2]), 0);
    for (const name of ['referrals_received', 'triage_closed'] as const) {
      expect(sum(harmonised, name, 'L'), `${name} at L`).toBeGreaterThan(sum(harmonisedBase, name, 'L'));
      expect(sum(harmonised, name, 'M'), `${name} at M`).toBeLessThan(sum(harmonisedBase, name, 'M'));
    }
  });

  it('self-referral at scale adds its volume through the self-referral channel and closes its own share at triage', async () => {
    const base = await runFixture('stationary-south-west', YEARS, 2);
    const rate = 60;
    const scheme = await runFixture('stationary-south-west', [...YEARS,
      `access.selfReferral={fromDate: "2026-04-01", rampYears: 0, ratePer100kPerYear: {inherited_cancer: ${rate}}, triageClosedShare: 0.5, triageMinutesFactor: 2}`], 2);
    const population = base.config.population.reduce((a, b) => a + b, 0);
    const days = base.runs[0]!.weeksPerYear.reduce((a, w) => a + w * 7, 0);
    const expected = rate * population / 1e5 * days / 365.25;
    scheme.runs.forEach((m, r) => {
      const n = total(m, 'self_referral_scheme');
      // Poisson count: within 4 standard deviations of its mean.
      expect(Math.abs(n - expected)).toBeLessThan(4 * Math.sqrt(expected));
      expect(total(m, 'referrals_channel_self_referral') - total(base.runs[r]!, 'referrals_channel_self_referral')).toBeGreaterThan(0.9 * n);
      expect(total(m, 'referrals_received')).toBeGreaterThan(total(base.runs[r]!, 'referrals_received'));
    });
    // Their closures: base closures plus half of the scheme's referrals (binomial, 4 SD).
    const closuresAdded = scheme.runs.reduce((a, m, r) => a + total(m, 'triage_closed') - total(base.runs[r]!, 'triage_closed'), 0);
    const schemeTotal = scheme.runs.reduce((a, m) => a + total(m, 'self_referral_scheme'), 0);
    const baseTotal = base.runs.reduce((a, m) => a + total(m, 'referrals_received'), 0);
    const closedShare = base.config.indications[0]!.triageClosedShare;
    expect(Math.abs(closuresAdded - 0.5 * schemeTotal)).toBeLessThan(4 * Math.sqrt(schemeTotal * 0.25 + 2 * baseTotal * closedShare * (1 - closedShare)));
  }, 300_000);
});
