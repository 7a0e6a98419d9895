import type { FteNeed } from './gap-solver.js';
import { projectSupply } from './project-supply.js';
import { resolveLine } from './resolve-parameters.js';
import { lineResponse } from './response.js';
import type { SupplyParams } from './types.js';

export interface AllocationOptions {
  readonly role: string;
  /** National training places a year to split between the networks (whole places). */
  readonly totalPlaces: number;
  readonly startYear: number;
  /** First intake the split applies to (the start year's starters are in the census). */
  readonly fromYear: number;
  /** The year whose gaps the split closes (the final projected year). */
  readonly finalYear: number;
  readonly stepsPerYear?: 1 | 12;
  readonly populationByNetwork: Readonly<Record<string, number>>;
}

/** One network's share of a role's places under both splits, with gaps and FTE per 100,000 in the final year. */
export interface NetworkAllocation {
  readonly network: string;
  readonly role: string;
  readonly places: number;
  readonly placesPopulationShare: number;
  /** Need − supply in the final year with no places from fromYear (what the places are for). */
  readonly gapWithoutPlacesFte: number;
  readonly gapClosedFte: number;
  readonly gapClosedPopulationShareFte: number;
  /** Final-year FTE per 100,000 population with places as the scenario schedules them. */
  readonly ftePer100kBefore: number;
  readonly ftePer100kAfter: number;
  readonly ftePer100kAfterPopulationShare: number;
  /** Places a year the network's supervisors can host (reserved hours); Infinity when unlimited. */
  readonly hostablePlaces: number;
  /** Supervisor FTE missing to host `places` (0 when hostable). */
  readonly supervisorFteShort: number;
  readonly supervisorRole: string;
}

interface NetworkResponse {
  readonly network: string;
  readonly gap: number;
  readonly base: number;
  readonly perPlace: number;
  readonly current: number;
  readonly population: number;
  readonly hostable: number;
  readonly hoursPerPlace: number;
  readonly reservedPerFte: number;
  readonly supervisorRole: string;
}

/**
 * Splits `totalPlaces` national places a year of one role between networks to close as much of
 * the final year's gaps as possible. Supply is affine in each network's places (`lineResponse`),
 * so the FTE a place closes is min(perPlace, gap left): a concave, separable objective, for which
 * giving places one at a time to the network where the next place closes most is optimal. Places
 * go first to networks whose supervisors can host them; once every gap is closed (or no place
 * closes any), the rest go where FTE per 100,000 is lowest. The population-share split (largest
 * remainder) is returned beside it for comparison.
 */
export function allocatePlaces(params: SupplyParams, need: FteNeed, options: AllocationOptions): NetworkAllocation[] {
  const responses = networkResponses(params, need, options);
  const places = greedySplit(responses, options.totalPlaces);
  const shares = largestRemainder(responses.map((r) => r.population), options.totalPlaces);
  return responses.map((r, i) => {
    const per100k = (fte: number) => (r.population > 0 ? (fte / r.population) * 1e5 : NaN);
    const closed = (p: number) => Math.min(Math.max(0, r.gap), r.perPlace * p);
    const short = places[i]! > r.hostable && r.reservedPerFte > 0 ? ((places[i]! - r.hostable) * r.hoursPerPlace) / r.reservedPerFte : 0;
    return {
      network: r.network, role: options.role, places: places[i]!, placesPopulationShare: shares[i]!,
      gapWithoutPlacesFte: r.gap, gapClosedFte: closed(places[i]!), gapClosedPopulationShareFte: closed(shares[i]!),
      ftePer100kBefore: per100k(r.current), ftePer100kAfter: per100k(r.base + r.perPlace * places[i]!),
      ftePer100kAfterPopulationShare: per100k(r.base + r.perPlace * shares[i]!),
      hostablePlaces: r.hostable, supervisorFteShort: short, supervisorRole: r.supervisorRole,
    };
  });
}

