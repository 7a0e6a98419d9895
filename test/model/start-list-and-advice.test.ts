import { beforeAll, describe, expect, it } from 'vitest';
import { N_TIME_USES, TU } from '../../src/model/activities.js';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { counter, fixture, runFixture, total, type ModelRun } from './run-model.js';

type StartRow = Scenario['startWaitingList'][number];

/** Runs the stationary South West fixture from the given start list (rates halved: spare capacity, every start patient seen in year 1). */
async function runFromStartList(rows: readonly StartRow[], replications = 3): Promise<ReplicationMetrics[]> {
  const { scenario: base } = await loadScenario(fixture('stationary-south-west'), { overrides: ['run.years=1'] });
  const halved = Object.fromEntries(Object.entries(base.demand.indications).map(([id, ind]) => [id, { ...ind, ratePer100kPerYear: ind.ratePer100kPerYear * 0.5 }]));
  const scenario = { ...base, startWaitingList: [...rows], demand: { ...base.demand, indications: halved } } as Scenario;
  const config = compileModel(scenario);
  return Array.from({ length: replications }, (_, r) => runReplication(config, scenario.run.seed, r));
}

const band = (from: number, to: number, count: number): StartRow => ({ cgsId: 'L', priority: 'routine', waitedWeeksFrom: from, waitedWeeksTo: to, count });

/**
 * A start list's wait bands are what it says: patients who have already waited over a year
 * are seen with waits over a year, and a list with a long tail starts with fewer of its
 * patients within 18 weeks. Without the bands (every start patient at 0 weeks waited) the
 * two lists below would give the same year.
 */
describe('the start list keeps its wait bands', () => {
  const N = 400;
  let recent: ReplicationMetrics[];
  let overAYear: ReplicationMetrics[];
  beforeAll(async () => {
    recent = await runFromStartList([band(0, 6, N)]);
    overAYear = await runFromStartList([band(52, 78, N)]);
  });

  it('patients who had waited 52-78 weeks are seen in year 1 with at least 46 more weeks of wait each than those who had waited 0-6', () => {
    for (let r = 0; r < recent.length; r++) {
      const cgs = 0; // L, the first CGS of the South West network
      expect(counter(overAYear[r]!, 0, cgs, 'first_appointments')).toBeGreaterThanOrEqual(N);
      const extraWeeks = counter(overAYear[r]!, 0, cgs, 'first_wait_weeks_sum') - counter(recent[r]!, 0, cgs, 'first_wait_weeks_sum');
      expect(extraWeeks, `replication ${r}`).toBeGreaterThanOrEqual(N * (52 - 6));
    }
  });

  it('a list with a tail over 52 weeks has fewer patients within 18 weeks in its first year', () => {
    for (let r = 0; r < recent.length; r++) {
      const within = (m: ReplicationMetrics) => counter(m, 0, 0, 'snapshot_within_18_weeks') / counter(m, 0, 0, 'snapshot_waiting');
      expect(within(overAYear[r]!)).toBeLessThan(within(recent[r]!));
    }
  });
});

/**
 * Advice and guidance per mainstreamed case: each mainstreamed case brings its requests, and
 * the hours CGS staff spend on them are requests × the standard advice minutes (15 + 10).
 */
describe('mainstreamed cases generate advice-and-guidance work (busy South West)', () => {
  const REQUESTS_PER_CASE = 1.7;
  let run: ModelRun;
  beforeAll(async () => {
    const base = await runFixture('busy-south-west', [], 1);
    const perCase = base.config.indications.filter((i) => i.mainstreaming).map((i) => `demand.indications.${i.id}.mainstreaming.adviceGuidanceRequestsPerCase=${REQUESTS_PER_CASE}`);
    run = await runFixture('busy-south-west', ['demand.adviceGuidanceRequestsPerReferral=0', ...perCase], 2);
  });

  it('requests = mainstreamed cases × requests per case, for every CGS and year', () => {
    for (const m of run.runs) {
      expect(total(m, 'referrals_mainstreamed')).toBeGreaterThan(100);
      for (let y = 0; y < m.years; y++) {
        for (let c = 0; c < m.nCgs; c++) {
          expect(counter(m, y, c, 'advice_guidance_requests')).toBeCloseTo(REQUESTS_PER_CASE * counter(m, y, c, 'referrals_mainstreamed'), 6);
        }
      }
    }
  });

  it('advice hours used = requests × (15 + 10) minutes, less at most the last weeks not yet charged', () => {
    const minutesPerRequest = run.config.scenario.appointments.advice_guidance.standard.durationMinutes + run.config.scenario.appointments.advice_guidance.standard.adminMinutes;
    for (const m of run.runs) {
      let used = 0;
      for (let y = 0; y < m.years; y++) for (let c = 0; c < m.nCgs; c++) for (let r = 0; r < m.nRoles; r++) used += m.staffHours[m.yearCgsRole(y, c, r) * N_TIME_USES + TU.advice_guidance]!;
      const requested = (total(m, 'advice_guidance_requests') * minutesPerRequest) / 60;
      expect(used).toBeLessThanOrEqual(requested + 1e-6);
      expect(used).toBeGreaterThan(0.97 * requested);
    }
  });
});
