import { LineModel, zeroFlows, type LineFlows, type LineStocks } from './line-model.js';
import { exchangeMovers } from './moves.js';
import { placesInYear } from './places-schedule.js';
import { resolveLine } from './resolve-parameters.js';
import { limitIntake, supervisorIndexes, type IntakeLimits } from './supervision-capacity.js';
import type { ProjectionOptions, ResolvedLine, SupplyParams, SupplyProjection, SupplyRecord } from './types.js';

/** Agenda for Change full-time week, used when the scenario does not say. */
export const DEFAULT_HOURS_PER_FTE_PER_WEEK = 37.5;

/** What a year's first step adds to each line's record beyond stocks and flows. */
interface YearStart {
  readonly intake: number[];
  readonly commissioned: number[];
  readonly limits: IntakeLimits;
}

/**
 * Projects workforce supply for every line, one record per year and line.
 *
 * Each year: commissioned places are filled (placesFillShare) and capped by supervisors'
 * reserved hours, and the cohort starts (the start year's starters are already in the initial
 * stocks); the census is taken; then, each step, trainees leave or progress, completers take up
 * posts or go elsewhere, every route's time to fill moves on, qualified staff leave the NHS,
 * move between networks or retire, and movers arrive in their new network. At the year's end
 * staff age a year and FTE per head drifts. Yearly records carry the census of the year's first
 * step and the flows summed over the year.
 */
export function projectSupply(params: SupplyParams, options: ProjectionOptions): SupplyProjection {
  const stepsPerYear = options.stepsPerYear ?? 1;
  const hoursPerFte = params.hoursPerFtePerWeek ?? DEFAULT_HOURS_PER_FTE_PER_WEEK;
  const lines = params.lines.map((line) => resolveLine(line, options.streams));
  const models = lines.map((line) => new LineModel(line, stepsPerYear));
  const supervisors = supervisorIndexes(lines);
  const reserved = options.limitIntakeBySupervision === false ? undefined : params.reservedSupervisionHoursPerFtePerWeek;
  const records: SupplyRecord[] = [];
  const steps: SupplyRecord[] | undefined = options.recordSteps ? [] : undefined;
  for (let yearIndex = 0; yearIndex < options.years; yearIndex += 1) {
    const year = options.startYear + yearIndex;
    const start = startIntake(models, supervisors, year, yearIndex === 0, reserved);
    const yearly = models.map(zeroFlows);
    const yearStart: SupplyRecord[] = [];
    for (let step = 0; step < stepsPerYear; step += 1) {
      const stocks = models.map((model) => model.census());
      const hours = supervisionHours(lines, stocks, supervisors);
      const flows = models.map((model) => model.advance());
      const movesIn = exchangeMovers(models, stocks.map((s) => s.qualifiedHeadcount));
      const ageing = step === stepsPerYear - 1 ? models.map((model) => model.endYear()) : undefined;
      lines.forEach((line, i) => {
        flows[i]!.movesIn = movesIn[i]!;
        if (ageing !== undefined) flows[i]!.retirements += ageing[i]!;
        const record = toRecord(year, step, line, stocks[i]!, flows[i]!, hours[i]!, hoursPerFte, step === 0 ? start : undefined, i);
        steps?.push(record);
        if (step === 0) yearStart.push(record);
        addFlows(yearly[i]!, flows[i]!);
      });
    }
    yearStart.forEach((record, i) => records.push({ ...record, ...yearly[i]! }));
  }
  const projection = { startYear: options.startYear, years: options.years, stepsPerYear, lines, records };
  return steps === undefined ? projection : { ...projection, steps };
}

/** Starts the year's cohort in each line, filled and capped by supervision; the first year's are in the census. */
function startIntake(
  models: readonly LineModel[], supervisors: readonly number[], year: number, firstYear: boolean,
  reserved: SupplyParams['reservedSupervisionHoursPerFtePerWeek'],
): YearStart {
  if (firstYear) {
    const intake = models.map((model) => model.line.initialTraineesByYear[0] ?? 0);
    return { intake, commissioned: intake.map(() => 0), limits: limitIntake(models, supervisors, intake.map(() => 0), reserved) };
  }
  const commissioned = models.map((model) => placesInYear(model.line.trainingPlacesPerYear, year));
  const requested = models.map((model, i) => commissioned[i]! * model.line.placesFillShare);
  const limits = limitIntake(models, supervisors, requested, reserved);
  models.forEach((model, i) => model.addIntake(limits.hosted[i]!));
  return { intake: limits.hosted, commissioned, limits };
}

/** Hours a week each line's staff spend supervising, charged to the supervisor role's line. */
function supervisionHours(lines: readonly ResolvedLine[], stocks: readonly LineStocks[], supervisors: readonly number[]): number[] {
  const hours = new Array<number>(lines.length).fill(0);
  lines.forEach((line, i) => {
    hours[supervisors[i]!]! += stocks[i]!.trainees * line.supervisionHoursPerTraineePerWeek;
  });
  return hours;
}

function addFlows(total: LineFlows, flows: LineFlows): void {
  for (const key of Object.keys(total) as (keyof LineFlows)[]) total[key] += flows[key];
}

function toRecord(
  year: number, step: number, line: ResolvedLine, stocks: LineStocks, flows: LineFlows,
  hoursPerWeek: number, hoursPerFte: number, start: YearStart | undefined, i: number,
): SupplyRecord {
  return {
    year, step, network: line.network, role: line.role,
    trainees: stocks.trainees,
    traineesByYear: stocks.traineesByYear,
    awaitingPost: stocks.awaitingPost,
    qualifiedHeadcount: stocks.qualifiedHeadcount,
    fteSupply: stocks.qualifiedHeadcount * stocks.ftePerHead,
    supervisionHoursPerWeek: hoursPerWeek,
    supervisionFte: hoursPerWeek / hoursPerFte,
    traineeClinicalFte: stocks.traineeClinicalFte,
    intake: start?.intake[i] ?? 0,
    ...flows,
    ftePerHead: stocks.ftePerHead,
    qualifiedByAgeBand: stocks.qualifiedByAgeBand,
    placesCommissioned: start?.commissioned[i] ?? 0,
    intakeNotHosted: start?.limits.notHosted[i] ?? 0,
    supervisionCapacityHoursPerWeek: start?.limits.capacityHoursPerWeek[i] ?? NaN,
    supervisorFteShort: start?.limits.supervisorFteShort[i] ?? 0,
  };
}
