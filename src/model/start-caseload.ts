import { Poisson } from '../engine/random/distributions/poisson.js';
import { createStream, type Rng } from '../engine/random/stream.js';
import { DAYS_PER_YEAR } from '../engine/time.js';
import { mainstreamShareAt } from './mainstreaming.js';
import type { IndicationConfig } from './model-config.js';
import { dueAt } from './pathway.js';
import { Stage } from './patients.js';
import { complexShareAt } from './shares.js';
import type { ServiceState } from './service-state.js';
import { COMPLEXITY, PRIORITY } from './vocabulary.js';

/**
 * Seeds the patients a running service already has in its pathway on day 0: those under
 * long-term management (periodic reviews) and those awaiting a test result. Without them a
 * run would start with every clinic free for new patients and clear its list unrealistically
 * fast. Sizes are the steady state implied by the scenario's own first-year flows (Little's
 * law: number in a stage = entry rate × time in the stage), drawn as Poisson counts.
 */
export function seedPathwayCaseload(state: ServiceState, seed: number, replication: number): void {
  const { config } = state;
  if (!config.scenario.run.seedPathwayCaseload) return;
  const rng = createStream(seed, replication, 'start-caseload');
  for (let c = 0; c < state.nCgs; c++) {
    config.indications.forEach((ind, i) => {
      const seenPerYear = acceptedPerYear(state, c, ind);
      const complexShare = complexShareAt(ind, ind.startDaysFromReference);
      const years = ind.longTermManagementYears;
      const longTerm = poissonCount(rng, seenPerYear * complexShare * ind.longTermShareComplex * years);
      for (let k = 0; k < longTerm; k++) {
        const id = state.patients.create(c, i, PRIORITY.routine, COMPLEXITY.complex, -rng() * years * DAYS_PER_YEAR);
        state.patients.reviewsLeft[id] = 1 + Math.floor(rng() * ind.longTermReviews);
        state.patients.stage[id] = Stage.ReviewDue;
        dueAt(state, id, rng() * ind.longTermReviewIntervalDays);
        state.metrics.conservation.created++;
        state.metrics.conservation.seeded++;
      }
      const turnaround = config.testMeanDays[ind.testIndex]!;
      const awaiting = poissonCount(rng, (seenPerYear * ind.testShare * turnaround) / DAYS_PER_YEAR);
      for (let k = 0; k < awaiting; k++) {
        const complex = rng() < complexShare ? 1 : 0;
        const id = state.patients.create(c, i, PRIORITY.routine, complex, -(turnaround + 7 * 12 * rng()));
        state.patients.stage[id] = Stage.AwaitingTest;
        dueAt(state, id, rng() * turnaround);
        state.metrics.conservation.created++;
        state.metrics.conservation.seeded++;
      }
    });
  }
}

/** First-year referrals of an indication that reach a first appointment at a CGS, per year. */
function acceptedPerYear(state: ServiceState, c: number, ind: IndicationConfig): number {
  const growth = Math.pow(1 + ind.annualGrowthShare, ind.startDaysFromReference / DAYS_PER_YEAR);
  const referred = (state.config.population[c]! / 1e5) * ind.ratePer100kPerYear * growth;
  const mainstreamed = ind.mainstreaming ? mainstreamShareAt(ind.mainstreaming, state.config.startYear) : 0;
  const pathway = state.config.scenario.pathway;
  return referred * (1 - mainstreamed) * (1 - ind.triageClosedShare) * (1 - pathway.notBookedShare) * (1 - pathway.dnaShare * (1 - pathway.dnaRebookShare));
}

function poissonCount(rng: Rng, mean: number): number {
  return mean > 0 ? new Poisson(mean).sample(rng) : 0;
}
