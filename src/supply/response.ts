import { withPlacesFrom } from './places-schedule.js';
import { projectSupply } from './project-supply.js';
import type { ProjectionOptions, SupplyParams } from './types.js';

/** Qualified FTE of one line by year (index 0 = start year): as scheduled, with no places from fromYear, and per place added. */
export interface LineResponse {
  readonly current: readonly number[];
  readonly base: readonly number[];
  readonly perPlace: readonly number[];
}

/**
 * How one line's qualified FTE responds to a constant intake from `fromYear`, projected with
 * every other line as scheduled (so moves between networks are counted). Without the
 * supervision limit every flow is linear in the stocks, so supply is affine in the places:
 * fte = base + perPlace × places exactly, and three projections give it.
 */
export function lineResponse(params: SupplyParams, index: number, fromYear: number, options: ProjectionOptions): LineResponse {
  const fteOf = (places: number | undefined): number[] => {
    const lines = places === undefined ? params.lines : params.lines.map((line, i) => (i === index
      ? { ...line, trainingPlacesPerYear: withPlacesFrom(line.trainingPlacesPerYear, fromYear, places) } : line));
    const { records } = projectSupply({ ...params, lines }, { ...options, limitIntakeBySupervision: false });
    const n = params.lines.length;
    return Array.from({ length: options.years }, (_, y) => records[y * n + index]!.fteSupply);
  };
  const base = fteOf(0);
  return { current: fteOf(undefined), base, perPlace: fteOf(1).map((fte, i) => fte - base[i]!) };
}
