import { attritionInYear } from './line-model.js';
import type { ResolvedLine, SupplyProjection, SupplyRecord } from './types.js';

/** A published figure to compare with: national totals (all networks projected). */
export interface Anchor {
  readonly year: number;
  readonly role: string;
  readonly measure: 'qualified_headcount' | 'intake' | 'places_commissioned';
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

/** Columns of `supply_anchors.csv`. */
export const ANCHOR_COLUMNS = ['year', 'role', 'measure', 'anchor', 'low', 'high', 'model', 'within', 'note', 'source'] as const;

export interface AnchorCheck extends Anchor {
  /** The projection's value (mean over replications), NaN when the projection cannot show it. */
  readonly model: number;
  readonly within: boolean | undefined;
  readonly note: string;
}

/**
 * Compares national totals of the projection with published anchors. Years from the start on
 * come from the records; starts before the start year are read from the initial trainees (a
 * cohort in year k of training at the start census started k years earlier: heads divided by
 * their survival), and places from those starts divided by the fill share.
 */
export function checkAnchors(anchors: readonly Anchor[], projections: readonly SupplyProjection[]): AnchorCheck[] {
  const first = projections[0];
  if (first === undefined) return [];
  const lastYear = first.startYear + first.years - 1;
  return anchors.map((anchor) => {
    const miss = (note: string): AnchorCheck => ({ ...anchor, model: NaN, within: undefined, note });
    if (anchor.year > lastYear) return miss(`after the last projected year (${lastYear})`);
    if (anchor.year < first.startYear && anchor.measure === 'qualified_headcount') return miss(`before the start year (${first.startYear})`);
    const values = projections.map((p) => (anchor.year > p.startYear || (anchor.year === p.startYear && anchor.measure === 'qualified_headcount')
      ? fromRecords(p, anchor) : fromInitialTrainees(p, anchor)));
    if (values.some((v) => !Number.isFinite(v))) {
      return miss(anchor.year < first.startYear - 20 ? 'before the projection' : `cohorts starting in ${anchor.year} have left training by the ${first.startYear} census, so the start stocks cannot show them`);
    }
    const model = values.reduce((a, b) => a + b, 0) / values.length;
    const note = anchor.year <= first.startYear && anchor.measure !== 'qualified_headcount' ? `implied by the trainees at the ${first.startYear} census` : '';
    return { ...anchor, model, within: model >= anchor.low && model <= anchor.high, note };
  });
}

const MEASURE: Readonly<Record<Anchor['measure'], (r: SupplyRecord) => number>> = {
  qualified_headcount: (r) => r.qualifiedHeadcount,
  intake: (r) => r.intake,
  places_commissioned: (r) => r.placesCommissioned,
};

function fromRecords(p: SupplyProjection, anchor: Anchor): number {
  return p.records.filter((r) => r.year === anchor.year && r.role === anchor.role).reduce((sum, r) => sum + MEASURE[anchor.measure](r), 0);
}

function fromInitialTrainees(p: SupplyProjection, anchor: Anchor): number {
  const k = p.startYear - anchor.year;
  let total = 0;
  for (const line of p.lines.filter((l) => l.role === anchor.role)) {
    const heads = startsFrom(line, k);
    if (!Number.isFinite(heads)) return NaN;
    total += anchor.measure === 'places_commissioned' ? heads / line.placesFillShare : heads;
  }
  return total;
}

/** Starters k years before the start census, from the trainees then in year k of training. */
function startsFrom(line: ResolvedLine, k: number): number {
  // Cohorts that had left training by the census, or that the start stocks do not list, cannot be read back.
  if (k >= Math.ceil(line.trainingDurationYears / line.trainingFtePerHead - 1e-9) || k >= line.initialTraineesByYear.length) return NaN;
  let survival = 1;
  for (let year = 0; year < k; year += 1) survival *= 1 - attritionInYear(line, year);
  return (line.initialTraineesByYear[k] ?? 0) / survival;
}
