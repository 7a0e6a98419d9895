import type { ResolvedLine } from './types.js';

/** Stocks of one line at a census. */
export interface LineStocks {
  readonly trainees: number;
  readonly traineesByYear: number[];
  readonly awaitingPost: number;
  readonly qualifiedHeadcount: number;
  readonly traineeClinicalFte: number;
}

/** Flows of one line from one census to the next (heads). */
export interface LineFlows {
  readonly attrition: number;
  readonly qualifications: number;
  readonly notTakingUp: number;
  readonly recruits: number;
  readonly joiners: number;
  readonly leavers: number;
  readonly retirements: number;
}

/** Whole steps in `years`; the schema guarantees durations are whole steps, rounding only absorbs float error. */
export function stepsIn(years: number, stepsPerYear: number): number {
  return Math.round(years * stepsPerYear);
}

/** Time to fill in whole steps (a 6-month delay is half a step when yearly: rounded to 1). */
export function fillSteps(timeToFillMonths: number, stepsPerYear: number): number {
  return Math.round((timeToFillMonths * stepsPerYear) / 12);
}

/**
 * The stock-and-flow state of one role in one network.
 *
 * Trainees sit in one stage per step of training: a cohort starts in stage 0 and moves one
 * stage a step, so an intake qualifies exactly `trainingDurationYears` after it starts, and
 * in post `fillSteps` steps later. Shares given per year are turned into per-step shares by
 * compounding, so completion is (1 − attrition)^duration whatever the step.
 */
export class LineModel {
  readonly line: ResolvedLine;
  readonly stepsPerYear: number;
  private readonly stages: Float64Array;
  /** awaiting[k] joins after k more steps; entrants go to the back. */
  private readonly awaiting: Float64Array;
  private qualified: number;
  private readonly survivalPerStep: number;
  private readonly exitPerStep: number;
  private readonly leaverShareOfExits: number;
  private readonly recruitsPerStep: number;

  constructor(line: ResolvedLine, stepsPerYear: number) {
    this.line = line;
    this.stepsPerYear = stepsPerYear;
    this.stages = new Float64Array(stepsIn(line.trainingDurationYears, stepsPerYear));
    this.awaiting = new Float64Array(fillSteps(line.timeToFillMonths, stepsPerYear));
    this.qualified = line.initialQualifiedHeadcount;
    this.survivalPerStep = (1 - line.attritionPerYearShare) ** (1 / stepsPerYear);
    const exitPerYear = Math.min(1, line.leaverRatePerYearShare + line.retirementRatePerYearShare);
    this.exitPerStep = 1 - (1 - exitPerYear) ** (1 / stepsPerYear);
    this.leaverShareOfExits = exitPerYear > 0 ? line.leaverRatePerYearShare / exitPerYear : 0;
    const recruitFtePerYear = line.internationalRecruitmentFtePerYear + line.returnToPracticeFtePerYear + line.otherRecruitmentFtePerYear;
    this.recruitsPerStep = recruitFtePerYear / line.ftePerHead / stepsPerYear;
    this.placeInitialTrainees();
    this.warmStartAwaiting();
  }

  /** Initial trainees of year k are one cohort that started k years ago, at stage k × steps per year. */
  private placeInitialTrainees(): void {
    this.line.initialTraineesByYear.forEach((heads, year) => {
      const stage = year * this.stepsPerYear;
      if (stage < this.stages.length) this.stages[stage] = heads;
    });
  }

  /**
   * Staff awaiting a post at the start: assumed to be the flow the initial state would send
   * (final-year completers taking up posts, plus recruits), spread evenly over past steps.
   * An empty queue would instead show a spurious dip in joiners for the first time-to-fill.
   */
  private warmStartAwaiting(): void {
    if (this.awaiting.length === 0) return;
    const last = this.stages.length - 1;
    const finalCohort = this.stages[Math.floor(last / this.stepsPerYear) * this.stepsPerYear] ?? 0;
    const completersPerYear = finalCohort * (1 - this.line.attritionPerYearShare) * this.line.takeUpShare;
    this.awaiting.fill(completersPerYear / this.stepsPerYear + this.recruitsPerStep);
  }

  /** Starts a cohort of `heads` trainees in the first stage (only at a year's first step). */
  addIntake(heads: number): void {
    this.stages[0] = (this.stages[0] ?? 0) + heads;
  }

  census(): LineStocks {
    const years = this.line.trainingDurationYears;
    const traineesByYear = new Array<number>(Math.ceil(years)).fill(0);
    let trainees = 0;
    let traineeClinicalFte = 0;
    for (let stage = 0; stage < this.stages.length; stage += 1) {
      const heads = this.stages[stage] ?? 0;
      const year = Math.floor(stage / this.stepsPerYear);
      traineesByYear[year] = (traineesByYear[year] ?? 0) + heads;
      trainees += heads;
      traineeClinicalFte += heads * (this.line.traineeCapacityFactorByYear[year] ?? 0);
    }
    let awaitingPost = 0;
    for (const heads of this.awaiting) awaitingPost += heads;
    return { trainees, traineesByYear, awaitingPost, qualifiedHeadcount: this.qualified, traineeClinicalFte };
  }

  /** Moves every stock on one step; returns the flows, which account for every head. */
  advance(): LineFlows {
    const { stages } = this;
    const last = stages.length - 1;
    let attrition = 0;
    const completing = (stages[last] ?? 0) * this.survivalPerStep;
    attrition += (stages[last] ?? 0) - completing;
    for (let stage = last; stage > 0; stage -= 1) {
      const heads = stages[stage - 1] ?? 0;
      const survivors = heads * this.survivalPerStep;
      attrition += heads - survivors;
      stages[stage] = survivors;
    }
    stages[0] = 0;
    const takingUp = completing * this.line.takeUpShare;
    const notTakingUp = completing - takingUp;
    const entrants = takingUp + this.recruitsPerStep;
    const joiners = this.queueForPost(entrants);
    const exits = this.qualified * this.exitPerStep;
    const leavers = exits * this.leaverShareOfExits;
    const retirements = exits - leavers;
    // Joiners arrive at the end of the step, so they are not exposed to this step's exits.
    this.qualified += joiners - exits;
    return { attrition, qualifications: completing, notTakingUp, recruits: this.recruitsPerStep, joiners, leavers, retirements };
  }

  /** Pushes entrants to the back of the time-to-fill queue and returns those reaching a post. */
  private queueForPost(entrants: number): number {
    const { awaiting } = this;
    if (awaiting.length === 0) return entrants;
    const joiners = awaiting[0] ?? 0;
    awaiting.copyWithin(0, 1);
    awaiting[awaiting.length - 1] = entrants;
    return joiners;
  }
}
