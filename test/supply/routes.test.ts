import { describe, expect, it } from 'vitest';
import {
  lineCompletionShare, projectSupply, resolveLine, steadyStateHeadcount, type SupplyLine, type SupplyRecord,
} from '../../src/supply/index.js';
import { expectClose, line, params } from './fixtures.js';

const heads = (records: readonly SupplyRecord[], network: string) => records.filter((r) => r.network === network).map((r) => r.qualifiedHeadcount);

/** Every route in and out switched on. */
const everyRoute: Partial<SupplyLine> = {
  trainingPlacesPerYear: 12, placesFillShare: 0.9, trainingFtePerHead: 0.8, attritionByTrainingYearShare: [0.1, 0.04],
  timeToFillMonths: 5, internationalRecruitmentFtePerYear: 0.8, returnToPracticeFtePerYear: 1.2, otherRecruitmentFtePerYear: 0.6,
  moveRatePerYearShare: 0.05, leaverRatePerYearShare: 0.07, retirementRatePerYearShare: 0.02,
};

describe('steady state with every route: H* = (places × fill × completion × take-up + recruits / FTE per head) / (leaver + retirement)', () => {
  it('two alike networks converge to it, moves between them netting to zero', () => {
    const a = line({ ...everyRoute, network: 'north_west', initialQualifiedHeadcount: 10 });
    const b = line({ ...everyRoute, network: 'east', initialQualifiedHeadcount: 200 });
    const { records } = projectSupply(params(a, b), { startYear: 2025, years: 400 });
    // Training 3 years at 0.8 FTE takes 3.75 years: a quarter completes after 3 years, the rest after 4.
    const completion = 0.9 * 0.96 * 0.95 * (0.25 + 0.75 * 0.95);
    expectClose(lineCompletionShare(resolveLine(a)), completion, 1e-12);
    const expected = (12 * 0.9 * completion * 0.9 + (0.8 + 1.2 + 0.6) / 0.8) / (0.07 + 0.02);
    expectClose(steadyStateHeadcount(resolveLine(a), 12), expected, 1e-12);
    expectClose(heads(records, 'north_west').at(-1)!, expected, 1e-9);
    expectClose(heads(records, 'east').at(-1)!, expected, 1e-9);
    const last = records.slice(-2);
    expectClose(last[0]!.movesIn, last[0]!.movesOut, 1e-9);
    expect(last[0]!.movesOut).toBeGreaterThan(0);
  });

  it('each route adds its own joiners: without the three recruitment routes the steady state falls by recruits / FTE per head / exits', () => {
    const all = line({ ...everyRoute });
    const none = line({ ...everyRoute, internationalRecruitmentFtePerYear: 0, returnToPracticeFtePerYear: 0, otherRecruitmentFtePerYear: 0 });
    const [withRoutes, without] = [all, none].map((l) => projectSupply(params(l), { startYear: 2025, years: 400 }).records.at(-1)!);
    expectClose(withRoutes!.qualifiedHeadcount - without!.qualifiedHeadcount, (0.8 + 1.2 + 0.6) / 0.8 / 0.09, 1e-9);
    expectClose(withRoutes!.joinersInternational, 1, 1e-9);
    expectClose(withRoutes!.joinersReturning, 1.5, 1e-9);
    expectClose(withRoutes!.joinersOtherSectors, 0.75, 1e-9);
  });
});

