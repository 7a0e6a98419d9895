import { AgeStock } from './age-stock.js';
import { FractionalDelay } from './delay.js';
import type { ResolvedLine } from './types.js';

/** Stocks of one line at a census. */
export interface LineStocks {
  readonly trainees: number;
  readonly traineesByYear: number[];
  readonly awaitingPost: number;
  readonly qualifiedHeadcount: number;
  readonly traineeClinicalFte: number;
  readonly ftePerHead: number;
  readonly qualifiedByAgeBand: number[];
}

/** Flows of one line from one census to the next (heads). */
export interface LineFlows {
  attrition: number;
  qualifications: number;
  notTakingUp: number;
  recruits: number;
  joiners: number;
  joinersTraining: number;
  joinersInternational: number;
  joinersReturning: number;
  joinersOtherSectors: number;
  movesIn: number;
  movesOut: number;
  leavers: number;
  retirements: number;
}

export const zeroFlows = (): LineFlows => ({
  attrition: 0, qualifications: 0, notTakingUp: 0, recruits: 0, joiners: 0, joinersTraining: 0, joinersInternational: 0,
  joinersReturning: 0, joinersOtherSectors: 0, movesIn: 0, movesOut: 0, leavers: 0, retirements: 0,
});

/** Steps of training at the line's training FTE: part-time training stretches it (0.8 FTE → 1.25×). */
export function trainingSteps(line: ResolvedLine, stepsPerYear: number): number {
  return (line.trainingDurationYears * stepsPerYear) / line.trainingFtePerHead;
}

/** Time to fill in steps, fractional (a 4-month delay is a third of a yearly step). */
export function fillSteps(timeToFillMonths: number, stepsPerYear: number): number {
  return (timeToFillMonths * stepsPerYear) / 12;
}

/** Attrition share of a year of training (index 0 = first year). */
export function attritionInYear(line: ResolvedLine, year: number): number {
  return line.attritionByTrainingYearShare[year] ?? line.attritionPerYearShare;
}

/**
 * The stock-and-flow state of one role in one network.
 *
 * Trainees sit in one stage per step of training. Training lasts L = duration / training FTE
 * steps, which may be fractional: a cohort moves one stage a step and, after ⌊L⌋ steps, a share
 * 1 − (L − ⌊L⌋) qualifies and the rest a step later, so the mean lag is exactly L. Completers
 * taking up a CGS post and recruits by each route wait out the time to fill (a fractional
 * delay) and join the qualified stock, which leaves the NHS, moves between networks and
 * retires by age band. Shares given per year become per-step shares by compounding.
 */
export class LineModel {
  readonly line: ResolvedLine;
  readonly stepsPerYear: number;
  readonly stock: AgeStock;
  private readonly stages: Float64Array;
  private readonly survival: Float64Array;
  private readonly wholeSteps: number;
  private readonly fraction: number;
  /** Time-to-fill delays by route: training, international, returning, other sectors. */
  private readonly routes: readonly FractionalDelay[];
  private ftePerHeadNow: number;

  constructor(line: ResolvedLine, stepsPerYear: number) {
    this.line = line;
    this.stepsPerYear = stepsPerYear;
    const length = trainingSteps(line, stepsPerYear);
    this.wholeSteps = Math.max(1, Math.floor(length + 1e-9));
    const fraction = length - this.wholeSteps;
    this.fraction = fraction > 1e-9 ? fraction : 0;
    this.stages = new Float64Array(this.wholeSteps + (this.fraction > 0 ? 1 : 0));
    this.survival = Float64Array.from(this.stages, (_, stage) => (1 - attritionInYear(line, Math.floor(stage / stepsPerYear))) ** (1 / stepsPerYear));
    const delay = fillSteps(line.timeToFillMonths, stepsPerYear);
    this.routes = [0, 1, 2, 3].map(() => new FractionalDelay(delay));
    this.stock = new AgeStock(line.ageProfile, line.retirementRatePerYearShare, line.initialQualifiedHeadcount, line.joinerAgeYears);
    this.ftePerHeadNow = line.ftePerHead;
    this.placeInitialTrainees();
    this.warmStart();
  }

  /** Initial trainees of year k are one cohort that started k years ago, at stage k × steps per year. */
  private placeInitialTrainees(): void {
    this.line.initialTraineesByYear.forEach((heads, year) => {
      const stage = year * this.stepsPerYear;
      if (stage < this.stages.length) this.stages[stage] = heads;
    });
  }

