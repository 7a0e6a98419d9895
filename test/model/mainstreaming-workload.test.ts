import { beforeAll, describe, expect, it } from 'vitest';
import { studentTInterval } from '../../src/engine/stats/confidence.js';
import { N_TIME_USES, TU } from '../../src/model/activities.js';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { TimeUse } from '../../src/scenario/schema/primitives.js';
import { fixture, ROOT, runFixture, scaleRates, total, type ModelRun } from './run-model.js';
import { join } from 'node:path';

/** Hours used (or reserved) for one activity, summed over CGSs and roles (all, or those listed) in one year. */
function hours(m: ReplicationMetrics, use: TimeUse, year: number, roles?: readonly number[], of: 'used' | 'reserved' = 'used'): number {
  const from = of === 'used' ? m.staffHours : m.reservedHours;
  let sum = 0;
  for (let c = 0; c < m.nCgs; c++) {
    for (let r = 0; r < m.nRoles; r++) if (!roles || roles.includes(r)) sum += from[m.yearCgsRole(year, c, r) * N_TIME_USES + TU[use]]!;
  }
  return sum;
}

const clinicAvailable = (m: ReplicationMetrics, year: number): number => {
  let sum = 0;
  for (let c = 0; c < m.nCgs; c++) for (let r = 0; r < m.nRoles; r++) sum += m.clinicHoursAvailable[m.yearCgsRole(year, c, r)]!;
  return sum;
};

/** 95% interval of the paired difference b − a over replications (common random numbers). */
const pairedDiff = (a: ModelRun, b: ModelRun, value: (m: ReplicationMetrics) => number) =>
  studentTInterval(a.runs.map((m, r) => value(b.runs[r]!) - value(m)));

const scenarioFile = (name: string) => join(ROOT, 'scenarios', `${name}.yaml`);

async function runScenario(name: string, overrides: readonly string[], replications: number): Promise<ModelRun> {
  const { scenario } = await loadScenario(scenarioFile(name), { overrides });
  const config = compileModel(scenario);
  return { config, runs: Array.from({ length: replications }, (_, r) => runReplication(config, scenario.run.seed, r)) };
}

/**
 * National baseline and faster mainstreaming, 2026/27 to 2030/31. Today's code books reserved
 * job-plan time to its activity whatever the demand, so advice-and-guidance and MDT hours are
 * the same every year and in both scenarios; here they come from the work mainstreaming creates.
 */
describe('the work mainstreaming creates (national, 5 years, 3 replications)', () => {
  let base: ModelRun;
  let faster: ModelRun;
  beforeAll(async () => {
    base = await runScenario('national-baseline', ['run.years=5'], 3);
    faster = await runScenario('whatif-faster-mainstreaming', ['run.years=5'], 3);
  });

  it('advice-and-guidance and MDT hours used rise over the baseline years as mainstreaming rises', () => {
    for (const use of ['advice_guidance', 'mdt'] as const) {
      const rise = studentTInterval(base.runs.map((m) => hours(m, use, 4) - hours(m, use, 0)));
      expect(rise.low, `${use}: 2030/31 − 2026/27 hours, interval ${rise.low}..${rise.high}`).toBeGreaterThan(0);
    }
    const mainstreamedRise = studentTInterval(base.runs.map((m) => total(m, 'referrals_mainstreamed', undefined, [4]) - total(m, 'referrals_mainstreamed', undefined, [0])));
    expect(mainstreamedRise.low).toBeGreaterThan(0);
  });

  it('faster mainstreaming raises advice-and-guidance and MDT hours in 2030/31 by more than 10%, distinguishable from no change', () => {
    for (const use of ['advice_guidance', 'mdt'] as const) {
      const d = pairedDiff(base, faster, (m) => hours(m, use, 4));
      const level = studentTInterval(base.runs.map((m) => hours(m, use, 4))).mean;
      expect(d.low, `${use}: difference ${d.mean} h (${d.low}..${d.high}) on ${level} h`).toBeGreaterThan(0.1 * level);
    }
  });

  it('faster mainstreaming brings more cascade referrals to CGSs, from more mainstream diagnoses', () => {
    const diagnoses = pairedDiff(base, faster, (m) => total(m, 'mainstream_diagnoses', undefined, [4]));
    const cascade = pairedDiff(base, faster, (m) => total(m, 'cascade_referrals', undefined, [4]));
    expect(diagnoses.low).toBeGreaterThan(0);
    expect(cascade.low).toBeGreaterThan(0);
  });
});