describe('part-time training stretches the training lag', () => {
  const extraCohortDifference = (trainingFtePerHead: number, stepsPerYear: 1 | 12, trainingDurationYears = 4) => {
    const base = line({ trainingFtePerHead, trainingDurationYears, traineeCapacityFactorByYear: [], initialQualifiedHeadcount: 30, trainingPlacesPerYear: { 2025: 10 } });
    const pulse = line({ ...base, trainingPlacesPerYear: { 2025: 10, 2030: 20, 2031: 10 } });
    const options = { startYear: 2025, years: 15, stepsPerYear, recordSteps: true };
    const a = projectSupply(params(base), options).steps!.map((r) => r.qualifiedHeadcount);
    const b = projectSupply(params(pulse), options).steps!.map((r) => r.qualifiedHeadcount);
    return a.map((h, i) => b[i]! - h);
  };

  it('at 0.8 FTE a 4-year training takes 5 years: the extra 2030 cohort first shows in 2035, not 2034', () => {
    const full = extraCohortDifference(1, 1);
    const partTime = extraCohortDifference(0.8, 1);
    expect(2025 + full.findIndex((d) => Math.abs(d) > 1e-9)).toBe(2034);
    expect(2025 + partTime.findIndex((d) => Math.abs(d) > 1e-9)).toBe(2035);
    expectClose(partTime[2035 - 2025]!, 10 * 0.95 ** 5 * 0.9, 1e-12);
  });

  it('monthly: a 3-year training at 0.8 FTE qualifies after exactly 45 months', () => {
    const difference = extraCohortDifference(0.8, 12, 3);
    const intakeStep = (2030 - 2025) * 12;
    expect(difference.findIndex((d) => Math.abs(d) > 1e-9) - intakeStep).toBe(45);
  });

  it('yearly: 3.75 years of training qualifies a quarter of a cohort after 3 years and the rest after 4 (mean lag 3.75)', () => {
    const difference = extraCohortDifference(0.8, 1, 3);
    expectClose(difference[2033 - 2025]!, 10 * 0.95 ** 3 * 0.25 * 0.9, 1e-12);
    expect(2025 + difference.findIndex((d) => Math.abs(d) > 1e-9)).toBe(2033);
  });

  it('attrition per year of training applies to the years trainees spend in training', () => {
    const gc = line({ trainingPlacesPerYear: 0, initialTraineesByYear: [100], attritionByTrainingYearShare: [0.2, 0.1, 0] });
    const { records } = projectSupply(params(gc), { startYear: 2025, years: 5 });
    expectClose(records.reduce((sum, r) => sum + r.qualifications, 0), 100 * 0.8 * 0.9 * 1, 1e-12);
  });
});

describe('time to fill is a continuous delay', () => {
  it('4 months with yearly steps: two thirds of recruits are in post at the next census, the rest a year later', () => {
    const gc = line({ trainingPlacesPerYear: 0, timeToFillMonths: 4, ftePerHead: 1, internationalRecruitmentFtePerYear: 0 });
    const pulse = line({ ...gc, initialTraineesByYear: [0, 0, 30], takeUpShare: 1, attritionPerYearShare: 0 });
    const { records } = projectSupply(params(pulse), { startYear: 2025, years: 4 });
    // The final-year cohort was also warm-started into the delay at the start; compare year-on-year joiners of the cohort itself.
    expectClose(records[1]!.qualifiedHeadcount - records[0]!.qualifiedHeadcount - records[0]!.joiners + records[0]!.leavers + records[0]!.retirements, 0, 1e-12);
    expect(records[0]!.joiners).toBeGreaterThan(0);
    const cohortJoinersFirstYear = records[0]!.joinersTraining - 30 * (1 / 3);
    expectClose(cohortJoinersFirstYear, 30 * (2 / 3), 1e-9);
    expectClose(records[1]!.joinersTraining, 30 * (1 / 3), 1e-9);
  });
});