  /**
   * Staff awaiting a post at the start: the flow the initial state would send (final-year
   * completers taking up posts, and recruits by each route) already in the time-to-fill delay.
   * An empty delay would instead show a spurious dip in joiners for the first time to fill.
   */
  private warmStart(): void {
    const lastYearStage = Math.floor((this.stages.length - 1) / this.stepsPerYear) * this.stepsPerYear;
    const finalCohort = this.stages[lastYearStage] ?? 0;
    const completersPerYear = finalCohort * (1 - this.line.attritionPerYearShare) * this.line.takeUpShare;
    this.routes[0]!.warmStart(completersPerYear / this.stepsPerYear);
    this.recruitsPerStep().forEach((heads, i) => this.routes[i + 1]!.warmStart(heads));
  }

  /** Heads recruited a step by each route (international, returning, other sectors) at today's FTE per head. */
  private recruitsPerStep(): [number, number, number] {
    const toHeads = (fte: number) => fte / this.ftePerHeadNow / this.stepsPerYear;
    const l = this.line;
    return [toHeads(l.internationalRecruitmentFtePerYear), toHeads(l.returnToPracticeFtePerYear), toHeads(l.otherRecruitmentFtePerYear)];
  }

  get ftePerHead(): number {
    return this.ftePerHeadNow;
  }

  /** Starts a cohort of `heads` trainees in the first stage (only at a year's first step). */
  addIntake(heads: number): void {
    this.stages[0]! += heads;
  }

  /** Trainees in training now. */
  trainees(): number {
    let sum = 0;
    for (const heads of this.stages) sum += heads;
    return sum;
  }

  census(): LineStocks {
    const traineesByYear = new Array<number>(Math.ceil(this.stages.length / this.stepsPerYear)).fill(0);
    const factors = this.line.traineeCapacityFactorByYear;
    let traineeClinicalFte = 0;
    for (let stage = 0; stage < this.stages.length; stage += 1) {
      const heads = this.stages[stage]!;
      traineesByYear[Math.floor(stage / this.stepsPerYear)]! += heads;
      // Part-time trainees progress more slowly: their capacity follows progress, not calendar years.
      const progressYear = Math.min(factors.length - 1, Math.floor((stage * this.line.trainingFtePerHead) / this.stepsPerYear));
      traineeClinicalFte += heads * (factors[progressYear] ?? 0);
    }
    let awaitingPost = 0;
    for (const route of this.routes) awaitingPost += route.contents();
    return {
      trainees: this.trainees(), traineesByYear, awaitingPost, qualifiedHeadcount: this.stock.total(),
      traineeClinicalFte, ftePerHead: this.ftePerHeadNow, qualifiedByAgeBand: this.stock.byBand(),
    };
  }

  /** Moves every stock on one step; returns the flows (moves in are added by the projection). */
  advance(): LineFlows {
    const flows = zeroFlows();
    const completing = this.progressTraining(flows);
    const takingUp = completing * this.line.takeUpShare;
    flows.qualifications = completing;
    flows.notTakingUp = completing - takingUp;
    const recruits = this.recruitsPerStep();
    flows.recruits = recruits[0] + recruits[1] + recruits[2];
    flows.joinersTraining = this.routes[0]!.step(takingUp);
    flows.joinersInternational = this.routes[1]!.step(recruits[0]);
    flows.joinersReturning = this.routes[2]!.step(recruits[1]);
    flows.joinersOtherSectors = this.routes[3]!.step(recruits[2]);
    flows.joiners = flows.joinersTraining + flows.joinersInternational + flows.joinersReturning + flows.joinersOtherSectors;
    const exits = this.stock.exit(this.line.leaverRatePerYearShare, this.line.moveRatePerYearShare, this.stepsPerYear);
    flows.leavers = exits.leavers;
    flows.retirements = exits.retirements;
    flows.movesOut = exits.movesOut;
    // Joiners arrive at the end of the step, so they are not exposed to this step's exits.
    this.stock.addJoiners(flows.joiners);
    return flows;
  }

  /** Trainees survive or leave, move a stage on, and the final stages qualify; returns the completers. */
  private progressTraining(flows: LineFlows): number {
    const { stages, survival, wholeSteps } = this;
    let completing = 0;
    for (let stage = stages.length - 1; stage >= 0; stage -= 1) {
      const heads = stages[stage]!;
      const survivors = heads * survival[stage]!;
      flows.attrition += heads - survivors;
      if (stage === wholeSteps) {
        completing += survivors;
      } else if (stage === wholeSteps - 1) {
        completing += survivors * (1 - this.fraction);
        if (this.fraction > 0) stages[wholeSteps] = survivors * this.fraction;
      } else {
        stages[stage + 1] = survivors;
      }
    }
    stages[0] = 0;
    return completing;
  }

  /** The year's end: staff age a year (those past the oldest band retire) and FTE per head drifts. */
  endYear(): number {
    this.ftePerHeadNow = Math.min(1, Math.max(0.05, this.ftePerHeadNow + this.line.ftePerHeadChangePerYear));
    return this.stock.ageOneYear();
  }
}
