import { beforeAll, describe, expect, it } from 'vitest';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { runScenario } from '../../src/experiments/run-scenario.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { summaryRows } from '../../src/results/tables.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { fixture } from '../model/run-model.js';
import { collapsed } from './collapse.js';

type Summary = ReturnType<typeof summaryRows>;
const REPLICATIONS = 8;

async function summarise(scenario: Scenario, hash: string): Promise<Summary> {
  const pool = new ReplicationPool(1);
  const { config, runs } = await runScenario(scenario, hash, pool, { replications: REPLICATIONS, precision: 0.05, maxReplications: REPLICATIONS, seed: scenario.run.seed });
  await pool.close();
  return summaryRows(replicationTable(config, runs));
}

const national = (rows: Summary, metric: string) => rows.find((r) => r.scope === 'national' && r.year === '2027' && r.metric === metric)!;
const width = (rows: Summary, metric: string) => Number(national(rows, metric).ui_high) - Number(national(rows, metric).ui_low);

/**
 * South West, two years, 8 replications in each mode with the same seed. With parameter
 * uncertainty the 5th–95th percentile range across replications takes in the inputs' ranges
 * (referral rates ±15%, say), far wider than Poisson noise; collapsed to points it is exactly
 * the range without parameter uncertainty.
 */
describe('uncertainty intervals (ui_low, ui_high)', () => {
  const rows: Record<string, Summary> = {};
  beforeAll(async () => {
    const on = await loadScenario(fixture('cli-small'), { overrides: ['run.uncertainty=parameters'] });
    const off = await loadScenario(fixture('cli-small'), { overrides: ['run.uncertainty=none'] });
    rows.on = await summarise(on.scenario, `${on.hash}-on`);
    rows.off = await summarise(off.scenario, `${off.hash}-off`);
    rows.point = await summarise(collapsed(on.scenario), `${on.hash}-point`);
  }, 300_000);

  it('are wider with parameter uncertainty on than off', () => {
    for (const metric of ['referrals_received', 'waiting_list_end', 'first_appointments']) {
      expect(width(rows.on!, metric), metric).toBeGreaterThan(2 * width(rows.off!, metric));
    }
  });

  it('equal the off-mode spread when every range collapses to a point', () => {
    expect(rows.point).toEqual(rows.off);
    expect(width(rows.off!, 'waiting_list_end')).toBeGreaterThan(0);
  });

  it('hold the mean within them', () => {
    for (const mode of ['on', 'off'] as const) {
      const r = national(rows[mode]!, 'waiting_list_end');
      expect(Number(r.ui_low)).toBeLessThanOrEqual(Number(r.mean));
      expect(Number(r.ui_high)).toBeGreaterThanOrEqual(Number(r.mean));
    }
  });
});
