import { beforeAll, describe, expect, it } from 'vitest';
import { mainstreamShareAt } from '../../src/model/mainstreaming.js';
import { compileModel } from '../../src/model/model-config.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { fixture, runFixture, total, type ModelRun } from './run-model.js';

/** z for a two-sided 1e-4 test: a correct model fails one binomial check with probability 1e-4. */
const Z = 3.89;

describe('mainstreamShareAt (the adoption curve)', () => {
  const curve = { startYear: 2020, midpointYear: 2026, ceilingShare: 0.6 };

  it('is exactly 0 at the start year, as documented, and never negative (it is a probability)', () => {
    // Rounding once made this about −9e-18 for some spans, when the start value was taken as the
    // constant 0.05 instead of the same expression as the curve.
    const bad: string[] = [];
    for (let span = 1; span <= 12; span++) {
      const c = { startYear: 2020, midpointYear: 2020 + span, ceilingShare: 0.6 };
      const atStart = mainstreamShareAt(c, 2020);
      if (atStart !== 0) bad.push(`span ${span}: ${atStart}`);
    }
    expect(bad, 'share at the start year').toEqual([]);
  });

  it('is 0 before the start year, close to half the ceiling at the midpoint, and tends to the ceiling', () => {
    expect(mainstreamShareAt(curve, 2019.9)).toBe(0);
    expect(mainstreamShareAt(curve, 2020)).toBeCloseTo(0, 12);
    // The logistic is at 5% of its ceiling at the start and rescaled to start at 0: (0.5 − 0.05) / 0.95.
    expect(mainstreamShareAt(curve, 2026)).toBeCloseTo(0.6 * (0.45 / 0.95), 12);
    expect(mainstreamShareAt(curve, 2100)).toBeCloseTo(0.6, 6);
    let last = mainstreamShareAt(curve, 2020);
    for (let y = 2020.25; y <= 2040; y += 0.25) {
      const s = mainstreamShareAt(curve, y);
      expect(s).toBeGreaterThanOrEqual(last);
      expect(s).toBeLessThanOrEqual(0.6);
      last = s;
    }
  });

  it('is the ceiling from the start year on when the midpoint is the start year', () => {
    const flat = { startYear: 2000, midpointYear: 2000, ceilingShare: 0.35 };
    for (const y of [2000, 2026, 2030.7]) expect(mainstreamShareAt(flat, y)).toBe(0.35);
  });
});

/**
 * On the stationary South West fixture (no cascade referrals, no returns), every indication is
 * given the same curve at its ceiling s from long before the run. Each referral is then
 * mainstreamed independently with probability s, so the count is binomial.
 */
