import { describe, expect, it } from 'vitest';
import {
  completionShare, projectSupply, resolveLine, steadyStateHeadcount, steadyTraineesByYear, type SupplyRecord,
} from '../../src/supply/index.js';
import { expectClose, line, params } from './fixtures.js';

const qualified = (records: readonly SupplyRecord[]) => records.map((r) => r.qualifiedHeadcount);

describe('steady state: H* = intake × completion × take-up / (leaver + retirement rate)', () => {
  it('yearly stepping converges to the fixed point of H[t+1] = (1 − λ)H[t] + J', () => {
    const gc = line({ trainingPlacesPerYear: 12, timeToFillMonths: 6 });
    const { records } = projectSupply(params(gc), { startYear: 2025, years: 400 });
    const expected = (12 * 0.95 ** 3 * 0.9) / (0.08 + 0.02);
    expect(steadyStateHeadcount(resolveLine(gc), 12)).toBeCloseTo(expected, 12);
    expectClose(records.at(-1)!.qualifiedHeadcount, expected, 1e-9);
  });

  it('stays exactly at the steady state when started there', () => {
    const intake = 8;
    const base = line({ trainingPlacesPerYear: intake, timeToFillMonths: 12, internationalRecruitmentFtePerYear: 1.6 });
    const steady = steadyStateHeadcount(resolveLine(base), intake);
    const start = line({
      ...base,
      initialTraineesByYear: [0, 1, 2].map((year) => intake * 0.95 ** year),
      initialQualifiedHeadcount: steady,
    });
    const { records } = projectSupply(params(start), { startYear: 2025, years: 30 });
    for (const record of records) {
      expectClose(record.qualifiedHeadcount, steady, 1e-12);
      expectClose(record.joiners, steady * 0.1, 1e-12);
    }
  });

  it('monthly stepping with annual intake and no time to fill matches the yearly census exactly', () => {
    const gc = line({ initialQualifiedHeadcount: 40, initialTraineesByYear: [10, 9, 8] });
    const yearly = projectSupply(params(gc), { startYear: 2025, years: 25 });
    const monthly = projectSupply(params(gc), { startYear: 2025, years: 25, stepsPerYear: 12 });
    qualified(monthly.records).forEach((heads, i) => expectClose(heads, qualified(yearly.records)[i]!, 1e-10));
  });
});

describe('lags', () => {
  const changeIn2030 = (stepsPerYear: 1 | 12, timeToFillMonths: number) => {
    const before = line({ timeToFillMonths, initialQualifiedHeadcount: 30 });
    const after = line({ ...before, trainingPlacesPerYear: { 2025: 10, 2030: 15, 2031: 10 } });
    const options = { startYear: 2025, years: 20, stepsPerYear };
    const a = qualified(projectSupply(params(before), options).records);
    const b = qualified(projectSupply(params(after), options).records);
    return a.map((heads, i) => b[i]! - heads);
  };

  it.each([1, 12] as const)('an intake change reaches qualified supply exactly one training duration later (steps per year %i)', (steps) => {
    const difference = changeIn2030(steps, 0);
    const firstYearChanged = 2025 + difference.findIndex((d) => Math.abs(d) > 1e-9);
    expect(firstYearChanged).toBe(2030 + 3);
    expectClose(difference[2033 - 2025]!, 5 * 0.95 ** 3 * 0.9, 1e-12);
  });

  it('time to fill adds its delay on top (12 months → one year more)', () => {
    const difference = changeIn2030(1, 12);
    expect(2025 + difference.findIndex((d) => Math.abs(d) > 1e-9)).toBe(2034);
  });
});

describe('identities', () => {
  it('completion = (1 − attrition)^duration: one cohort qualifies in that share', () => {
    const gc = line({ trainingPlacesPerYear: 0, initialTraineesByYear: [100], attritionPerYearShare: 0.1 });
    for (const stepsPerYear of [1, 12] as const) {
      const { records } = projectSupply(params(gc), { startYear: 2025, years: 5, stepsPerYear });
      const qualifications = records.reduce((sum, r) => sum + r.qualifications, 0);
      expectClose(qualifications, 100 * completionShare(0.1, 3), 1e-12);
    }
  });

  it('headcount × FTE per head = FTE supply in every record', () => {
    const gc = line({ ftePerHead: 0.73, initialQualifiedHeadcount: 55, returnToPracticeFtePerYear: 2 });
    const { records } = projectSupply(params(gc), { startYear: 2025, years: 15, stepsPerYear: 12, recordSteps: true });
    for (const record of records) expectClose(record.fteSupply, record.qualifiedHeadcount * 0.73, 1e-14);
  });

  it('recruitment FTE arrives as heads = FTE / FTE per head', () => {
    const gc = line({ trainingPlacesPerYear: 0, internationalRecruitmentFtePerYear: 4, ftePerHead: 0.8 });
    const { records } = projectSupply(params(gc), { startYear: 2025, years: 2 });
    expectClose(records[0]!.recruits, 5, 1e-14);
    expectClose(records[1]!.fteSupply, 4, 1e-14);
  });

  it('charges supervision hours to the supervising role and counts trainee capacity by training year', () => {
    const registrar = line({ role: 'genomic_associate', supervisorRole: 'genetic_counsellor', supervisionHoursPerTraineePerWeek: 2, trainingDurationYears: 1, traineeCapacityFactorByYear: [0.5], initialTraineesByYear: [6] });
    const gc = line({ initialTraineesByYear: [10, 9, 8], supervisionHoursPerTraineePerWeek: 4 });
    const { records } = projectSupply(params(gc, registrar), { startYear: 2025, years: 1 });
    const [gcRecord, gaRecord] = records;
    expect(gcRecord!.supervisionHoursPerWeek).toBeCloseTo(27 * 4 + 6 * 2, 12);
    expect(gcRecord!.supervisionFte).toBeCloseTo((27 * 4 + 6 * 2) / 37.5, 12);
    expect(gaRecord!.supervisionHoursPerWeek).toBe(0);
    expect(gcRecord!.traineeClinicalFte).toBeCloseTo(10 * 0.2 + 9 * 0.4 + 8 * 0.6, 12);
    expect(gaRecord!.traineeClinicalFte).toBeCloseTo(3, 12);
    expect(gcRecord!.traineesByYear).toEqual([10, 9, 8]);
  });
});

describe('steadyTraineesByYear', () => {
  it('splits a total as a constant intake would', () => {
    const split = steadyTraineesByYear(58.2, 4, 0.02);
    expect(split.reduce((a, b) => a + b, 0)).toBeCloseTo(58.2, 12);
    expect(split[1]! / split[0]!).toBeCloseTo(0.98, 12);
  });
});
