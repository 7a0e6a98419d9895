import { beforeAll, describe, expect, it } from 'vitest';
import { N_TIME_USES, TU } from '../../src/model/activities.js';
import { mainstreamShareAt, trainingMinutesPerEligibleReferral } from '../../src/model/mainstreaming.js';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { fixture, runFixture, total, type ModelRun } from './run-model.js';

/** z for a two-sided 1e-4 test: a correct model fails one binomial check with probability 1e-4. */
const Z = 3.89;

/** MDT hours used by one role over the whole run. */
function mdtHours(m: ReplicationMetrics, role: number): number {
  let sum = 0;
  for (let y = 0; y < m.years; y++) for (let c = 0; c < m.nCgs; c++) sum += m.staffHours[m.yearCgsRole(y, c, role) * N_TIME_USES + TU.mdt]!;
  return sum;
}

/**
 * The stationary South West fixture (no complexity, no tests, no cascade) with every indication
 * mainstreamed at a flat share `s` of eligible cases, every channel eligible and no urgent
 * referrals, so every referral is eligible. Only genetic counsellors give first appointments,
 * so consultants have clinic time to spare and MDT work is always covered.
 */
async function mainstreamedFixture(s: number, fields: Record<string, unknown> = {}, extra: readonly string[] = [], replications?: number): Promise<ModelRun> {
  const { scenario } = await loadScenario(fixture('stationary-south-west'));
  const ids = Object.keys(scenario.demand.indications);
  const curve = JSON.stringify({
    startYear: 2000, midpointYear: 2000, ceilingShare: s, eligibleChannels: ['gp', 'mainstream_specialty', 'self_referral'],
    returnAsComplexShare: 0, adviceGuidanceRequestsPerCase: 0, mdtMinutesPerCasePerAttendee: 10, jointClinicShare: 0, ...fields,
  });
  return runFixture('stationary-south-west', [
    ...ids.map((id) => `demand.indications.${id}.mainstreaming=${curve}`),
    ...ids.map((id) => `demand.indications.${id}.priorityMix={urgent: 0, soon: 0.3, routine: 0.7}`),
    ...extra,
  ], replications);
}

describe('MDT time is charged to every attendee', () => {
  let one: ModelRun;
  let two: ModelRun;
  let cg: number;
  beforeAll(async () => {
    one = await mainstreamedFixture(0.4, {}, [], 2);
    cg = one.config.roleIds.indexOf('clinical_geneticist');
    const attendees = one.config.roleMdtAttendees[cg]!;
    expect(attendees).toBeGreaterThan(0);
    two = await mainstreamedFixture(0.4, {}, [`workforce.roles.clinical_geneticist.mdtAttendeesPerCase=${2 * attendees}`], 2);
  });

  it('each role gives (MDT minutes per case) × (its attendees per case) for every case discussed', () => {
    for (const m of one.runs) {
      const perCaseHours = (10 * one.config.roleMdtAttendees[cg]!) / 60;
      const expected = total(m, 'referrals_mainstreamed') * perCaseHours;
      // Cases mainstreamed in the last week are charged the week after the horizon, so a little is missing.
      const got = mdtHours(m, cg);
      expect(got).toBeLessThanOrEqual(expected * (1 + 1e-12));
      expect(got).toBeGreaterThan(expected * 0.98);
    }
  });

  it('doubling the consultants present doubles their MDT hours and leaves other roles as they were', () => {
    for (let r = 0; r < one.runs.length; r++) {
      expect(mdtHours(two.runs[r]!, cg) / mdtHours(one.runs[r]!, cg)).toBeCloseTo(2, 9);
      for (let role = 0; role < one.config.roleIds.length; role++) {
        if (role !== cg) expect(mdtHours(two.runs[r]!, role)).toBeCloseTo(mdtHours(one.runs[r]!, role), 6);
      }
    }
  });
});

describe('mainstreamed diagnoses have consequences', () => {
  it('a mainstreamed test has the standard yield, and each diagnosis brings relatives to the CGS by cascade', async () => {
    // No CGS tests in the fixture, so every cascade referral comes from a mainstream diagnosis.
    const { scenario } = await loadScenario(fixture('stationary-south-west'));
    const ids = Object.keys(scenario.demand.indications);
    const run = await mainstreamedFixture(0.5, {}, [
      ...ids.map((id) => `demand.indications.${id}.diagnosticYieldStandard=0.3`),
      ...ids.map((id) => `demand.indications.${id}.cascadeRelativesPerPositive=2`),
      ...ids.map((id) => `demand.indications.${id}.cascadeUptakeShare=0.5`),
    ], 2);
    for (const m of run.runs) {
      const n = total(m, 'referrals_mainstreamed');
      const k = total(m, 'mainstream_diagnoses');
      expect(Math.abs(k / n - 0.3), `${k} diagnoses of ${n}`).toBeLessThan(Z * Math.sqrt((0.3 * 0.7) / n));
      expect(total(m, 'diagnoses')).toBe(0);
      // One relative per diagnosis on average (2 × 0.5), less those due after the horizon.
      const cascade = total(m, 'cascade_referrals');
      expect(cascade).toBeGreaterThan(0.5 * k);
      expect(cascade).toBeLessThan(k + Z * Math.sqrt(k));
    }
  });
});

