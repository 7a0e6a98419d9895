import { beforeAll, describe, expect, it } from 'vitest';
import { TU, N_TIME_USES } from '../../src/model/activities.js';
import type { ModelRun } from './run-model.js';
import { runFixture } from './run-model.js';

/**
 * Supervision in the service model follows the supply model's supervisor roles: consultants
 * supervise registrars and genetic counsellors supervise trainee counsellors, each for the
 * hours per trainee the supply data give, instead of a flat rate shared by every role with
 * reserved supervision time. Busy South West fixture, one year.
 */
describe('supervision is given by each trainee role\'s own supervisors', () => {
  let base: ModelRun;
  let doubled: ModelRun;
  beforeAll(async () => {
    base = await runFixture('busy-south-west', ['run.years=1'], 1);
    doubled = await runFixture('busy-south-west', ['run.years=1', 'supply.roles.clinical_geneticist.supervisionHoursPerTraineePerWeek=6'], 1);
  });

  const hours = (run: ModelRun, role: string): number => {
    const r = run.config.roleIds.indexOf(role);
    const m = run.runs[0]!;
    let sum = 0;
    for (let c = 0; c < run.config.cgsIds.length; c++) sum += m.staffHours[m.yearCgsRole(0, c, r) * N_TIME_USES + TU.supervision]!;
    return sum;
  };

  it('roles that supervise no trainee give no supervision time', () => {
    expect(hours(base, 'genomic_associate')).toBe(0);
    expect(hours(base, 'family_history_coordinator')).toBe(0);
    expect(hours(base, 'clinical_geneticist')).toBeGreaterThan(0);
    expect(hours(base, 'genetic_counsellor')).toBeGreaterThan(0);
  });

  it('consultants give registrars the supply data\'s hours per trainee FTE, and twice that when it doubles', () => {
    const c = base.config;
    const registrar = c.roleIds.indexOf('specialty_registrar');
    let registrarFte = 0;
    for (let k = 0; k < c.cgsIds.length; k++) registrarFte += c.baselineFte[k * c.roleIds.length + registrar]!;
    const weeks = base.runs[0]!.weeksPerYear[0]!;
    // 3 h a week per registrar head at 0.9 FTE per head (supply_roles.csv), within the consultants' reserve.
    expect(hours(base, 'clinical_geneticist')).toBeCloseTo(registrarFte * weeks * (3 / 0.9), 6);
    expect(hours(doubled, 'clinical_geneticist') / hours(base, 'clinical_geneticist')).toBeCloseTo(2, 6);
    // Counsellors' supervision of trainee counsellors does not move.
    expect(hours(doubled, 'genetic_counsellor')).toBeCloseTo(hours(base, 'genetic_counsellor'), 6);
  });
});
