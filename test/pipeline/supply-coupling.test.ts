import { beforeAll, describe, expect, it } from 'vitest';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import { compileModel, type ModelConfig } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { supervisionPlanOf, supplyFte } from '../../src/model/supply-coupling.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { supplyContextOf, toSupplyParams } from '../../src/scenario/supply-to-params.js';
import { projectSupply, replicationStreams } from '../../src/supply/index.js';
import { smallScenario } from './fixtures.js';

const YEARS = 7;
const SEED = 5;

async function configOf(...overrides: string[]): Promise<ModelConfig> {
  const { file } = smallScenario('', YEARS);
  return compileModel((await loadScenario(file, { overrides })).scenario);
}

/** A national-scope metric by year for one replication. */
function series(config: ModelConfig, metrics: ReplicationMetrics, metric: string): number[] {
  return replicationTable(config, [metrics]).filter((s) => s.scope.scope === 'national' && s.metric === metric).map((s) => s.values[0]!);
}

const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

describe('supply.mode: pipeline in the service model', () => {
  let current: ModelConfig;
  let expanded: ModelConfig;
  beforeAll(async () => {
    // Places all filled and no supervision limit, so the lag alone is seen (the limit has its own tests).
    const plain = ['supply.mode=pipeline', 'supply.roles.genetic_counsellor.placesFillShare=1', 'supply.limitIntakeBySupervision=false'];
    current = await configOf(...plain);
    // Ten genetic counselling places a year from 2027 instead of 1.6: qualified from 2030 (3 years; the 4-month
    // time to fill is a third of a yearly step, so two thirds of a cohort are in post at the next census).
    expanded = await configOf(...plain, 'supply.networks.south_west.genetic_counsellor.trainingPlacesPerYear.2027=10');
  });

  it('gives each CGS its share of the network pipeline: qualified FTE by baseline FTE, trainees as registrars and trainee counsellors', () => {
    const fte = supplyFte(current, SEED, 0)!;
    const nCgs = current.cgsIds.length, nRoles = current.roleIds.length;
    const all = toSupplyParams(current.scenario.supply!, supplyContextOf(current.scenario));
    // Only the simulated network is projected, as in the coupling (moves between networks then stay within it).
    const lines = all.lines.filter((line) => line.network === 'south_west');
    const projection = projectSupply({ ...all, lines }, { startYear: 2026, years: YEARS, streams: replicationStreams(SEED, 0) });
    const at = (year: number, role: string) => projection.records.find((r) => r.year === year && r.network === 'south_west' && r.role === role)!;
    const role = (id: string) => current.roleIds.indexOf(id);
    const cells = (y: number, r: number) => Array.from({ length: nCgs }, (_, c) => fte[(y * nCgs + c) * nRoles + r]!);
    for (let y = 0; y < YEARS; y++) {
      expect(sum(cells(y, role('genetic_counsellor')))).toBeCloseTo(at(2026 + y, 'genetic_counsellor').fteSupply, 9);
      expect(sum(cells(y, role('clinical_geneticist')))).toBeCloseTo(at(2026 + y, 'clinical_geneticist').fteSupply, 9);
      expect(sum(cells(y, role('specialty_registrar')))).toBeCloseTo(at(2026 + y, 'clinical_geneticist').trainees * 0.9, 9);
      expect(sum(cells(y, role('trainee_genetic_counsellor')))).toBeCloseTo(at(2026 + y, 'genetic_counsellor').trainees * 0.85, 9);
    }
    // Shares follow the baseline: L has 13.5 of the network's 21.3 FTE of genetic counsellors.
    const gc = role('genetic_counsellor');
    const baseline = [0, 1].map((c) => current.baselineFte[c * nRoles + gc]!);
    const y0 = cells(0, gc);
    expect(y0[0]! / (y0[0]! + y0[1]!)).toBeCloseTo(baseline[0]! / (baseline[0]! + baseline[1]!), 9);
  });

  it('returns null in fixed mode and when the scenario has no supply section', async () => {
    expect(supplyFte(await configOf(), SEED, 0)).toBeNull();
    expect(supplyFte(await configOf('supply=null'), SEED, 0)).toBeNull();
  });

  it('more training places raise genetic counsellor FTE available in later years, not before the training lag', () => {
    const before = series(current, runReplication(current, SEED, 0), 'fte_available_genetic_counsellor');
    const after = series(expanded, runReplication(expanded, SEED, 0), 'fte_available_genetic_counsellor');
    expect(before).toHaveLength(YEARS);
    // 2026-2029: the extra trainees starting in 2027 are still in training.
    for (let y = 0; y < 4; y++) expect(after[y], String(2026 + y)).toBeCloseTo(before[y]!, 9);
    // 2030 on: each extra cohort joins (8.4 more starters × 0.964 completion × 0.9 take-up × 0.85 FTE per head ≈ 6.2 FTE),
    // two thirds at the first census after qualifying and the rest a year later, less leavers.
    for (let y = 4; y < YEARS; y++) expect(after[y]! - before[y]!, String(2026 + y)).toBeGreaterThan(3.5 * (y - 3));
  });

  it('the trainees show at once as trainee genetic counsellor FTE', () => {
    const before = series(current, runReplication(current, SEED, 1), 'fte_available_trainee_genetic_counsellor');
    const after = series(expanded, runReplication(expanded, SEED, 1), 'fte_available_trainee_genetic_counsellor');
    expect(after[0]).toBeCloseTo(before[0]!, 9);
    expect(after[1]! - before[1]!).toBeCloseTo(8.4 * 0.85, 6);
  });
});

