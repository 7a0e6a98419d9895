import { beforeAll, describe, expect, it } from 'vitest';
import { availableFte, workloadFte } from '../../src/experiments/solve/estimates.js';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import type { ModelConfig } from '../../src/model/model-config.js';
import { N_NEED, NEED_ACTIVITIES } from '../../src/model/staffing-need/need-activities.js';
import { needHoursPerFte, recurringNeedFte } from '../../src/model/staffing-need/need.js';
import { offsetTraineeWork } from '../../src/model/staffing-need/trainee-establishment.js';
import { compileModel } from '../../src/model/model-config.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { measure, sumScopeYear, type ScopeYear } from '../../src/results/measures.js';
import { scopesOf } from '../../src/results/scopes.js';
import { fixture, runFixture, scaleRates, type ModelRun } from './run-model.js';

/**
 * Trainee establishment is counted as given in staffing need (model/staffing-need/
 * trainee-establishment.ts): trainees' FTE is the planned establishment, and their supervised
 * work is taken off the qualified roles' need. The stationary South West fixture (CGSs L and M,
 * with 6.3 registrar and 3.9 trainee counsellor FTE from the baseline data) lets trainee
 * counsellors and registrars give standard first appointments after the counsellors.
 */
const MIX = 'workforce.skillMix.first_standard=[genetic_counsellor, trainee_genetic_counsellor, specialty_registrar, clinical_geneticist]';
const FIRST = NEED_ACTIVITIES.indexOf('first_standard');

const national = (config: ModelConfig) => scopesOf(config).find((s) => s.scope === 'national')!;
const sums = (run: ModelRun, rep: number, year: number): ScopeYear => sumScopeYear(run.config, run.runs[rep]!, national(run.config), year);
const metric = (run: ModelRun, rep: number, year: number, name: string): number =>
  measure(run.config, sums(run, rep, year), run.runs[rep]!.weeksPerYear[year]!).get(name)!;

/** The ledger's work demanded for the whole run's CGSs, before trainees' work is taken off anyone, by [role][activity]. */
function rawDemand(config: ModelConfig, m: ReplicationMetrics, year: number): Float64Array {
  const out = new Float64Array(config.roleIds.length * N_NEED);
  for (let c = 0; c < m.nCgs; c++) {
    const base = m.yearCgsRole(year, c, 0) * N_NEED;
    for (let i = 0; i < out.length; i++) out[i]! += m.demandHours[base + i]!;
  }
  return out;
}

describe('trainee establishment in staffing need', () => {
  let run: ModelRun;
  beforeAll(async () => {
    run = await runFixture('stationary-south-west', [MIX, 'run.years=2'], 2);
  });

  it('takes the trainees\' productive hours (at their capacity factor, after their own work) off the counsellors\' first appointments', () => {
    const { config } = run;
    const gc = config.roleIds.indexOf('genetic_counsellor');
    for (let rep = 0; rep < 2; rep++) {
      const m = run.runs[rep]!;
      const y = 1;
      const raw = rawDemand(config, m, y);
      const net = sums(run, rep, y).demandHours;
      // Who does the work moves; the work each activity demands does not.
      for (let a = 0; a < N_NEED; a++) {
        let before = 0, after = 0;
        for (let r = 0; r < config.roleIds.length; r++) { before += raw[r * N_NEED + a]!; after += net[r * N_NEED + a]!; }
        expect(Math.abs(after - before), NEED_ACTIVITIES[a]).toBeLessThanOrEqual(1e-9 * Math.max(1, before));
      }
      // Each trainee role's hours in post (FTE × hours per FTE, clinic time at its capacity
      // factor) less the work the skill mix gives it directly go to first appointments, all
      // taken from the counsellors (the fixture's only other role giving them).
      let traineeHours = 0;
      for (let t = 0; t < config.roleIds.length; t++) {
        if (!config.roleIsTrainee[t]) continue;
        for (let c = 0; c < m.nCgs; c++) {
          const cr = m.yearCgsRole(y, c, t);
          let own = 0;
          for (let a = 0; a < N_NEED; a++) own += m.demandHours[cr * N_NEED + a]!;
          traineeHours += (m.fteWeeks[cr]! / m.weeksPerYear[y]!) * needHoursPerFte(config, t, m.weeksPerYear[y]!) - own;
        }
      }
      expect(traineeHours).toBeGreaterThan(1000);
      const moved = raw[gc * N_NEED + FIRST]! - net[gc * N_NEED + FIRST]!;
      expect(Math.abs(moved - traineeHours) / traineeHours, `moved ${moved} h, trainees' productive hours ${traineeHours} h`).toBeLessThan(1e-9);
      // So counsellor need falls by about those hours over a counsellor's hours per FTE (the
      // counsellors' ring-fenced reserves make it not exactly linear).
      const withoutTrainees = recurringNeedFte(config, gc, raw, gc * N_NEED, m.weeksPerYear[y]!);
      const need = metric(run, rep, y, 'fte_needed_genetic_counsellor');
      const expectedFall = traineeHours / needHoursPerFte(config, gc, m.weeksPerYear[y]!);
      expect(withoutTrainees - need).toBeGreaterThan(0.8 * expectedFall);
      expect(withoutTrainees - need).toBeLessThan(1.2 * expectedFall);
    }
  });

  it('adds the trainees\' supervision to their supervisors\' work: consultants for registrars, counsellors for trainee counsellors', () => {
    const { config } = run;
    const supervision = NEED_ACTIVITIES.indexOf('supervision');
    const m = run.runs[0]!;
    const raw = rawDemand(config, m, 1);
    const role = (id: string) => config.roleIds.indexOf(id);
    const traineeFteWeeks = (id: string) => Array.from({ length: m.nCgs }, (_, c) => m.fteWeeks[m.yearCgsRole(1, c, role(id))]!).reduce((a, b) => a + b, 0);
    // Supply data: 3 h a week per registrar head at 0.9 FTE per head; 3.5 h per trainee counsellor at 0.85.
    expect(raw[role('clinical_geneticist') * N_NEED + supervision]! / traineeFteWeeks('specialty_registrar')).toBeCloseTo(3 / 0.9, 9);
    expect(raw[role('genetic_counsellor') * N_NEED + supervision]! / traineeFteWeeks('trainee_genetic_counsellor')).toBeCloseTo(3.5 / 0.85, 9);
    expect(raw[role('genomic_associate') * N_NEED + supervision]!).toBe(0);
  });
});