describe('retirement by age band', () => {
  const profile = [
    { fromAge: 30, toAge: 34, share: 1, retirementRatePerYearShare: 0 },
    { fromAge: 35, toAge: 39, share: 0, retirementRatePerYearShare: 0 },
    { fromAge: 40, toAge: 44, share: 0, retirementRatePerYearShare: 0.5 },
  ];
  const ageing = (overrides: Partial<SupplyLine> = {}) => projectSupply(params(line({
    trainingPlacesPerYear: 0, leaverRatePerYearShare: 0, retirementRatePerYearShare: 0, ageProfile: profile, initialQualifiedHeadcount: 100, ...overrides,
  })), { startYear: 2025, years: 12 }).records;

  it('the age profile ages one band per band width (5 years), a fifth of a band a year', () => {
    const records = ageing();
    expect(records[0]!.qualifiedByAgeBand).toEqual([100, 0, 0]);
    records[2]!.qualifiedByAgeBand.forEach((h, i) => expectClose(h, [60, 40, 0][i]!, 1e-12));
    records[5]!.qualifiedByAgeBand.forEach((h, i) => expectClose(h, [0, 100, 0][i]!, 1e-12));
  });

  it('a band retires at its own rate, and those ageing past the oldest band retire', () => {
    const oldest = [{ ...profile[0]!, share: 0 }, profile[1]!, { ...profile[2]!, share: 1 }];
    const records = ageing({ ageProfile: oldest });
    // 20 heads at each age 40-44: half retire in the year, then the 10 left at 44 age past the last band and retire too.
    expectClose(records[0]!.retirements, 50 + 10, 1e-12);
    expectClose(records[1]!.qualifiedHeadcount, 40, 1e-12);
    records[1]!.qualifiedByAgeBand.forEach((h, i) => expectClose(h, [0, 0, 40][i]!, 1e-12));
  });

  it('joiners enter at the joiner age', () => {
    const records = ageing({ initialQualifiedHeadcount: 0, internationalRecruitmentFtePerYear: 8, ftePerHead: 0.8, joinerAgeYears: 37 });
    expect(records[1]!.qualifiedByAgeBand).toEqual([0, 10, 0]);
  });
});

describe('less-than-full-time working changes over time', () => {
  it('FTE per head drifts by its yearly change, so FTE falls while heads hold', () => {
    const steady = line({ trainingPlacesPerYear: 0, leaverRatePerYearShare: 0, retirementRatePerYearShare: 0, initialQualifiedHeadcount: 100, ftePerHead: 0.9, ftePerHeadChangePerYear: -0.01 });
    const { records } = projectSupply(params(steady), { startYear: 2025, years: 6 });
    records.forEach((r, year) => {
      expectClose(r.qualifiedHeadcount, 100, 1e-12);
      expectClose(r.fteSupply, 100 * (0.9 - 0.01 * year), 1e-12);
    });
  });
});

describe('training capacity limited by supervisors', () => {
  const supervised = (places: number) => projectSupply({
    lines: [line({ trainingPlacesPerYear: places, attritionPerYearShare: 0, supervisionHoursPerTraineePerWeek: 4, initialQualifiedHeadcount: 50, ftePerHead: 1, leaverRatePerYearShare: 0, retirementRatePerYearShare: 0 })],
    // 50 FTE × 1 h reserved = 50 h a week: 12.5 trainees.
    reservedSupervisionHoursPerFtePerWeek: { genetic_counsellor: 1 },
  }, { startYear: 2025, years: 3 }).records;

  it('hosts every place while the reserved hours cover them', () => {
    const records = supervised(4);
    expect(records[1]!.intake).toBe(4);
    expect(records[1]!.intakeNotHosted).toBe(0);
    expect(records[1]!.supervisionCapacityHoursPerWeek).toBe(50);
  });

  it('an expansion beyond the reserved hours is capped and names the supervisor FTE missing', () => {
    const records = supervised(10);
    // Year 2: 10 continuing trainees need 40 h, leaving 10 h: 2.5 starters of the 10 places; 30 h short = 30 FTE at 1 h each.
    expectClose(records[1]!.intake, 10, 1e-12);
    expectClose(records[2]!.intake, 2.5, 1e-12);
    expectClose(records[2]!.intakeNotHosted, 7.5, 1e-12);
    expectClose(records[2]!.supervisorFteShort, 30, 1e-12);
  });
});
