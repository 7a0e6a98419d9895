import { fillSteps, trainingSteps } from './line-model.js';
import { placesInYear } from './places-schedule.js';
import { resolveLine, type StreamSource } from './resolve-parameters.js';
import { lineResponse } from './response.js';
import type { ResolvedLine, SupplyParams } from './types.js';

/** FTE needed for a role in a network in a year (the demand side's answer). */
export type FteNeed = (year: number, network: string, role: string) => number;

/** FTE a place adds below which it counts as none (before the lag, or take-up 0): float noise. */
const EFFECT_FLOOR = 1e-12;

export interface GapSolverOptions {
  readonly startYear: number;
  readonly stepsPerYear?: 1 | 12;
  /** First intake the solver may change; default the year after the start (that year's starters are in the census). */
  readonly fromYear?: number;
  /** Training capacity per line (supervisors, education budgets); unlimited by default. */
  readonly maxPlacesPerYear?: number;
  /** Round places up to whole trainees (default true). */
  readonly wholePlaces?: boolean;
  /** Last year searched for when a gap could be closed, if not by `byYear`; default byYear + 20. */
  readonly horizonYear?: number;
  /** Streams for uncertain parameters, as in `projectSupply`; means without it. */
  readonly streams?: StreamSource;
}

/** What training can achieve in one year: the places a year needed and the supply they give. */
export interface Achievable {
  readonly year: number;
  readonly placesPerYear: number;
  readonly fteSupply: number;
  readonly fteNeeded: number;
  /** fteNeeded − fteSupply; ≤ 0 when closed. */
  readonly gap: number;
}

interface LineGapBase {
  readonly network: string;
  readonly role: string;
  readonly byYear: number;
  readonly currentPlacesPerYear: number;
  /** First census a change of places from `fromYear` reaches (part of a cohort: training and time to fill are continuous delays). */
  readonly earliestEffectYear: number;
  /** Supply and gap at byYear if places stay as scheduled. */
  readonly withoutChange: Achievable;
}

export type LineGapResult =
  | (LineGapBase & { readonly status: 'closable'; readonly solution: Achievable })
  | (LineGapBase & {
      readonly status: 'not_closable';
      readonly reason: 'too_soon' | 'exceeds_max_places' | 'training_has_no_effect';
      /** The best training alone does by byYear (max places, or no change when too soon). */
      readonly bestByYear: Achievable;
      /** The first year (up to the horizon) training can close the gap, and the places it takes. */
      readonly earliestClosing: Achievable | undefined;
    });

export interface GapSolution {
  readonly byYear: number;
  readonly fromYear: number;
  readonly lines: readonly LineGapResult[];
  readonly allClosable: boolean;
}

/**
 * Training places per year, from `fromYear` on, for each network and role, that bring qualified
 * FTE supply up to the FTE need in `byYear`. Supply is affine in a constant intake (every flow
 * is linear in the stocks), so two projections per line give it exactly: fte = base + perPlace × places.
 * Gaps are closed at `byYear`; recruitment and retention are held as the scenario sets them.
 */
export function placesToCloseGap(params: SupplyParams, need: FteNeed, byYear: number, options: GapSolverOptions): GapSolution {
  const fromYear = options.fromYear ?? options.startYear + 1;
  const lines = params.lines.map((line, index) => solveLine(params, index, resolveLine(line, options.streams), need, byYear, fromYear, options));
  return { byYear, fromYear, lines, allClosable: lines.every((line) => line.status === 'closable') };
}

function solveLine(params: SupplyParams, index: number, line: ResolvedLine, need: FteNeed, byYear: number, fromYear: number, options: GapSolverOptions): LineGapResult {
  const stepsPerYear = options.stepsPerYear ?? 1;
  const lastYear = Math.max(byYear, options.horizonYear ?? byYear + 20);
  const { current, base, perPlace } = lineResponse(params, index, fromYear, {
    startYear: options.startYear, years: lastYear - options.startYear + 1, stepsPerYear, ...(options.streams ? { streams: options.streams } : {}),
  });
  const at = (year: number): number => year - options.startYear;
  const achieve = (year: number, places: number, fteSupply = base[at(year)]! + perPlace[at(year)]! * places): Achievable => {
    const fteNeeded = need(year, line.network, line.role);
    return { year, placesPerYear: places, fteSupply, fteNeeded, gap: fteNeeded - fteSupply };
  };
  const placesFor = (year: number): number | undefined => placesNeeded(achieve(year, 0).gap, perPlace[at(year)]!, options);
  // Training and time to fill are continuous delays: the first census a place reaches is where its effect starts.
  const firstEffect = perPlace.findIndex((fte, i) => options.startYear + i >= fromYear && fte > EFFECT_FLOOR);
  const lagYears = Math.floor((trainingSteps(line, stepsPerYear) + fillSteps(line.timeToFillMonths, stepsPerYear)) / stepsPerYear + 1e-9);
  const currentPlacesPerYear = placesInYear(line.trainingPlacesPerYear, fromYear);
  const common = {
    network: line.network, role: line.role, byYear, currentPlacesPerYear,
    earliestEffectYear: firstEffect >= 0 ? options.startYear + firstEffect : fromYear + lagYears,
    withoutChange: achieve(byYear, currentPlacesPerYear, current[at(byYear)]!),
  };
  const places = placesFor(byYear);
  if (places !== undefined) return { ...common, status: 'closable', solution: achieve(byYear, places) };
  let earliestClosing: Achievable | undefined;
  for (let year = common.earliestEffectYear; year <= lastYear && earliestClosing === undefined; year += 1) {
    const closing = placesFor(year);
    if (closing !== undefined) earliestClosing = achieve(year, closing);
  }
  const tooSoon = byYear < common.earliestEffectYear;
  const noEffect = !(perPlace[at(byYear)]! > EFFECT_FLOOR);
  return {
    ...common,
    status: 'not_closable',
    reason: tooSoon ? 'too_soon' : noEffect ? 'training_has_no_effect' : 'exceeds_max_places',
    bestByYear: tooSoon || noEffect ? common.withoutChange : achieve(byYear, options.maxPlacesPerYear ?? Infinity),
    earliestClosing,
  };
}

/** Places a year that close `gapAtZero` (the gap with no places), or undefined if none can. */
function placesNeeded(gapAtZero: number, perPlace: number, options: GapSolverOptions): number | undefined {
  if (gapAtZero <= 0) return 0;
  if (!(perPlace > EFFECT_FLOOR)) return undefined;
  const exact = gapAtZero / perPlace;
  // The tolerance stops float error turning an exact whole number of places into the next one up.
  const places = options.wholePlaces === false ? exact : Math.ceil(exact - 1e-9);
  return places <= (options.maxPlacesPerYear ?? Infinity) ? places : undefined;
}
