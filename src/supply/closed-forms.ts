import type { ResolvedLine } from './types.js';

/**
 * Closed forms the stepping model must reproduce; tests check the model against them and
 * reports can quote them to explain a projection.
 */

/** Share of starters who complete: attrition compounds over each year of training. */
export function completionShare(attritionPerYearShare: number, trainingDurationYears: number): number {
  return (1 - attritionPerYearShare) ** trainingDurationYears;
}

/** Heads joining CGS posts each year at a constant intake, once the pipeline is full. */
export function joinersPerYear(line: ResolvedLine, intakePerYear: number): number {
  const completers = intakePerYear * completionShare(line.attritionPerYearShare, line.trainingDurationYears);
  const recruitFte = line.internationalRecruitmentFtePerYear + line.returnToPracticeFtePerYear + line.otherRecruitmentFtePerYear;
  const recruitHeads = recruitFte / line.ftePerHead;
  return completers * line.takeUpShare + recruitHeads;
}

/**
 * Qualified headcount that yearly stepping converges to at a constant intake:
 *   H* = J / (leaver + retirement rate), J = intake × completion × take-up + recruits.
 * This is the exact fixed point of H[t+1] = (1 − λ)·H[t] + J, the discrete form the model
 * uses: exits are a share λ of the census headcount and joiners arrive at the year's end, so
 * they are not exposed to exits in the year they join. (Were joiners exposed, it would be
 * J·(1 − λ)/λ.) Convergence is geometric at rate (1 − λ) a year once the pipeline is full.
 * Monthly stepping with once-a-year intake settles into a cycle around a value close to this.
 */
export function steadyStateHeadcount(line: ResolvedLine, intakePerYear: number): number {
  const exitPerYear = Math.min(1, line.leaverRatePerYearShare + line.retirementRatePerYearShare);
  return joinersPerYear(line, intakePerYear) / exitPerYear;
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
