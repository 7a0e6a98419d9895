import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backcastPipelineYaml } from '../../src/calibration/backcast-pipeline-yaml.js';
import { BACKCAST_LIST_SHARE, STRAINED_AFTER_2019 } from '../../src/calibration/backcast-start-list.js';
import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { measure, sumScopeYear } from '../../src/results/measures.js';
import { scopesOf } from '../../src/results/scopes.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { BASELINE, ROOT } from '../cli/cli.js';

/**
 * The 2019 back-cast must not start from the strain published for 2022 onwards: every CGS starts
 * 2019 at the unstrained national list per person (scaled to 2019 demand), Bristol included.
 */
const file = (name: string) => join(ROOT, 'scenarios', name);
type Rows = Scenario['startWaitingList'];
const perPerson = (rows: Rows, s: Scenario, id: string) => rows.filter((r) => r.cgsId === id).reduce((a, r) => a + r.count, 0) / s.geography.cgs[id]!.population;
const routineOver52 = (rows: Rows, id: string) => {
  const routine = rows.filter((r) => r.cgsId === id && r.priority === 'routine');
  return routine.filter((r) => r.waitedWeeksFrom >= 52).reduce((a, r) => a + r.count, 0) / routine.reduce((a, r) => a + r.count, 0);
};

describe('the 2019 starting list has no 2026 strain', () => {
  let base: Scenario;
  let backcast: Scenario;
  let pipeline: Scenario;
  beforeAll(async () => {
    base = (await loadScenario(BASELINE)).scenario;
    backcast = (await loadScenario(file('backcast-2019.yaml'))).scenario;
    pipeline = (await loadScenario(file('backcast-2019-pipeline.yaml'))).scenario;
  });

  it('the CGSs treated as strained are exactly those the 2026 data sizes at 1.5 times the national list per person', () => {
    const ids = Object.keys(base.geography.cgs);
    const rates = ids.map((id) => perPerson(base.startWaitingList, base, id));
    const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
    expect(ids.filter((_, i) => rates[i]! > 1.2 * median)).toEqual([...STRAINED_AFTER_2019]);
    for (const id of STRAINED_AFTER_2019) expect(perPerson(base.startWaitingList, base, id) / median).toBeGreaterThan(1.4);
  });

  it('every CGS starts 2019 at the national unstrained list per person × 2019 demand, with the national wait bands', () => {
    const ids = Object.keys(base.geography.cgs);
    const unstrained = ids.filter((id) => !STRAINED_AFTER_2019.includes(id));
    const national = unstrained.reduce((a, id) => a + perPerson(base.startWaitingList, base, id) * base.geography.cgs[id]!.population, 0)
      / unstrained.reduce((a, id) => a + base.geography.cgs[id]!.population, 0);
    expect(national * 100_000).toBeGreaterThan(65);
    expect(national * 100_000).toBeLessThan(75);
    const nationalOver52 = unstrained.reduce((a, id) => a + routineOver52(base.startWaitingList, id), 0) / unstrained.length;
    for (const id of ids) {
      // Rounding each of 21 rows to whole patients moves a CGS's total by a few patients in ~1,500.
      expect(Math.abs(perPerson(backcast.startWaitingList, backcast, id) / (national * BACKCAST_LIST_SHARE) - 1), id).toBeLessThan(0.03);
      expect(Math.abs(routineOver52(backcast.startWaitingList, id) - nationalOver52), id).toBeLessThan(0.01);
    }
    // In 2026 Bristol's list is half as large again per person, with a longer tail.
    expect(perPerson(base.startWaitingList, base, 'L') / national).toBeGreaterThan(1.4);
    expect(routineOver52(base.startWaitingList, 'L')).toBeGreaterThan(nationalOver52 + 0.05);
  });

  it('the supply back-cast starts from the same 2019 list and is what the generator writes', () => {
    expect(pipeline.startWaitingList).toEqual(backcast.startWaitingList);
    expect(pipeline.run.startYear).toBe(2019);
    const text = backcastPipelineYaml(base);
    expect(readFileSync(file('backcast-2019-pipeline.yaml'), 'utf8') === text, 'scenarios/backcast-2019-pipeline.yaml is stale: run `npx tsc -p tsconfig.json && node dist/src/calibration/write-backcast.js`').toBe(true);
  });
});

/**
 * Simulated: Bristol's 2019/20 in the back-cast, against the same back-cast started from the
 * 2026 strained list scaled to 2019 (the earlier anachronism). Starting without the strain,
 * Bristol's patients seen in 2019/20 wait less and more of its list is within 18 weeks.
 */
describe('Bristol\'s simulated 2019/20 starts without its later strain', () => {
  const restrict = ['geography.includeNetworks=[south_west]', 'run.years=1'];
  const metric = (s: Scenario, name: string) => {
    const config = compileModel(s);
    const scope = scopesOf(config).find((x) => x.scope === 'cgs' && x.id === 'L')!;
    return [0, 1].map((r) => {
      const m = runReplication(config, s.run.seed, r);
      return measure(config, sumScopeYear(config, m, scope, 0), m.weeksPerYear[0]!).get(name)!;
    });
  };

  it('gives shorter waits and a higher share within 18 weeks than the scaled 2026 list', async () => {
    const unstrained = (await loadScenario(file('backcast-2019.yaml'), { overrides: restrict })).scenario;
    const anachronistic = structuredClone(unstrained);
    const baseRows = (await loadScenario(BASELINE, { overrides: ['geography.includeNetworks=[south_west]'] })).scenario.startWaitingList;
    anachronistic.startWaitingList = baseRows.map((r) => ({ ...r, count: Math.round(r.count * BACKCAST_LIST_SHARE) }));
    const [wait, waitBefore] = [metric(unstrained, 'mean_wait_weeks'), metric(anachronistic, 'mean_wait_weeks')];
    const [within, withinBefore] = [metric(unstrained, 'pct_within_18_weeks'), metric(anachronistic, 'pct_within_18_weeks')];
    for (let r = 0; r < 2; r++) {
      // About 770 fewer long waiters at the start: those seen in 2019/20 waited weeks less.
      expect(wait[r]!, `replication ${r}`).toBeLessThan(waitBefore[r]! - 3);
      expect(within[r]!, `replication ${r}`).toBeGreaterThan(withinBefore[r]! + 0.05);
    }
  }, 60_000);
});