describe('trainee fte_needed is the establishment, whatever the demand', () => {
  let low: ModelRun;
  let high: ModelRun;
  beforeAll(async () => {
    const probe = await runFixture('stationary-south-west', [MIX, 'run.years=1'], 1);
    low = await runFixture('stationary-south-west', [MIX, 'run.years=1', ...scaleRates(probe.config, 0.5)], 1);
    high = await runFixture('stationary-south-west', [MIX, 'run.years=1', ...scaleRates(probe.config, 1.5)], 1);
  });

  it('equals the trainee FTE in post at half and one and a half times the demand, while counsellor need follows demand', () => {
    for (const run of [low, high]) {
      for (const role of ['specialty_registrar', 'trainee_genetic_counsellor']) {
        const available = metric(run, 0, 0, `fte_available_${role}`);
        expect(available).toBeGreaterThan(1);
        expect(metric(run, 0, 0, `fte_needed_${role}`), role).toBe(available);
      }
    }
    const need = (run: ModelRun) => metric(run, 0, 0, 'fte_needed_genetic_counsellor');
    expect(need(high)).toBeGreaterThan(2 * need(low));
  });

  it('gives solve no trainee gap to fill: its workload estimate for a trainee role is the establishment plus backlog clearance', () => {
    const { config } = high;
    const s = [sums(high, 0, 0)];
    const weeks = high.runs[0]!.weeksPerYear[0]!;
    for (const role of ['specialty_registrar', 'trainee_genetic_counsellor']) {
      const r = config.roleIds.indexOf(role);
      const clearance = s[0]!.clearanceHours[r]! / needHoursPerFte(config, r, weeks);
      expect(Math.abs(workloadFte(config, s, r, weeks) - availableFte(s, r) - clearance), role).toBeLessThan(1e-9);
    }
  });
});

/** Family history goes to genomic associates in these runs (triage and its preparation, theirs in the fixture, to others): their need follows its demand. */
describe('genomic associate need follows the demand for their activities', () => {
  it('rises about threefold when three times as many referrals need family-history preparation', async () => {
    const mix = ['workforce.skillMix.family_history=[genomic_associate, family_history_coordinator]', 'workforce.skillMix.triage=[genetic_counsellor]', 'workforce.skillMix.triage_preparation=[family_history_coordinator]'];
    const need = async (share: number) => {
      const run = await runFixture('stationary-south-west', [...mix, 'run.years=1', `pathway.familyHistoryShare=${share}`], 2);
      return [0, 1].map((rep) => metric(run, rep, 0, 'fte_needed_genomic_associate')).reduce((a, b) => a + b) / 2;
    };
    const [few, many] = [await need(0.25), await need(0.75)];
    expect(few).toBeGreaterThan(0.5);
    // Family-history arrivals are binomial around 25% and 75% of a year's list joiners: ±5%.
    expect(many / few).toBeGreaterThan(2.7);
    expect(many / few).toBeLessThan(3.3);
  });
});

/**
 * Triage is split by who does it: the decision (appointments.triage durationMinutes) by the
 * triage roles, its preparation (adminMinutes: registering, records, eligibility, letters) by
 * the triage_preparation roles, genomic associates first. Counsellors triage here.
 */