function networkResponses(params: SupplyParams, need: FteNeed, options: AllocationOptions): NetworkResponse[] {
  const years = options.finalYear - options.startYear + 1;
  const projection = { startYear: options.startYear, years, stepsPerYear: options.stepsPerYear ?? 1 };
  const current = projectSupply(params, { ...projection, limitIntakeBySupervision: false });
  const n = params.lines.length;
  const at = (year: number, index: number) => current.records[(year - options.startYear) * n + index]!;
  const responses: NetworkResponse[] = [];
  params.lines.forEach((line, index) => {
    if (line.role !== options.role) return;
    const response = lineResponse(params, index, options.fromYear, projection);
    const last = years - 1;
    const base = response.base[last]!;
    const needed = need(options.finalYear, line.network, line.role);
    const supervisor = params.lines.findIndex((other) => other.network === line.network && other.role === line.supervisorRole);
    const reservedPerFte = params.reservedSupervisionHoursPerFtePerWeek?.[line.supervisorRole];
    const resolved = resolveLine(line);
    const hoursPerPlace = traineesPerPlace(params, index, options) * resolved.supervisionHoursPerTraineePerWeek;
    let hostable = Infinity;
    if (reservedPerFte !== undefined && supervisor >= 0 && hoursPerPlace > 0) {
      // Hours free at the first year the split applies: reserved hours less those other trainees of this supervisor use.
      const capacity = at(options.fromYear, supervisor).fteSupply * reservedPerFte;
      const others = params.lines.reduce((sum, other, j) => (j !== index && other.network === line.network && other.supervisorRole === line.supervisorRole
        ? sum + at(options.fromYear, j).trainees * resolveLine(other).supervisionHoursPerTraineePerWeek : sum), 0);
      hostable = Math.max(0, (capacity - others) / hoursPerPlace);
    }
    responses.push({
      network: line.network, gap: Number.isFinite(needed) ? needed - base : 0, base, perPlace: response.perPlace[last]!,
      current: response.current[last]!, population: options.populationByNetwork[line.network] ?? 0, hostable, hoursPerPlace,
      reservedPerFte: reservedPerFte ?? 0, supervisorRole: line.supervisorRole,
    });
  });
  return responses;
}

/** Trainees in training at once for one place a year, once the pipeline is full (fill, attrition, part-time stretch). */
function traineesPerPlace(params: SupplyParams, index: number, options: AllocationOptions): number {
  const line = params.lines[index]!;
  const resolved = resolveLine(line);
  const years = Math.ceil(resolved.trainingDurationYears / resolved.trainingFtePerHead) + 2;
  const single = { ...line, network: line.network, trainingPlacesPerYear: 1, initialTraineesByYear: [resolved.placesFillShare], initialQualifiedHeadcount: 0, supervisorRole: line.role };
  const { records } = projectSupply({ lines: [single] }, { startYear: 0, years, stepsPerYear: options.stepsPerYear ?? 1 });
  return records.at(-1)!.trainees;
}

function greedySplit(responses: readonly NetworkResponse[], total: number): number[] {
  const places = responses.map(() => 0);
  const left = responses.map((r) => Math.max(0, r.gap));
  for (let k = 0; k < total; k += 1) {
    const open = responses.map((r, i) => places[i]! + 1 <= r.hostable + 1e-9);
    const pool = open.some(Boolean) ? open : responses.map(() => true);
    let best = -1;
    let bestKey: readonly number[] = [];
    responses.forEach((r, i) => {
      if (!pool[i]) return;
      // Most gap closed first; then a place that adds staff at all (a psychologist place where no CGS has
      // in-service psychology adds none); then the lowest FTE per 100,000 (the equitable choice).
      const per100k = r.population > 0 ? (r.base + r.perPlace * places[i]!) / r.population : Infinity;
      const key = [Math.min(r.perPlace, left[i]!), r.perPlace > 1e-12 ? 1 : 0, -per100k];
      if (best < 0 || isBetter(key, bestKey)) {
        best = i;
        bestKey = key;
      }
    });
    if (best < 0) break;
    places[best]! += 1;
    left[best] = Math.max(0, left[best]! - Math.max(0, bestKey[0]!));
  }
  return places;
}

/** Lexicographic comparison with a tolerance, so float noise does not break ties by accident. */
function isBetter(key: readonly number[], than: readonly number[]): boolean {
  for (let i = 0; i < key.length; i += 1) {
    if (key[i]! > than[i]! + 1e-12) return true;
    if (key[i]! < than[i]! - 1e-12) return false;
  }
  return false;
}

/** Whole shares of `total` proportional to `weights` that sum exactly to `total` (largest remainder, ties to the earlier). */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return largestRemainder(weights.map(() => 1), total);
  const exact = weights.map((w) => (w / sum) * total);
  const whole = exact.map(Math.floor);
  let short = total - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (short <= 0) break;
    whole[i]! += 1;
    short -= 1;
  }
  return whole;
}
