import { beforeAll, describe, expect, it } from 'vitest';
import { C, COUNTERS, ReplicationMetrics, WAIT_BINS } from '../../src/model/metrics.js';
import { EQUITY_METRICS, equityMetrics, equityUnitsOf, spread, weightedGini } from '../../src/results/equity-spread.js';
import { measure, sumScopeYear } from '../../src/results/measures.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { scopesOf, type Scope } from '../../src/results/scopes.js';
import { summaryRows } from '../../src/results/tables.js';
import { runFixture, type ModelRun } from '../model/run-model.js';

/**
 * Records of three CGSs in one year: CGSs 0 and 1 in network 0, CGS 2 alone in network 1,
 * with unequal populations (100, 300, 600).
 * At the year end (list waits) and over the year's weekly snapshots (share within 18 weeks):
 *   CGS 0: 10 waiting 4–5 weeks (median 4 + 5/10 = 4.5); 80 of 100 snapshot places within 18 weeks.
 *   CGS 1: 4 waiting 10–11 weeks (median 10 + 2/4 = 10.5); 25 of 50 within 18 weeks.
 *   CGS 2: 2 waiting 20–21 weeks (median 20 + 1/2 = 20.5); no snapshot list, so 100% within 18 weeks.
 * Network 0 pools CGSs 0 and 1: 14 waiting, the 7th in the 4-week bin (median 4 + 7/10 = 4.7); 105 of 150 within.
 */
const geography = { cgsNetwork: Int32Array.from([0, 0, 1]), population: Float64Array.from([100, 300, 600]) };
function records(): ReplicationMetrics {
  const m = new ReplicationMetrics(1, 3, 1, 52);
  const seen = (c: number, bin: number, n: number) => { m.waitHistogram[c * WAIT_BINS + bin] = n; };
  const list = (c: number, waiting: number, within: number) => {
    m.counters[c * COUNTERS.length + C.snapshot_waiting] = waiting;
    m.counters[c * COUNTERS.length + C.snapshot_within_18_weeks] = within;
  };
  seen(0, 4, 10); seen(1, 10, 4); seen(2, 20, 2);
  list(0, 100, 80); list(1, 50, 25); list(2, 0, 0);
  return m;
}
const scope = (cgs: number[]): Scope => ({ scope: 'network', id: 'x', cgs });
const metricsOf = (cgs: number[], m = records()) => new Map(equityMetrics(equityUnitsOf(geography, m, scope(cgs), 0), new Float64Array(WAIT_BINS)));

