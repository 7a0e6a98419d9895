import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { BASELINE } from './scenario-fixtures.js';

/**
 * The default CGS effort per mainstreamed case, checked against the published comparison:
 * George A et al., Sci Rep 2016 (doi:10.1038/srep29506) found mainstream BRCA testing in
 * oncology used 13 times less genetics resource than the genetics-led pathway. The CGS
 * minutes a mainstreamed standard case costs (advice and guidance, MDT per attendee, training
 * at the plateau, joint clinics) must stay well below what the CGS spends on a standard case
 * it handles itself (triage, first appointment and results, each with its admin).
 */
interface Effort { readonly id: string; readonly cgsMinutes: number }

/** CGS minutes per mainstreamed case by indication, and the genetics-led standard case's. */
async function effortOfDefaults(): Promise<{ perMainstreamedCase: Effort[]; geneticsLed: number }> {
  const { scenario } = await loadScenario(BASELINE);
  const minutes = (kind: keyof typeof scenario.appointments) =>
    scenario.appointments[kind].standard.durationMinutes + scenario.appointments[kind].standard.adminMinutes;
  const attendees = Object.values(scenario.workforce.roles).reduce((a, r) => a + r.mdtAttendeesPerCase, 0);
  const geneticsLed = minutes('triage') + minutes('first') + minutes('results');
  const perMainstreamedCase = Object.entries(scenario.demand.indications).flatMap(([id, ind]) => {
    const m = ind.mainstreaming;
    if (!m) return [];
    const cgsMinutes = m.adviceGuidanceRequestsPerCase * minutes('advice_guidance') + m.mdtMinutesPerCasePerAttendee * attendees
      + 60 * m.trainingHoursPerCase + m.jointClinicShare * minutes('joint_clinic');
    return [{ id, cgsMinutes }];
  });
  return { perMainstreamedCase, geneticsLed };
}

describe('CGS effort per mainstreamed case (default data) against the genetics-led pathway', () => {
  let perMainstreamedCase: Effort[];
  let geneticsLed: number;
  beforeAll(async () => {
    ({ perMainstreamedCase, geneticsLed } = await effortOfDefaults());
  });

  it('every mainstreamed indication costs the CGS under a third of a genetics-led standard case', () => {
    expect(perMainstreamedCase.length).toBeGreaterThan(0);
    for (const { id, cgsMinutes } of perMainstreamedCase) {
      expect(cgsMinutes, `${id}: ${cgsMinutes.toFixed(1)} CGS minutes per mainstreamed case against ${geneticsLed} genetics-led`).toBeLessThan(geneticsLed / 3);
    }
  });

  it('mainstream inherited-cancer testing costs the CGS under an eighth of a genetics-led case (George et al.: 13-fold less)', () => {
    const cancer = perMainstreamedCase.find((x) => x.id === 'inherited_cancer');
    expect(cancer).toBeDefined();
    expect(cancer!.cgsMinutes).toBeLessThan(geneticsLed / 8);
  });
});
