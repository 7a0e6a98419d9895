import { describe, it } from 'vitest';
import { createStream } from '../../src/engine/random/stream.js';
import { projectSupply, replicationStreams, type SupplyLine, type SupplyRecord } from '../../src/supply/index.js';
import { expectClose, line } from './fixtures.js';

/** Lines with random parameters, some uncertain, and random initial stocks. */
function randomLines(seed: number): SupplyLine[] {
  const rng = createStream(seed, 0, 'test/random-lines');
  const u = (low: number, high: number) => low + (high - low) * rng();
  return ['north_west', 'east'].flatMap((network) => ['genetic_counsellor', 'genomic_associate'].map((role) => {
    const duration = 1 + Math.floor(u(0, 4));
    return line({
      network, role,
      trainingDurationYears: duration,
      attritionPerYearShare: { kind: 'uniform', min: 0, max: 0.2 },
      takeUpShare: u(0.5, 1),
      leaverRatePerYearShare: { kind: 'triangular', min: 0.03, mode: 0.08, max: 0.15 },
      retirementRatePerYearShare: u(0, 0.05),
      internationalRecruitmentFtePerYear: { kind: 'gamma', mean: 2, sd: 1 },
      returnToPracticeFtePerYear: u(0, 1),
      otherRecruitmentFtePerYear: u(0, 1),
      moveRatePerYearShare: { kind: 'uniform', min: 0, max: 0.1 },
      ftePerHeadChangePerYear: u(-0.01, 0.01),
      trainingFtePerHead: u(0.5, 1),
      placesFillShare: u(0.7, 1),
      attritionByTrainingYearShare: [u(0, 0.3)],
      ageProfile: role === 'genetic_counsellor' ? [
        { fromAge: 25, toAge: 39, share: 0.5, retirementRatePerYearShare: 0 },
        { fromAge: 40, toAge: 59, share: 0.4, retirementRatePerYearShare: 0.02 },
        { fromAge: 60, toAge: 66, share: 0.1, retirementRatePerYearShare: 0.3 },
      ] : [],
      ftePerHead: u(0.6, 1),
      timeToFillMonths: Math.floor(u(0, 18)),
      supervisorRole: 'genetic_counsellor',
      traineeCapacityFactorByYear: Array.from({ length: duration }, () => u(0, 1)),
      trainingPlacesPerYear: { 2025: u(0, 20), 2028: u(0, 20), 2031: u(0, 20) },
      initialTraineesByYear: Array.from({ length: duration }, () => u(0, 15)),
      initialQualifiedHeadcount: u(0, 100),
    });
  }));
}

const total = (r: SupplyRecord) => r.trainees + r.awaitingPost + r.qualifiedHeadcount;

/** Checks stock(b) = stock(a) + inflows − outflows for consecutive records of one line. */
function expectBalanced(a: SupplyRecord, b: SupplyRecord): void {
  expectClose(b.trainees, a.trainees + b.intake - a.attrition - a.qualifications);
  expectClose(b.awaitingPost, a.awaitingPost + a.qualifications - a.notTakingUp + a.recruits - a.joiners);
  expectClose(b.qualifiedHeadcount, a.qualifiedHeadcount + a.joiners + a.movesIn - a.leavers - a.movesOut - a.retirements);
  expectClose(a.joiners, a.joinersTraining + a.joinersInternational + a.joinersReturning + a.joinersOtherSectors);
  const outflows = a.attrition + a.notTakingUp + a.leavers + a.retirements + a.movesOut;
  expectClose(total(b), total(a) + b.intake + a.recruits + a.movesIn - outflows);
  expectClose(a.trainees, a.traineesByYear.reduce((sum, heads) => sum + heads, 0));
}

function expectAllBalanced(records: readonly SupplyRecord[], lineCount: number): void {
  for (let i = lineCount; i < records.length; i += 1) expectBalanced(records[i - lineCount]!, records[i]!);
}

/** Moves between networks are no loss nationally: per role and step, moves in equal moves out. */
function expectMovesNetToZero(records: readonly SupplyRecord[]): void {
  const byKey = new Map<string, number>();
  for (const r of records) {
    const key = `${r.year}/${r.step}/${r.role}`;
    byKey.set(key, (byKey.get(key) ?? 0) + r.movesIn - r.movesOut);
  }
  for (const net of byKey.values()) expectClose(net, 0, 1e-9);
}

describe('flows balance every step: nothing is created or lost', () => {
  it.each([1, 12] as const)('in randomized runs with %i step(s) a year, step by step and year by year', (stepsPerYear) => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const lines = randomLines(seed);
      const projection = projectSupply({ lines }, {
        startYear: 2025, years: 12, stepsPerYear, recordSteps: true, streams: replicationStreams(seed, 0),
      });
      expectAllBalanced(projection.steps!, lines.length);
      expectAllBalanced(projection.records, lines.length);
      expectMovesNetToZero(projection.steps!);
    }
  });
});
