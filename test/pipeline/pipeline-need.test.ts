import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fteNeedOf } from '../../src/cli/commands/pipeline-need.js';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import { compileModel, type ModelConfig } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { measure, sumScopeYear } from '../../src/results/measures.js';
import { scopesOf } from '../../src/results/scopes.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { FIXTURES } from '../cli/cli.js';

let dir: string;
let config: ModelConfig;
let runs: ReplicationMetrics[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-pipeline-need-'));
  const file = join(dir, 'busier.yaml');
  // Demand well above the staff in post: the list grows past its target size, so clearance is needed.
  writeFileSync(file, `extends: ${join(FIXTURES, 'cli-small.yaml')}\nname: test-pipeline-need\ndemand:\n  indications:\n    inherited_cancer:\n      ratePer100kPerYear: 300\n`);
  const loaded = await loadScenario(file, { overrides: ['run.years=3'] });
  config = compileModel(loaded.scenario);
  runs = [0, 1].map((i) => runReplication(config, loaded.scenario.run.seed, i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** summary.csv's figure for the South West network: the mean over replications of a metric. */
function summaryMean(metric: string, y: number): number {
  const scope = scopesOf(config).find((s) => s.scope === 'network' && s.id === 'south_west')!;
  const values = runs.map((m) => measure(config, sumScopeYear(config, m, scope, y), m.weeksPerYear[y]!).get(metric)!);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('pipeline --close-gap-by: the need it closes', () => {
  it('is the recurring need from demand by default, and adds backlog clearance only with --include-backlog', () => {
    const recurring = fteNeedOf(config, runs);
    const withBacklog = fteNeedOf(config, runs, true);
    let clearanceSeen = 0;
    for (let y = config.scenario.run.warmupYears; y < config.years; y++) {
      const year = config.startYear + y;
      for (const role of config.roleIds) {
        const need = summaryMean(`fte_needed_${role}`, y);
        const clearance = summaryMean(`fte_backlog_clearance_${role}`, y);
        if (!Number.isFinite(need)) continue;
        expect(recurring(year, 'south_west', role), `${year} ${role}`).toBeCloseTo(need, 9);
        expect(withBacklog(year, 'south_west', role), `${year} ${role}`).toBeCloseTo(need + clearance, 9);
        if (clearance > 0) clearanceSeen++;
      }
    }
    // The busy list needs clearance somewhere, so the flag changes the need the pipeline closes.
    expect(clearanceSeen).toBeGreaterThan(0);
  }, 300_000);
});
