import { LineModel, type LineFlows, type LineStocks } from './line-model.js';
import { placesInYear } from './places-schedule.js';
import { resolveLine } from './resolve-parameters.js';
import type { ProjectionOptions, ResolvedLine, SupplyParams, SupplyProjection, SupplyRecord } from './types.js';

/** Agenda for Change full-time week, used when the scenario does not say. */
export const DEFAULT_HOURS_PER_FTE_PER_WEEK = 37.5;

const ZERO_FLOWS: LineFlows = {
  attrition: 0, qualifications: 0, notTakingUp: 0, recruits: 0, joiners: 0, leavers: 0, retirements: 0,
};

/**
 * Projects workforce supply for every line, one record per year and line.
 *
 * Each step: the year's intake starts (first step of a year only; the start year's starters
 * are already in the initial stocks), the census is taken, then trainees leave or progress,
 * completers take up posts or go elsewhere, the time-to-fill queue moves and qualified staff
 * leave or retire. Yearly records carry the census of the year's first step and the flows
 * summed over the year.
 */
export function projectSupply(params: SupplyParams, options: ProjectionOptions): SupplyProjection {
  const stepsPerYear = options.stepsPerYear ?? 1;
  const hoursPerFte = params.hoursPerFtePerWeek ?? DEFAULT_HOURS_PER_FTE_PER_WEEK;
  const lines = params.lines.map((line) => resolveLine(line, options.streams));
  const models = lines.map((line) => new LineModel(line, stepsPerYear));
  const supervisors = supervisorIndexes(lines);
  const records: SupplyRecord[] = [];
  const steps: SupplyRecord[] | undefined = options.recordSteps ? [] : undefined;
  for (let yearIndex = 0; yearIndex < options.years; yearIndex += 1) {
    const year = options.startYear + yearIndex;
    const yearly = models.map(() => ({ ...ZERO_FLOWS }));
    const yearStart: SupplyRecord[] = [];
    for (let step = 0; step < stepsPerYear; step += 1) {
      const intakes = startIntake(models, year, step, yearIndex === 0);
      const stocks = models.map((model) => model.census());
      const hours = supervisionHours(lines, stocks, supervisors);
      const flows = models.map((model) => model.advance());
      lines.forEach((line, i) => {
        const record = toRecord(year, step, line, stocks[i]!, flows[i]!, intakes[i]!, hours[i]!, hoursPerFte);
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

/** Index of the line whose staff supervise each line's trainees (same network). */
function supervisorIndexes(lines: readonly ResolvedLine[]): number[] {
  return lines.map((line) => {
    const index = lines.findIndex((other) => other.network === line.network && other.role === line.supervisorRole);
    if (index < 0) {
      throw new Error(`No supply line for supervisor role "${line.supervisorRole}" in network "${line.network}" (needed by "${line.role}")`);
    }
    return index;
  });
}

/** Starts the year's cohort in each line; returns heads started (the initial census for the first year). */
function startIntake(models: readonly LineModel[], year: number, step: number, firstYear: boolean): number[] {
  return models.map((model) => {
    if (step !== 0) return 0;
    if (firstYear) return model.line.initialTraineesByYear[0] ?? 0;
    const heads = placesInYear(model.line.trainingPlacesPerYear, year);
    model.addIntake(heads);
    return heads;
  });
}

/** Hours a week each line's staff spend supervising, charged to the supervisor role's line. */
function supervisionHours(lines: readonly ResolvedLine[], stocks: readonly LineStocks[], supervisors: readonly number[]): number[] {
  const hours = new Array<number>(lines.length).fill(0);
  lines.forEach((line, i) => {
    hours[supervisors[i]!]! += stocks[i]!.trainees * line.supervisionHoursPerTraineePerWeek;
  });
  return hours;
}

function addFlows(total: { -readonly [K in keyof LineFlows]: number }, flows: LineFlows): void {
  for (const key of Object.keys(total) as (keyof LineFlows)[]) total[key] += flows[key];
}

function toRecord(
  year: number, step: number, line: ResolvedLine, stocks: LineStocks, flows: LineFlows,
  intake: number, hoursPerWeek: number, hoursPerFte: number,
): SupplyRecord {
  return {
    year, step, network: line.network, role: line.role,
    trainees: stocks.trainees,
    traineesByYear: stocks.traineesByYear,
    awaitingPost: stocks.awaitingPost,
    qualifiedHeadcount: stocks.qualifiedHeadcount,
    fteSupply: stocks.qualifiedHeadcount * line.ftePerHead,
    supervisionHoursPerWeek: hoursPerWeek,
    supervisionFte: hoursPerWeek / hoursPerFte,
    traineeClinicalFte: stocks.traineeClinicalFte,
    intake,
    ...flows,
  };
}
