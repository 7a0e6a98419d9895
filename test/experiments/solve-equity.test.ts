import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonRows } from '../../src/experiments/comparison.js';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { CandidateEvaluator, replicationSchedule, type Evaluation } from '../../src/experiments/solve/evaluate.js';
import { parseTargets, targetHolds } from '../../src/experiments/solve/targets.js';
import { solveUnits } from '../../src/experiments/solve/units.js';
import { compileModel } from '../../src/model/model-config.js';
import { measure, metricNames, sumScopeYear } from '../../src/results/measures.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { scopesOf } from '../../src/results/scopes.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { fixture } from '../model/run-model.js';

/**
 * The South West (CGSs L and M) with M short of genetic counsellors and consultants: M's list
 * grows while L's does not, so waits are uneven across the network. Three years, three
 * replications; the target year is the last.
 */
const UNEVEN = ['run.years=3', 'workforce.staff.M.genetic_counsellor=5', 'workforce.staff.M.clinical_geneticist=4.4'];
const YEAR = 2;
const REPLICATIONS = 3;

let pool: ReplicationPool;
beforeAll(() => { pool = new ReplicationPool(1); });
afterAll(async () => { await pool.close(); });

async function evaluate(overrides: readonly string[]): Promise<Evaluation> {
  const { scenario, hash } = await loadScenario(fixture('cli-small'), { overrides });
  const unit = solveUnits(scenario, 'network')[0]!;
  const evaluator = new CandidateEvaluator(unit, YEAR, pool, scenario.run.seed, replicationSchedule(REPLICATIONS));
  return (await evaluator.evaluate(scenario, hash)).get(YEAR)!;
}

/** Each CGS's mean median wait of those waiting in the evaluation's replications. */
function cgsWaits(e: Evaluation): Map<string, number> {
  return new Map(scopesOf(e.config).filter((s) => s.scope === 'cgs').map((s) => {
    const waits = e.runs.map((m) => measure(e.config, sumScopeYear(e.config, m, s, YEAR), m.weeksPerYear[YEAR]!).get('list_median_wait_weeks')!);
    return [s.id, waits.reduce((a, b) => a + b, 0) / waits.length];
  }));
}

describe('solve and compare can target equity', () => {
  it('parses targets on the equity metrics at network and national scope', async () => {
    const { scenario } = await loadScenario(fixture('cli-small'));
    const metrics = metricNames(compileModel(scenario));
    const targets = parseTargets(['wait_spread_weeks<=4', 'wait_gini<=0.1', 'pct_within_18_weeks_spread<0.05', 'wait_spread_weeks_between_networks<=6'], metrics);
    expect(targets.map((t) => [t.metric, t.direction, t.value])).toEqual([
      ['wait_spread_weeks', '<=', 4], ['wait_gini', '<=', 0.1], ['pct_within_18_weeks_spread', '<=', 0.05], ['wait_spread_weeks_between_networks', '<=', 6],
    ]);
    expect(() => parseTargets(['wait_spred_weeks<=4'], metrics)).toThrow(/unknown metric 'wait_spred_weeks'/);
  });

  it('a plan adding staff to the worst-served CGS narrows the spread until "wait_spread_weeks<=4" holds', async () => {
    const [target] = parseTargets(['wait_spread_weeks<=4'], metricNames(compileModel((await loadScenario(fixture('cli-small'))).scenario)));
    const before = await evaluate(UNEVEN);
    const spreadBefore = before.intervals.get('wait_spread_weeks')!;
    expect(targetHolds(target!, spreadBefore)).toBe(false);
    const waits = cgsWaits(before);
    const worst = [...waits].sort((a, b) => b[1] - a[1])[0]![0];
    expect(worst).toBe('M');
    // The network's spread is its CGSs' difference, replication by replication.
    expect(spreadBefore.mean).toBeCloseTo(Math.abs(waits.get('L')! - waits.get('M')!), 6);

    // Enough staff at the worst CGS to bring its wait to L's (Bristol, itself strained by its start list):
    // the spread is a largest-minus-smallest, so staffing M far beyond that would reopen it the other way.
    const after = await evaluate([...UNEVEN, `workforce.staff.${worst}.genetic_counsellor=7.0`, `workforce.staff.${worst}.clinical_geneticist=5.9`]);
    const spreadAfter = after.intervals.get('wait_spread_weeks')!;
    expect(spreadAfter.high).toBeLessThan(spreadBefore.low);
    expect(targetHolds(target!, spreadAfter)).toBe(true);
    expect(after.intervals.get('wait_gini')!.mean).toBeLessThan(before.intervals.get('wait_gini')!.mean);

    // compare's paired differences carry the equity metrics: the plan narrows the spread, beyond noise.
    const rows = comparisonRows([
      { name: 'uneven', table: replicationTable(before.config, before.runs) },
      { name: 'plan', table: replicationTable(after.config, after.runs) },
    ]);
    const diff = rows.find((r) => r.scenario === 'plan' && r.scope === 'network' && r.year === '2028' && r.metric === 'wait_spread_weeks')!;
    expect(Number(diff.diff_from_first)).toBeCloseTo(spreadAfter.mean - spreadBefore.mean, 3);
    expect(Number(diff.diff_ci_high)).toBeLessThan(0);
    expect(diff.distinguishable).toBe('yes');
  }, 300_000);
});
