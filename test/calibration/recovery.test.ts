import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrateScenario, draftFor } from '../../src/calibration/calibrate-scenario.js';
import { fitParameter } from '../../src/calibration/parameters.js';
import { matchObservations, simulatedValues } from '../../src/calibration/simulated.js';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { compileModel } from '../../src/model/model-config.js';
import { metricNames } from '../../src/results/measures.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { mergeScenario } from '../../src/scenario/merge.js';
import type { Observation } from '../../src/scenario/observed.js';
import { scenarioSchema } from '../../src/scenario/schema/scenario.js';
import { FIXTURES } from '../cli/cli.js';

const pool = new ReplicationPool(2);
afterAll(() => pool.close());

const FIT = ['demand.rateMultiplier.inherited_cancer', 'pathway.slotUtilisationShare', 'workforce.roles.clinical_geneticist.annualCostPerFteGbp'];
const TRUTH = [1.3, 0.8];

describe('calibration by simulation', () => {
  it('recovers known parameters from series simulated with them, within its intervals, and reports a parameter the series cannot see', async () => {
    const { scenario } = await loadScenario(join(FIXTURES, 'cli-small.yaml'));
    // Truth: the fixture with known values, simulated with another seed (the fit cannot share its random numbers).
    const params = FIT.slice(0, 2).map((spec) => fitParameter(spec, scenario));
    const truth = scenarioSchema.parse(mergeScenario(structuredClone(scenario), draftFor(params, TRUTH)));
    const hash = createHash('sha256').update(JSON.stringify(truth)).digest('hex');
    const runs = await pool.run(Array.from({ length: 6 }, (_, i) => ({ scenario: truth, hash, seed: 991, replication: i })));
    const template: Observation[] = [];
    for (const year of [2026, 2027]) {
      for (const [scope, scopeId] of [['cgs', 'L'], ['cgs', 'M']] as const) {
        for (const metric of ['referrals_received', 'first_appointments', 'waiting_list_end']) {
          template.push({ year, scope, scopeId, metric, value: 0, weight: 1, source: 'simulated truth', confidence: 'H', file: 'truth', row: template.length + 2 });
        }
      }
    }
    const simulated = simulatedValues(compileModel(truth), runs, matchObservations(template, truth, metricNames(compileModel(truth))));
    const observations = template.map((o, k) => {
      const mean = simulated[k]!.interval.mean;
      return { ...o, value: mean, low: mean * 0.95, high: mean * 1.05 };
    });
    // Each CGS is scored from the same simulation; the fit starts from the fixture's own values.
    const result = await calibrateScenario(scenario, observations, pool, { replications: 3, seed: 1, maxEvaluations: 30, fit: FIT });
    const [rate, slots, cost] = result.fit.estimates;
    expect(rate!.initial).toBe(1);
    expect(rate!.ciLow).toBeLessThanOrEqual(TRUTH[0]!);
    expect(rate!.ciHigh).toBeGreaterThanOrEqual(TRUTH[0]!);
    expect(slots!.ciLow).toBeLessThanOrEqual(TRUTH[1]!);
    expect(slots!.ciHigh).toBeGreaterThanOrEqual(TRUTH[1]!);
    expect(rate!.identified && slots!.identified).toBe(true);
    expect(cost!.identified).toBe(false);
    expect(cost!.reason).toMatch(/flat/);
    expect(result.fit.objectiveAfter).toBeLessThan(result.fit.objectiveBefore);
  }, 600_000);
});
