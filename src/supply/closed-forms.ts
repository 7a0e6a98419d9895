import { attritionInYear, trainingSteps } from './line-model.js';
import type { ResolvedLine } from './types.js';

/**
 * Closed forms the stepping model must reproduce; tests check the model against them and
 * reports can quote them to explain a projection.
 */

/** Share of starters who complete: attrition compounds over each year of training. */
export function completionShare(attritionPerYearShare: number, trainingDurationYears: number): number {
  return (1 - attritionPerYearShare) ** trainingDurationYears;
}

/**
 * Share of a line's starters who complete, with part-time training and attrition by year of
 * training: training lasts L = duration / training FTE years; a share 1 − (L − ⌊L⌋) completes
 * after ⌊L⌋ years and the rest a year later (yearly steps), each surviving every year it spends.
 */
export function lineCompletionShare(line: ResolvedLine): number {
  const length = trainingSteps(line, 1);
  const whole = Math.max(1, Math.floor(length + 1e-9));
  const fraction = length - whole > 1e-9 ? length - whole : 0;
  let survival = 1;
  for (let year = 0; year < whole; year += 1) survival *= 1 - attritionInYear(line, year);
  return survival * (1 - fraction) + (fraction > 0 ? survival * (1 - attritionInYear(line, whole)) * fraction : 0);
}

/** Heads joining CGS posts each year at a constant intake (places commissioned), once the pipeline is full. */
export function joinersPerYear(line: ResolvedLine, placesPerYear: number): number {
  const completers = placesPerYear * line.placesFillShare * lineCompletionShare(line);
  const recruitFte = line.internationalRecruitmentFtePerYear + line.returnToPracticeFtePerYear + line.otherRecruitmentFtePerYear;
  return completers * line.takeUpShare + recruitFte / line.ftePerHead;
}

/**
 * Qualified headcount that yearly stepping converges to at a constant intake, with a flat
 * retirement rate, no drift in FTE per head and moves between networks that balance:
 *   H* = J / (leaver + retirement rate), J = places × fill × completion × take-up + recruits.
 * This is the exact fixed point of H[t+1] = (1 − λ)·H[t] + J, the discrete form the model
 * uses: exits are a share λ of the census headcount and joiners arrive at the year's end, so
 * they are not exposed to exits in the year they join. Moves out are a loss to one network and
 * a gain to others, so they leave λ unchanged when networks are alike.
 */
export function steadyStateHeadcount(line: ResolvedLine, placesPerYear: number): number {
  const exitPerYear = Math.min(1, line.leaverRatePerYearShare + line.retirementRatePerYearShare);
  return joinersPerYear(line, placesPerYear) / exitPerYear;
}

/**
 * Splits a total count of trainees over years of training as a constant intake would leave
 * them (each year a share (1 − attrition) of the one before), for data that give only totals.
 */
export function steadyTraineesByYear(total: number, trainingDurationYears: number, attritionPerYearShare: number): number[] {
  const weights = Array.from({ length: Math.ceil(trainingDurationYears) }, (_, year) => (1 - attritionPerYearShare) ** year);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => (sum > 0 ? (total * weight) / sum : 0));
}