describe('supply.mode: fixed', () => {
  it('gives the same results as a scenario without a supply section', async () => {
    const fixed = await configOf();
    const none = await configOf('supply=null');
    expect(fixed.scenario.supply?.mode).toBe('fixed');
    expect(none.scenario.supply).toBeUndefined();
    const a = runReplication(fixed, SEED, 0);
    const b = runReplication(none, SEED, 0);
    expect(Array.from(a.counters)).toEqual(Array.from(b.counters));
    expect(Array.from(a.fteWeeks)).toEqual(Array.from(b.fteWeeks));
    expect(Array.from(a.waitHistogram)).toEqual(Array.from(b.waitHistogram));
  });
});

describe('supervision from the supply model', () => {
  it('names consultants as supervisors of registrars and counsellors of trainee counsellors, at the supply hours per trainee FTE', async () => {
    const config = await configOf();
    const plan = supervisionPlanOf(config);
    const role = (id: string) => config.roleIds.indexOf(id);
    expect(plan.supervisorOf[role('specialty_registrar')]).toBe(role('clinical_geneticist'));
    expect(plan.supervisorOf[role('trainee_genetic_counsellor')]).toBe(role('genetic_counsellor'));
    // data/supply_roles.csv: 3 h a week per registrar at 0.9 FTE per head; 3.5 h per trainee counsellor at 0.85.
    expect(plan.hoursPerTraineeFtePerWeek[role('specialty_registrar')]).toBeCloseTo(3 / 0.9, 12);
    expect(plan.hoursPerTraineeFtePerWeek[role('trainee_genetic_counsellor')]).toBeCloseTo(3.5 / 0.85, 12);
    expect(plan.supervisorOf[role('genetic_counsellor')]).toBe(-1);
  });
});

describe('psychologists from the pipeline', () => {
  it('are placed only in CGSs with in-service psychology, as the data say or the scenario gives it', async () => {
    const psychologists = ['supply.mode=pipeline', 'supply.networks.south_west.clinical_psychologist.initialQualifiedHeadcount=5'];
    const none = await configOf(...psychologists);
    const given = await configOf(...psychologists, 'geography.cgs.L.psychologyAccess=in_service');
    const cell = (config: ModelConfig, cgs: string) => {
      const nRoles = config.roleIds.length;
      return supplyFte(config, SEED, 0)![config.cgsIds.indexOf(cgs) * nRoles + config.roleIds.indexOf('clinical_psychologist')]!;
    };
    // South West has no CGS with in-service psychology: the pipeline's psychologists have no post there.
    expect(cell(none, 'L')).toBeNaN();
    expect(cell(none, 'M')).toBeNaN();
    // Given to L, L takes all of the network's psychologists (5 heads at 0.8 FTE) and M none.
    expect(cell(given, 'L')).toBeCloseTo(5 * 0.8, 9);
    expect(cell(given, 'M')).toBeNaN();
  });
});
