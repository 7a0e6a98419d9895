import { beforeAll, describe, expect, it } from 'vitest';
import { pairedDifferenceInterval } from '../../src/engine/stats/confidence.js';
import { runFixture, scaleRates, total, type ModelRun } from './run-model.js';

const INDICATIONS = ['rare_disease_paediatric', 'rare_disease_adult', 'inherited_cancer', 'cardiac', 'prenatal_reproductive', 'predictive_testing', 'familial_hypercholesterolaemia'];
const everyIndication = (field: string, value: number | string) => INDICATIONS.map((i) => `demand.indications.${i}.${field}=${value}`);
const L = 0; // South West CGS L refers to local mental-health services (data/cgs.csv).

/** Mean weeks from referral to a first psychology session at CGS L over years 1..2 of one replication. */
const meanWeeksToPsychology = (run: ModelRun, r: number): number =>
  total(run.runs[r]!, 'psychology_wait_weeks_sum', [L], [1, 2]) / total(run.runs[r]!, 'psychology_started', [L], [1, 2]);

/**
 * Local mental-health services have finite places for CGS patients. On the stationary South
 * West fixture (demand × 0.6, no tests, so need is assessed at the first appointment), raising
 * the share who need psychology from 10% to 40% quadruples referrals to local services: with
 * places for about 1.5 times the lower need the wait grows far beyond the standing wait; with
 * no limit it does not move. Same seeds throughout (paired).
 */
describe('local mental-health psychology: a wait that grows when referrals rise', () => {
  const runs: Record<string, ModelRun> = {};
  beforeAll(async () => {
    const base = await runFixture('stationary-south-west', [], 0);
    // Starting empty keeps the flow stationary: clearing the default start list (sized from
    // published strain) would send a first-year burst of patients to the local places.
    const sets = [...scaleRates(base.config, 0.6), 'run.years=3', 'run.startFromWaitingList=false'];
    for (const [label, places] of [['limited', 'pathway.localMentalHealthPlacesPer100kPerYear=20'], ['unlimited', 'pathway.localMentalHealthPlacesPer100kPerYear=null']] as const) {
      for (const need of [0.1, 0.4]) runs[`${label}-${need}`] = await runFixture('stationary-south-west', [...sets, places, ...everyIndication('psychologyNeedShare', need)], 4);
    }
    expect(runs['limited-0.1']!.config.psychologyAccess[L]).toBe(1);
  });

  it('with finite places the wait grows by more than 10 weeks (paired 95% CI)', () => {
    const low = runs['limited-0.1']!, high = runs['limited-0.4']!;
    const diff = pairedDifferenceInterval(high.runs.map((_, r) => meanWeeksToPsychology(high, r)), low.runs.map((_, r) => meanWeeksToPsychology(low, r)));
    expect(diff.low, `wait rose by ${diff.mean.toFixed(1)} weeks`).toBeGreaterThan(10);
    // And those still waiting for a place are reported at the year end.
    for (const m of high.runs) expect(total(m, 'psychology_local_waiting_end', [L], [2])).toBeGreaterThan(total(low.runs[0]!, 'psychology_local_waiting_end', [L], [2]));
  });

  it('at the lower need the wait is about the standing wait (within 2 weeks)', () => {
    const low = runs['limited-0.1']!;
    const standing = low.config.scenario.pathway.localMentalHealthWaitWeeks;
    for (let r = 0; r < low.runs.length; r++) expect(Math.abs(meanWeeksToPsychology(low, r) - standing)).toBeLessThan(2);
  });

  it('with no limit on places the wait does not depend on referrals (within 2 weeks)', () => {
    const low = runs['unlimited-0.1']!, high = runs['unlimited-0.4']!;
    for (let r = 0; r < low.runs.length; r++) expect(Math.abs(meanWeeksToPsychology(high, r) - meanWeeksToPsychology(low, r))).toBeLessThan(2);
  });
});

/**
 * Need is assessed where it arises. Predictive testing assesses it at pre-test counselling (the
 * first appointment; data/indication_pathway.csv), other indications at results. Here every
 * patient is tested and results take longer than the run, so only need assessed at the first
 * appointment can appear.
 */
describe('psychological need is assessed where it arises', () => {
  let atFirst: ModelRun;
  let atResults: ModelRun;
  beforeAll(async () => {
    const sets = [
      ...everyIndication('psychologyNeedShare', 0), 'demand.indications.predictive_testing.psychologyNeedShare=0.5',
      ...everyIndication('testShare', 1), ...['rapid_exome', 'panel', 'exome_genome', 'single_gene_familial', 'cardiac_panel', 'cancer_panel'].map((t) => `tests.${t}.turnaroundDaysMean=5000`),
      'run.years=2', 'run.seedPathwayCaseload=false',
    ];
    atFirst = await runFixture('stationary-south-west', sets, 2);
    atResults = await runFixture('stationary-south-west', [...sets, 'demand.indications.predictive_testing.psychologyAssessedAt=results'], 2);
  });

  it('the data assess predictive testing at the first appointment', () => {
    expect(atFirst.config.scenario.demand.indications.predictive_testing!.psychologyAssessedAt).toBe('first_appointment');
  });

  it('need appears at pre-test counselling, before any result', () => {
    for (const m of atFirst.runs) {
      expect(total(m, 'results_appointments')).toBe(0);
      expect(total(m, 'psychology_need')).toBeGreaterThan(20);
    }
  });

  it('assessed only at results, none would appear yet', () => {
    for (const m of atResults.runs) expect(total(m, 'psychology_need')).toBe(0);
  });
});