describe('triage preparation by genomic associates', () => {
  const mix = 'workforce.skillMix.triage=[genetic_counsellor]';
  let one: ModelRun;
  let two: ModelRun;
  beforeAll(async () => {
    one = await runFixture('stationary-south-west', [mix, 'run.years=1'], 2);
    two = await runFixture('stationary-south-west', [mix, 'run.years=1', ...scaleRates(one.config, 2)], 2);
  });

  it('gives the admin minutes of each referral\'s triage to genomic associates and only the decision to counsellors', () => {
    const { config } = one;
    const role = (id: string) => config.roleIds.indexOf(id);
    const triage = config.scenario.appointments.triage.standard;
    expect(triage.adminMinutes).toBeGreaterThan(0);
    for (let rep = 0; rep < 2; rep++) {
      const hours = sums(one, rep, 0).demandHours;
      const referrals = metric(one, rep, 0, 'referrals_to_cgs');
      const prep = hours[role('genomic_associate') * N_NEED + NEED_ACTIVITIES.indexOf('triage_preparation')]!;
      const decision = hours[role('genetic_counsellor') * N_NEED + NEED_ACTIVITIES.indexOf('triage')]!;
      // A referral arriving in a year's last days is charged when the week's arrivals are collected: within 1%.
      expect(Math.abs(prep / ((referrals * triage.adminMinutes) / 60) - 1)).toBeLessThan(0.01);
      expect(Math.abs(decision / ((referrals * triage.durationMinutes) / 60) - 1)).toBeLessThan(0.01);
      expect(hours[role('genetic_counsellor') * N_NEED + NEED_ACTIVITIES.indexOf('triage_preparation')]!).toBe(0);
    }
  });

  it('so genomic associate need doubles with the referrals', () => {
    const need = (run: ModelRun) => [0, 1].map((rep) => metric(run, rep, 0, 'fte_needed_genomic_associate')).reduce((a, b) => a + b) / 2;
    expect(need(one)).toBeGreaterThan(0.5);
    // Referrals are Poisson, several thousand a year: the ratio is 2 within a few per cent.
    expect(need(two) / need(one)).toBeGreaterThan(1.9);
    expect(need(two) / need(one)).toBeLessThan(2.1);
  });
});

/** Where trainees' hours go when their own profession's work runs out, worked by hand on one CGS-year. */
describe('trainee work taken from qualified roles', () => {
  it('comes from the trainee\'s own profession first, then other qualified roles, and never exceeds the work there is', async () => {
    const { scenario } = await loadScenario(fixture('stationary-south-west'), { overrides: [MIX, 'workforce.skillMix.first_complex=[clinical_geneticist, specialty_registrar, genetic_counsellor]'] });
    const config = compileModel(scenario);
    const role = (id: string) => config.roleIds.indexOf(id);
    const [cg, reg, gc, tgc] = ['clinical_geneticist', 'specialty_registrar', 'genetic_counsellor', 'trainee_genetic_counsellor'].map(role) as [number, number, number, number];
    const COMPLEX = NEED_ACTIVITIES.indexOf('first_complex');
    const weeks = 52;
    const regHours = needHoursPerFte(config, reg, weeks);
    const work = () => {
      const w = new Float64Array(config.roleIds.length * N_NEED);
      w[cg * N_NEED + COMPLEX] = 300; // consultants' complex first appointments
      w[gc * N_NEED + FIRST] = 5000; // counsellors' standard first appointments
      return w;
    };
    // One registrar FTE has regHours: 300 from consultants, the rest from counsellors.
    const one = work();
    offsetTraineeWork(config, one, (r) => (r === reg ? 1 : 0), weeks);
    expect(regHours).toBeGreaterThan(300);
    expect(one[cg * N_NEED + COMPLEX]!).toBeCloseTo(0, 9);
    expect(one[reg * N_NEED + COMPLEX]!).toBeCloseTo(300, 9);
    expect(one[gc * N_NEED + FIRST]!).toBeCloseTo(5000 - (regHours - 300), 6);
    // Fifty registrars and trainee counsellors would do more than all of it: the work is all theirs, none below zero, the rest idle.
    const many = work();
    offsetTraineeWork(config, many, (r) => (r === reg || r === tgc ? 50 : 0), weeks);
    for (const x of many) expect(x).toBeGreaterThanOrEqual(-1e-9);
    expect(many[cg * N_NEED + COMPLEX]! + many[gc * N_NEED + FIRST]!).toBeCloseTo(0, 6);
    expect(many[reg * N_NEED + COMPLEX]! + many[reg * N_NEED + FIRST]! + many[tgc * N_NEED + FIRST]!).toBeCloseTo(5300, 6);
  });
});
