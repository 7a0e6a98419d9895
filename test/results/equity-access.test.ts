import { beforeAll, describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from '../../src/engine/time.js';
import { C, COUNTERS } from '../../src/model/metrics.js';
import { accessMeasures } from '../../src/results/equity-access.js';
import { replicationTable, type MetricSeries } from '../../src/results/replication-table.js';
import { runFixture, total, type ModelRun } from '../model/run-model.js';

describe('accessMeasures', () => {
  it('gives access_ratio, referrals_per_100k and expected_referrals from the counters, by hand', () => {
    const counters = new Float64Array(COUNTERS.length);
    counters[C.referrals_received] = 1300;
    counters[C.cascade_referrals] = 100;
    counters[C.expected_referrals] = 1500;
    counters[C.catchment_population] = 400_000;
    counters[C.self_referral_scheme] = 40;
    expect(Object.fromEntries(accessMeasures(counters))).toEqual({
      expected_referrals: 1500, access_ratio: 1200 / 1500, referrals_per_100k: 1300 / 4, self_referral_scheme: 40,
    });
  });

  it('reports no access ratio or rate for a scope without need or population', () => {
    const m = Object.fromEntries(accessMeasures(new Float64Array(COUNTERS.length)));
    expect(m.access_ratio).toBeNaN();
    expect(m.referrals_per_100k).toBeNaN();
  });
});

/**
 * The stationary South West fixture (no growth, seasonality or cascade) with L's catchment
 * partly under-served: expected need is then population × rate × days exactly, and L is
 * referred short of it until an engagement programme closes the gap.
 */
describe('summary metrics on a small scenario', () => {
  const SETS = ['run.years=3', 'run.uncertainty=none', 'access.underservedShare={L: 0.5, M: 0}', 'access.underReferralGap=0.4'];
  let base: ModelRun;
  let engaged: ModelRun;
  let table: MetricSeries[];
  const value = (t: MetricSeries[], scope: string, year: number, metric: string) =>
    t.find((s) => s.scope.id === scope && s.year === year && s.metric === metric)!.values;
  beforeAll(async () => {
    base = await runFixture('stationary-south-west', SETS, 2);
    engaged = await runFixture('stationary-south-west', [...SETS, 'access.communityEngagement={fromDate: "2027-04-01", rampYears: 1, gapClosedShare: 1, cgsIds: [L]}'], 2);
    table = replicationTable(base.config, base.runs);
  }, 300_000);

  it('expected_referrals, access_ratio and referrals_per_100k equal the hand-computed values per CGS and network', () => {
    const { config, runs } = base;
    const ratePerPerson = config.indications.reduce((a, ind) => a + ind.ratePer100kPerYear, 0) / 1e5;
    for (let y = 0; y < config.years; y++) {
      const days = runs[0]!.weeksPerYear[y]! * 7;
      runs.forEach((m, r) => {
        let expectedSum = 0, received = 0, population = 0;
        config.cgsIds.forEach((id, c) => {
          // Neutral need (the fixture has no age profiles), so need is population × rate × days.
          const expected = config.population[c]! * ratePerPerson * days / DAYS_PER_YEAR;
          const got = total(m, 'referrals_received', [c], [y]);
          expect(value(table, id, 2026 + y, 'expected_referrals')[r]).toBeCloseTo(expected, 6);
          expect(value(table, id, 2026 + y, 'access_ratio')[r]).toBeCloseTo(got / expected, 12);
          expect(value(table, id, 2026 + y, 'referrals_per_100k')[r]).toBeCloseTo((got / config.population[c]!) * 1e5, 9);
          expectedSum += expected; received += got; population += config.population[c]!;
        });
        expect(value(table, 'south_west', 2026 + y, 'access_ratio')[r]).toBeCloseTo(received / expectedSum, 12);
        expect(value(table, 'south_west', 2026 + y, 'referrals_per_100k')[r]).toBeCloseTo((received / population) * 1e5, 9);
      });
    }
  });

  it('the under-served CGS is referred short of its need, the other above it (need-weighted mean 1 at today\'s reach)', () => {
    const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const L = mean(value(table, 'L', 2026, 'access_ratio'));
    const M = mean(value(table, 'M', 2026, 'access_ratio'));
    expect(L).toBeLessThan(0.95);
    expect(M).toBeGreaterThan(1.05);
    // By hand: reach 1 − 0.5 × 0.4 = 0.8 at L and 1 at M, each divided by the same national mean.
    expect(L / M).toBeCloseTo(0.8, 1);
  });

  it('engagement raises the under-served CGS\'s access_ratio over the ramp and leaves the other CGS alone', () => {
    const t = replicationTable(engaged.config, engaged.runs);
    const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ratio = (tab: MetricSeries[], cgs: string, year: number) => mean(value(tab, cgs, year, 'access_ratio'));
    expect(ratio(t, 'L', 2026)).toBeCloseTo(ratio(table, 'L', 2026), 12);
    expect(ratio(t, 'L', 2027)).toBeGreaterThan(ratio(table, 'L', 2027) + 0.05);
    expect(ratio(t, 'L', 2028)).toBeGreaterThan(ratio(t, 'L', 2027) + 0.05);
    // Fully closed: L referred as M is (same national need per person), within noise.
    expect(ratio(t, 'L', 2028) / ratio(t, 'M', 2028)).toBeCloseTo(1, 1);
    expect(ratio(t, 'M', 2028)).toBeCloseTo(ratio(table, 'M', 2028), 12);
  });
});