describe('equity spreads on hand-built records', () => {
  it('between CGSs: spread of median waits, population-weighted Gini, spread of the share within 18 weeks', () => {
    const e = metricsOf([0, 1, 2]);
    expect(e.get('wait_spread_weeks')).toBeCloseTo(20.5 - 4.5, 12);
    // Weighted mean wait (100×4.5 + 300×10.5 + 600×20.5) / 1000 = 15.9; each unordered pair counted twice.
    const pairs = 100 * 300 * 6 + 100 * 600 * 16 + 300 * 600 * 10;
    expect(e.get('wait_gini')).toBeCloseTo((2 * pairs) / (2 * 1000 ** 2 * 15.9), 12);
    expect(e.get('pct_within_18_weeks_spread')).toBeCloseTo(1 - 0.5, 12);
  });

  it('between networks: each network pooled from its CGSs, weighted by its population', () => {
    const e = metricsOf([0, 1, 2]);
    expect(e.get('wait_spread_weeks_between_networks')).toBeCloseTo(20.5 - 4.7, 12);
    const mean = (400 * 4.7 + 600 * 20.5) / 1000;
    expect(e.get('wait_gini_between_networks')).toBeCloseTo((2 * 400 * 600 * (20.5 - 4.7)) / (2 * 1000 ** 2 * mean), 12);
    expect(e.get('pct_within_18_weeks_spread_between_networks')).toBeCloseTo(1 - 105 / 150, 12);
  });

  it('weights matter: the same waits with the populations swapped give another Gini', () => {
    const even = weightedGini([4.5, 10.5, 20.5], [1, 1, 1]);
    const skewed = weightedGini([4.5, 10.5, 20.5], [100, 300, 600]);
    expect(even).toBeCloseTo((2 * (6 + 16 + 10)) / (2 * 9 * (35.5 / 3)), 12);
    expect(skewed).not.toBeCloseTo(even, 3);
  });

  it('a scope of one CGS, and a network of one CGS, have no spread', () => {
    for (const cgs of [[1], [2]]) {
      const e = metricsOf(cgs);
      for (const name of EQUITY_METRICS.filter((n) => n !== 'list_median_wait_weeks')) expect(e.get(name), `${name} over CGSs ${cgs}`).toBe(0);
    }
  });

  it('a CGS with nobody waiting counts as waiting 0 weeks; values that do not exist are left out with their weight', () => {
    const m = records();
    m.waitHistogram.fill(0, 2 * WAIT_BINS, 3 * WAIT_BINS);
    const e = metricsOf([0, 1, 2], m);
    expect(e.get('wait_spread_weeks')).toBeCloseTo(10.5 - 0, 12);
    expect(e.get('wait_gini')).toBeCloseTo(weightedGini([4.5, 10.5, 0], [100, 300, 600]), 12);
    expect(weightedGini([4.5, NaN, 10.5], [100, 999, 300])).toBeCloseTo(weightedGini([4.5, 10.5], [100, 300]), 12);
    expect(spread([NaN, NaN])).toBeNaN();
    expect(weightedGini([0, 0], [1, 2])).toBe(0);
  });

  it('the scope\'s own median wait of those waiting comes from its pooled list', () => {
    const m = records();
    const pooled = new Float64Array(WAIT_BINS);
    for (const c of [0, 1]) for (let k = 0; k < WAIT_BINS; k++) pooled[k]! += m.waitHistogram[c * WAIT_BINS + k]!;
    const e = new Map(equityMetrics(equityUnitsOf(geography, m, scope([0, 1]), 0), pooled));
    expect(e.get('list_median_wait_weeks')).toBeCloseTo(4.7, 12);
    expect(new Map(equityMetrics(equityUnitsOf(geography, m, scope([0]), 0), new Float64Array(WAIT_BINS))).get('list_median_wait_weeks')).toBe(0);
  });
});

describe('equity spreads in a simulated network (South West: CGSs L and M)', () => {
  let run: ModelRun;
  beforeAll(async () => { run = await runFixture('cli-small', ['run.years=1'], 3); });

  it('each replication\'s network spread and Gini are those of its CGSs\' own median waits (list_median_wait_weeks) and populations', () => {
    const scopes = scopesOf(run.config);
    const network = scopes.find((s) => s.scope === 'network')!;
    const cgs = scopes.filter((s) => s.scope === 'cgs');
    for (const m of run.runs) {
      const of = (s: Scope) => measure(run.config, sumScopeYear(run.config, m, s, 0), m.weeksPerYear[0]!);
      const waits = cgs.map((s) => of(s).get('list_median_wait_weeks')!);
      const pct = cgs.map((s) => of(s).get('pct_within_18_weeks')!);
      const population = cgs.map((s) => run.config.population[s.cgs[0]!]!);
      const net = of(network);
      expect(net.get('wait_spread_weeks')).toBeCloseTo(Math.abs(waits[0]! - waits[1]!), 9);
      const mean = (population[0]! * waits[0]! + population[1]! * waits[1]!) / (population[0]! + population[1]!);
      const gini = (2 * population[0]! * population[1]! * Math.abs(waits[0]! - waits[1]!)) / (2 * (population[0]! + population[1]!) ** 2 * mean);
      expect(net.get('wait_gini')).toBeCloseTo(gini, 9);
      expect(net.get('pct_within_18_weeks_spread')).toBeCloseTo(Math.abs(pct[0]! - pct[1]!), 9);
      // One network: nothing to spread between networks.
      expect(net.get('wait_spread_weeks_between_networks')).toBe(0);
    }
  });

  it('summary.csv carries the spreads for the network with an interval over the replications', () => {
    const rows = summaryRows(replicationTable(run.config, run.runs));
    const row = rows.find((r) => r.scope === 'network' && r.metric === 'wait_spread_weeks')!;
    expect(row.n).toBe('3');
    expect(Number(row.ci_low)).toBeLessThanOrEqual(Number(row.mean));
    expect(Number(row.ci_high)).toBeGreaterThanOrEqual(Number(row.mean));
  });
});
