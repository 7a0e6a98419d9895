import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { FIXTURES } from '../cli/cli.js';

/** solve evaluates several candidates at once on one pool: overlapping calls must not mix their results. */
describe('ReplicationPool with overlapping calls', () => {
  it('gives each call its own replications, in job order, as a one-worker pool does', async () => {
    const load = async (rate: number) => {
      const { scenario } = await loadScenario(join(FIXTURES, 'cli-small.yaml'), { overrides: ['run.years=1', `demand.indications.inherited_cancer.ratePer100kPerYear=${rate}`] });
      return { scenario, hash: createHash('sha256').update(JSON.stringify(scenario)).digest('hex') };
    };
    const [a, b] = [await load(100), await load(300)];
    const jobs = (s: typeof a, n: number) => Array.from({ length: n }, (_, i) => ({ ...s, seed: 7, replication: i }));
    const events = (runs: { events: number }[]) => runs.map((m) => m.events);
    const serial = new ReplicationPool(1);
    const expectedA = events(await serial.run(jobs(a, 3)));
    const expectedB = events(await serial.run(jobs(b, 2)));
    const pool = new ReplicationPool(2);
    try {
      const [gotA, gotB] = await Promise.all([pool.run(jobs(a, 3)), pool.run(jobs(b, 2))]);
      expect(events(gotA)).toEqual(expectedA);
      expect(events(gotB)).toEqual(expectedB);
      // The two scenarios differ, so a mix-up would show.
      expect(expectedA.slice(0, 2)).not.toEqual(expectedB);
    } finally {
      await pool.close();
    }
  }, 300_000);
});
