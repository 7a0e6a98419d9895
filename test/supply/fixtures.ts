import type { SupplyLine, SupplyParams } from '../../src/supply/index.js';

/** A genetic-counsellor-like line with every parameter known; tests override what they need. */
export function line(overrides: Partial<SupplyLine> = {}): SupplyLine {
  return {
    network: 'north_west',
    role: 'genetic_counsellor',
    trainingDurationYears: 3,
    attritionPerYearShare: 0.05,
    takeUpShare: 0.9,
    leaverRatePerYearShare: 0.08,
    retirementRatePerYearShare: 0.02,
    internationalRecruitmentFtePerYear: 0,
    returnToPracticeFtePerYear: 0,
    otherRecruitmentFtePerYear: 0,
    moveRatePerYearShare: 0,
    ftePerHead: 0.8,
    ftePerHeadChangePerYear: 0,
    trainingFtePerHead: 1,
    placesFillShare: 1,
    attritionByTrainingYearShare: [],
    timeToFillMonths: 0,
    ageProfile: [],
    joinerAgeYears: 30,
    supervisionHoursPerTraineePerWeek: 4,
    supervisorRole: 'genetic_counsellor',
    traineeCapacityFactorByYear: [0.2, 0.4, 0.6],
    trainingPlacesPerYear: 10,
    initialTraineesByYear: [],
    initialQualifiedHeadcount: 0,
    ...overrides,
  };
}

export function params(...lines: SupplyLine[]): SupplyParams {
  return { lines };
}

/** Relative closeness for stocks that can reach hundreds of heads. */
export function expectClose(actual: number, expected: number, relative = 1e-9): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= relative * scale)) {
    throw new Error(`expected ${actual} to be within ${relative} (relative) of ${expected}`);
  }
}