describe('mainstreaming at a fixed share s takes that share of referrals from the CGS', () => {
  const s = 0.35;
  // Every channel eligible and (below) no urgent referrals, so every referral of this complexity-free
  // fixture is eligible and the ceiling is the share of all referrals.
  const curveFor = (ceiling: number, returnShare = 0, returnWeeks = 26) =>
    `{startYear: 2000, midpointYear: 2000, ceilingShare: ${ceiling}, eligibleChannels: [gp, mainstream_specialty, self_referral], returnAsComplexShare: ${returnShare}, returnDelayWeeks: ${returnWeeks}, adviceGuidanceRequestsPerCase: 0.2, mdtMinutesPerCasePerAttendee: 10, jointClinicShare: 0.1}`;
  const noUrgent = (ids: readonly string[]) => ids.map((id) => `demand.indications.${id}.priorityMix={urgent: 0, soon: 0.3, routine: 0.7}`);
  let ids: string[];
  let on: ModelRun;
  let off: ModelRun;
  beforeAll(async () => {
    const { scenario } = await loadScenario(fixture('stationary-south-west'));
    ids = Object.keys(scenario.demand.indications);
    const withCurve = (ceiling: number) => [...ids.map((id) => `demand.indications.${id}.mainstreaming=${curveFor(ceiling)}`), ...noUrgent(ids)];
    on = await runFixture('stationary-south-west', withCurve(s));
    off = await runFixture('stationary-south-west', withCurve(0));
  });

  it('the curve is flat at s over the whole run', () => {
    for (const ind of on.config.indications) {
      expect(ind.mainstreaming).not.toBeNull();
      for (let y = 0; y <= on.config.years; y++) expect(mainstreamShareAt(ind.mainstreaming!, on.config.startYear + y)).toBe(s);
    }
  });

  it('the fraction mainstreamed is s within a binomial interval, pooled and per CGS and year', () => {
    let n = 0, k = 0;
    for (const m of on.runs) {
      expect(total(m, 'complex_returns')).toBe(0);
      n += total(m, 'referrals_received');
      k += total(m, 'referrals_mainstreamed');
      for (let c = 0; c < m.nCgs; c++) {
        for (let y = 0; y < m.years; y++) {
          const nn = total(m, 'referrals_received', [c], [y]);
          const kk = total(m, 'referrals_mainstreamed', [c], [y]);
          expect(nn).toBeGreaterThan(3000);
          expect(Math.abs(kk / nn - s)).toBeLessThan(Z * Math.sqrt((s * (1 - s)) / nn));
        }
      }
    }
    expect(Math.abs(k / n - s), `${k} of ${n}`).toBeLessThan(Z * Math.sqrt((s * (1 - s)) / n));
  });

  it('CGS referrals (received − mainstreamed) fall by the share s against the same run without mainstreaming', () => {
    for (let r = 0; r < on.runs.length; r++) {
      const a = on.runs[r]!, b = off.runs[r]!;
      // Common random numbers: mainstreaming draws nothing extra from the referral stream, and
      // with no cascades or returns the referrals themselves are the same in both runs.
      expect(total(a, 'referrals_received')).toBe(total(b, 'referrals_received'));
      expect(total(b, 'referrals_mainstreamed')).toBe(0);
      // Those the CGS still accepts are a subset of those it accepted without mainstreaming.
      expect(total(a, 'list_joins')).toBeLessThanOrEqual(total(b, 'list_joins'));
      const n = total(b, 'referrals_received');
      const ratio = (total(a, 'referrals_received') - total(a, 'referrals_mainstreamed')) / (total(b, 'referrals_received') - total(b, 'referrals_mainstreamed'));
      expect(Math.abs(ratio - (1 - s))).toBeLessThan(Z * Math.sqrt((s * (1 - s)) / n));
      const joins = total(a, 'list_joins') / total(b, 'list_joins');
      const nj = total(b, 'list_joins');
      expect(Math.abs(joins - (1 - s))).toBeLessThan(Z * Math.sqrt((s * (1 - s)) / nj));
    }
  });

  it('with returns, a share of mainstreamed cases comes back as complex referrals (binomial)', async () => {
    const returnShare = 0.4, returnWeeks = 4;
    const back = await runFixture('stationary-south-west', [...ids.map((id) => `demand.indications.${id}.mainstreaming=${curveFor(s, returnShare, returnWeeks)}`), ...noUrgent(ids)], 2);
    const horizon = back.config.years * 365.25;
    const d = returnWeeks * 7;
    // Returns due after the horizon are dropped: with mainstreamed cases spread evenly over
    // [0, T] and exponential delays of mean d, P(back in time) = 1 − (d / T)(1 − e^{−T/d}).
    const p = returnShare * (1 - (d / horizon) * (1 - Math.exp(-horizon / d)));
    for (const m of back.runs) {
      const n = total(m, 'referrals_mainstreamed');
      const k = total(m, 'complex_returns');
      expect(Math.abs(k / n - p), `${k} returns of ${n}`).toBeLessThan(Z * Math.sqrt((p * (1 - p)) / n));
      expect(total(m, 'referrals_complex')).toBeGreaterThan(0);
    }
  });
});

describe('compileModel keeps mainstreaming off when the indication has none', () => {
  it('null mainstreaming in the fixture compiles to null', async () => {
    const { scenario } = await loadScenario(fixture('stationary-south-west'));
    expect(compileModel(scenario).indications.every((i) => i.mainstreaming === null)).toBe(true);
  });
});
