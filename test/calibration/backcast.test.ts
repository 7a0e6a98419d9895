import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backcastWorkforce } from '../../src/calibration/backcast.js';
import { backcastYaml } from '../../src/calibration/backcast-yaml.js';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { compileModel } from '../../src/model/model-config.js';
import { meanInterval } from '../../src/results/mean-interval.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { readStaffByYear } from '../../src/scenario/staff-by-year.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { BASELINE, ROOT } from '../cli/cli.js';

const BACKCAST = join(ROOT, 'scenarios', 'backcast-2019.yaml');
const pool = new ReplicationPool(2);
afterAll(() => pool.close());

/** Referrals arriving at the indications' rates in a South West year, per replication: all received less cascade referrals, which follow from the service's own history (complex returns are not counted again when they return). */
async function rateDrivenReferrals(scenario: Scenario, year: number, replications: number) {
  const hash = createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
  const runs = await pool.run(Array.from({ length: replications }, (_, i) => ({ scenario, hash, seed: scenario.run.seed, replication: i })));
  const table = replicationTable(compileModel(scenario), runs).filter((s) => s.scope.scope === 'network' && s.year === year);
  const values = (metric: string) => table.find((s) => s.metric === metric)!.values;
  const [all, cascade] = [values('referrals_received'), values('cascade_referrals')];
  return meanInterval(all.map((v, i) => v - cascade[i]!));
}

describe('back-cast from 2019', () => {
  it('is exactly the file the baseline and data/staff_by_year.csv give (they cannot drift apart)', async () => {
    const base = await loadScenario(BASELINE);
    const text = backcastYaml(base.scenario, await readStaffByYear(join(ROOT, 'data', 'staff_by_year.csv')));
    expect(readFileSync(BACKCAST, 'utf8') === text, 'scenarios/backcast-2019.yaml is stale: run `npx tsc -p tsconfig.json && node dist/src/calibration/write-backcast.js`').toBe(true);
  });

  it('states the staff that data/staff_by_year.csv gives', async () => {
    const base = await loadScenario(BASELINE);
    const backcast = await loadScenario(BACKCAST);
    const expected = backcastWorkforce(base.scenario, await readStaffByYear(join(ROOT, 'data', 'staff_by_year.csv')), 2019);
    expect(backcast.scenario.run.startYear).toBe(2019);
    expect(base.scenario.run.startYear).toBe(2026);
    expect(backcast.scenario.workforce.staff).toEqual(expected.staff);
    expect(backcast.scenario.workforce.recruitment).toEqual(expected.recruitment);
  });

  it('reaches each network\'s baseline staff by 2026 and starts below it', async () => {
    const base = await loadScenario(BASELINE);
    const backcast = await loadScenario(BACKCAST);
    const s = backcast.scenario;
    for (const networkId of Object.keys(s.geography.networks)) {
      const cgs = Object.keys(s.geography.cgs).filter((c) => s.geography.cgs[c]!.networkId === networkId);
      for (const role of ['clinical_geneticist', 'genetic_counsellor']) {
        const baseline = cgs.reduce((a, c) => a + base.scenario.workforce.staff[c]![role]!, 0);
        const start = cgs.reduce((a, c) => a + s.workforce.staff[c]![role]!, 0);
        const changes = s.workforce.recruitment.filter((r) => r.role === role && (r.networkId === networkId || cgs.includes(r.cgsId ?? '')));
        expect(start).toBeLessThan(baseline);
        expect(start + changes.reduce((a, r) => a + r.fteChange, 0)).toBeCloseTo(baseline, 6);
        expect(changes.every((r) => r.fromDate <= '2026-04-01')).toBe(true);
      }
    }
  });

  it('agrees with the 2026 baseline on 2026 referral rates, having had lower rates in 2019', async () => {
    const restrict = ['geography.includeNetworks=[south_west]', 'run.replications=10'];
    const base = (await loadScenario(BASELINE, { overrides: [...restrict, 'run.years=1'] })).scenario;
    const backcast = (await loadScenario(BACKCAST, { overrides: restrict })).scenario;
    const in2026 = [await rateDrivenReferrals(base, 2026, 10), await rateDrivenReferrals(backcast, 2026, 10)];
    const in2019 = await rateDrivenReferrals(backcast, 2019, 10);
    // Different start years draw different random numbers: the two 2026 means differ by noise only (3 standard errors allowed).
    // Cascade referrals are left out: the baseline starts without the diagnoses of earlier years, so it has fewer in 2026 than the back-cast.
    const se = (ci: { mean: number; high: number }) => (ci.high - ci.mean) / 3.18;
    expect(Math.abs(in2026[0]!.mean - in2026[1]!.mean)).toBeLessThan(3 * Math.hypot(se(in2026[0]!), se(in2026[1]!)));
    expect(in2019.high).toBeLessThan(in2026[1]!.low);
  }, 300_000);
});