/** Busy South West: staff fully booked, so clinic time given back turns into appointments. */
describe('reserved advice time is used by demand, and what is not used goes back to clinics', () => {
  const noAdvice = (config: ModelRun['config']) => [
    'demand.adviceGuidanceRequestsPerReferral=0',
    ...config.indications.filter((i) => i.mainstreaming).map((i) => `demand.indications.${i.id}.mainstreaming.adviceGuidanceRequestsPerCase=0`),
  ];
  const fenced = (config: ModelRun['config']) => config.roleIds.map((r) => `workforce.roles.${r}.jobPlan.adviceGuidanceRingFenced=true`);
  let base: ModelRun;
  let none: ModelRun;
  let noneFenced: ModelRun;
  beforeAll(async () => {
    // Referral rates raised a quarter so the staff stay fully booked whatever the default
    // balance of demand and capacity: with the revised (lighter) CGS effort per mainstreamed
    // case, the default South West has spare clinic time in 2026/27 and clears its start list.
    const { scenario } = await loadScenario(fixture('busy-south-west'));
    const busier = scaleRates(compileModel(scenario), 1.25);
    base = await runFixture('busy-south-west', busier);
    none = await runFixture('busy-south-west', [...busier, ...noAdvice(base.config)]);
    noneFenced = await runFixture('busy-south-west', [...busier, ...noAdvice(base.config), ...fenced(base.config)]);
  });

  it('with advice requests, advice hours used are positive and never include reserve nobody used', () => {
    for (const m of base.runs) {
      for (let y = 0; y < m.years; y++) {
        expect(hours(m, 'advice_guidance', y)).toBeGreaterThan(0);
        expect(hours(m, 'advice_guidance', y, undefined, 'reserved')).toBeGreaterThan(0);
      }
    }
    for (const m of none.runs) for (let y = 0; y < m.years; y++) expect(hours(m, 'advice_guidance', y)).toBe(0);
  });

  it('with no advice requests at all, the reserve returns to clinics and first appointments rise', () => {
    for (let y = 0; y < base.config.years; y++) {
      const clinic = pairedDiff(base, none, (m) => clinicAvailable(m, y));
      expect(clinic.low, `clinic hours returned in year ${y}`).toBeGreaterThan(0);
      const reserved = pairedDiff(base, none, (m) => hours(m, 'advice_guidance', y, undefined, 'reserved'));
      expect(reserved.mean).toBeCloseTo(0, 6);
    }
    const firsts = pairedDiff(base, none, (m) => total(m, 'first_appointments'));
    expect(firsts.low, `extra first appointments ${firsts.mean} (${firsts.low}..${firsts.high})`).toBeGreaterThan(0);
  });

  it('ring-fenced advice time stays reserved but unused: reported as reserved, not used, and not given to clinics', () => {
    for (let r = 0; r < noneFenced.runs.length; r++) {
      const fencedRun = noneFenced.runs[r]!, open = none.runs[r]!;
      for (let y = 0; y < fencedRun.years; y++) {
        const reserved = hours(fencedRun, 'advice_guidance', y, undefined, 'reserved');
        expect(reserved).toBeGreaterThan(100);
        expect(hours(fencedRun, 'advice_guidance', y)).toBe(0);
        // Open reserve returns at each role's clinical capacity factor, at least the smallest.
        expect(clinicAvailable(fencedRun, y)).toBeLessThan(clinicAvailable(open, y) - 0.99 * reserved * Math.min(...noneFenced.config.roleCapacityFactor));
        // The idle reserve is counted as "other" time, so the hours still add up.
        expect(hours(fencedRun, 'other', y)).toBeGreaterThan(reserved);
      }
    }
    expect(total(noneFenced.runs[0]!, 'first_appointments')).toBeLessThan(total(none.runs[0]!, 'first_appointments'));
  });

  it('staff hours still add up, with reserve returned or ring-fenced: Σ hours used = FTE-weeks × hours × (1 − leave)', () => {
    const { config } = noneFenced;
    for (const run of [base, none, noneFenced]) {
      for (const m of run.runs) {
        for (let y = 0; y < m.years; y++) {
          for (let c = 0; c < m.nCgs; c++) {
            for (let r = 0; r < m.nRoles; r++) {
              const cr = m.yearCgsRole(y, c, r);
              let used = 0;
              for (let a = 0; a < N_TIME_USES; a++) used += m.staffHours[cr * N_TIME_USES + a]!;
              const available = m.fteWeeks[cr]! * config.roleHoursPerWeek[r]! * (1 - config.roleLeaveShare[r]!);
              if (available === 0) expect(used).toBe(0);
              else expect(Math.abs(used - available) / available).toBeLessThan(1e-9);
            }
          }
        }
      }
    }
  });
});