describe('counting: every new referral once', () => {
  it('complex returns add to complex_returns and referrals_to_cgs, not again to referrals_received', async () => {
    const without = await mainstreamedFixture(0.4, {}, [], 2);
    const back = await mainstreamedFixture(0.4, { returnAsComplexShare: 0.5, returnDelayWeeks: 4 }, [], 2);
    for (let r = 0; r < back.runs.length; r++) {
      const m = back.runs[r]!;
      expect(total(m, 'complex_returns')).toBeGreaterThan(100);
      // Arrival times have their own streams, so the new referrals are the same in both runs.
      expect(total(m, 'referrals_received')).toBe(total(without.runs[r]!, 'referrals_received'));
      expect(total(m, 'referrals_to_cgs')).toBe(total(m, 'referrals_received') - total(m, 'referrals_mainstreamed') + total(m, 'complex_returns'));
    }
  });
});

describe('which cases are mainstreamed', () => {
  it('never urgent cases, never complex cases, and only from eligible channels', async () => {
    const { scenario } = await loadScenario(fixture('stationary-south-west'));
    const ids = Object.keys(scenario.demand.indications);
    const urgent = await mainstreamedFixture(1, {}, ids.map((id) => `demand.indications.${id}.priorityMix={urgent: 1, soon: 0, routine: 0}`), 1);
    const complex = await mainstreamedFixture(1, {}, ids.map((id) => `demand.indications.${id}.complexity={complexShareStart: 1, complexDriftPerYear: 0, complexShareMax: 1}`), 1);
    const channel = await mainstreamedFixture(1, { eligibleChannels: ['self_referral'] }, ids.map((id) => `demand.indications.${id}.channelMix={gp: 0.5, mainstream_specialty: 0.5, self_referral: 0}`), 1);
    const all = await mainstreamedFixture(1, {}, [], 1);
    for (const run of [urgent, complex, channel]) {
      expect(total(run.runs[0]!, 'referrals_received')).toBeGreaterThan(1000);
      expect(total(run.runs[0]!, 'referrals_mainstreamed')).toBe(0);
    }
    expect(total(all.runs[0]!, 'referrals_mainstreamed')).toBe(total(all.runs[0]!, 'referrals_received'));
  });

  it('the mix left with the CGS grows more complex as mainstreaming takes standard cases', async () => {
    const { scenario } = await loadScenario(fixture('stationary-south-west'));
    const ids = Object.keys(scenario.demand.indications);
    const mix = ids.map((id) => `demand.indications.${id}.complexity={complexShareStart: 0.3, complexDriftPerYear: 0}`);
    const off = await mainstreamedFixture(0, {}, mix, 2);
    const on = await mainstreamedFixture(0.5, {}, mix, 2);
    for (let r = 0; r < on.runs.length; r++) {
      const share = (m: ReplicationMetrics) => total(m, 'referrals_complex') / total(m, 'list_joins');
      const n = total(off.runs[r]!, 'list_joins');
      expect(Math.abs(share(off.runs[r]!) - 0.3)).toBeLessThan(Z * Math.sqrt((0.3 * 0.7) / n));
      // Half the standard cases go: 0.3 / (0.3 + 0.7 × 0.5) of those left are complex.
      const expected = 0.3 / (0.3 + 0.35);
      const nOn = total(on.runs[r]!, 'list_joins');
      expect(Math.abs(share(on.runs[r]!) - expected)).toBeLessThan(Z * Math.sqrt((expected * (1 - expected)) / nOn));
    }
  });
});

describe('training mainstream clinicians follows adoption', () => {
  const curve = { startYear: 2020, midpointYear: 2026, ceilingShare: 0.6 };
  const effort = { trainingHoursPerCase: 0.5, trainingHoursPerCaseGained: 3 };

  it('is higher per eligible referral while adoption rises than at the plateau, where it is the maintenance level', () => {
    const rising = trainingMinutesPerEligibleReferral(curve, effort, 2026);
    const plateau = trainingMinutesPerEligibleReferral(curve, effort, 2060);
    // At the plateau the curve is flat to within ~1e-7 a year, so only the maintenance term is left.
    expect(plateau).toBeCloseTo(60 * 0.5 * mainstreamShareAt(curve, 2060), 4);
    // Per mainstreamed case: maintenance plus the ramp, falling to the maintenance level.
    const perCaseRising = rising / mainstreamShareAt(curve, 2026);
    const perCasePlateau = plateau / mainstreamShareAt(curve, 2060);
    expect(perCaseRising).toBeGreaterThan(1.5 * perCasePlateau);
    expect(perCasePlateau).toBeCloseTo(30, 4);
    expect(trainingMinutesPerEligibleReferral(curve, effort, 2019)).toBe(0);
  });

  it('in expectation equals maintenance × cases plus hours gained × growth of cases, over a year of adoption', () => {
    // Over [2024, 2025] with E eligible referrals a year: ∫(h s + g s') dt = h ∫s dt + g (s(2025) − s(2024)).
    let sum = 0;
    const steps = 5200;
    for (let i = 0; i < steps; i++) sum += trainingMinutesPerEligibleReferral(curve, effort, 2024 + (i + 0.5) / steps) / steps;
    let shareIntegral = 0;
    for (let i = 0; i < steps; i++) shareIntegral += mainstreamShareAt(curve, 2024 + (i + 0.5) / steps) / steps;
    const expected = 60 * (0.5 * shareIntegral + 3 * (mainstreamShareAt(curve, 2025) - mainstreamShareAt(curve, 2024)));
    expect(sum).toBeCloseTo(expected, 3);
  });
});
