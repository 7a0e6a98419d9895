import type { FteNeed } from './gap-solver.js';
import { supplyBands, type BandOptions } from './replications.js';
import type { SupplyProjection } from './types.js';

/** Columns of `pipeline.csv`, in order. */
export const PIPELINE_COLUMNS = [
  'year', 'network', 'role', 'trainees', 'qualified_headcount', 'fte_supply', 'fte_needed', 'gap',
] as const;

export type PipelineRow = { readonly [K in (typeof PIPELINE_COLUMNS)[number]]: K extends 'network' | 'role' ? string : number };

/** One `pipeline.csv` row per year × network × role; gap = fte_needed − fte_supply (positive is a shortfall). */
export function supplyRecords(projection: SupplyProjection, need: FteNeed): PipelineRow[] {
  return projection.records.map((record) => {
    const fteNeeded = need(record.year, record.network, record.role);
    return {
      year: record.year,
      network: record.network,
      role: record.role,
      trainees: record.trainees,
      qualified_headcount: record.qualifiedHeadcount,
      fte_supply: record.fteSupply,
      fte_needed: fteNeeded,
      gap: fteNeeded - record.fteSupply,
    };
  });
}

/** Columns added to `pipeline.csv` when supply is replicated: the spread of FTE supply across replications. */
export const PIPELINE_BAND_COLUMNS = ['fte_supply_p05', 'fte_supply_p95'] as const;

export type PipelineBandRow = PipelineRow & { readonly [K in (typeof PIPELINE_BAND_COLUMNS)[number]]: number };

/**
 * `pipeline.csv` rows over replicated projections: stocks and FTE supply are means across
 * replications (so gap = fte_needed − mean supply), with the 5th and 95th percentiles of supply.
 */
export function replicatedSupplyRecords(projections: readonly SupplyProjection[], need: FteNeed, bands: BandOptions = {}): PipelineBandRow[] {
  const supply = supplyBands(projections, 'fteSupply', bands);
  const trainees = supplyBands(projections, 'trainees', bands);
  const heads = supplyBands(projections, 'qualifiedHeadcount', bands);
  return supply.map((band, i) => {
    const fteNeeded = need(band.year, band.network, band.role);
    return {
      year: band.year,
      network: band.network,
      role: band.role,
      trainees: trainees[i]!.mean,
      qualified_headcount: heads[i]!.mean,
      fte_supply: band.mean,
      fte_needed: fteNeeded,
      gap: fteNeeded - band.mean,
      fte_supply_p05: band.lower,
      fte_supply_p95: band.upper,
    };
  });
}

/** Every stock and flow of a projection as flat snake_case rows, trainees split by training year. */
export function supplyDetailRows(projection: SupplyProjection): Record<string, string | number>[] {
  const trainingYears = Math.max(0, ...projection.records.map((record) => record.traineesByYear.length));
  const bands = Math.max(0, ...projection.records.map((record) => record.qualifiedByAgeBand.length));
  return projection.records.map(({ traineesByYear, qualifiedByAgeBand, ...record }) => {
    const row: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(record)) row[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
    for (let year = 0; year < trainingYears; year += 1) row[`trainees_year${year + 1}`] = traineesByYear[year] ?? 0;
    for (let band = 0; band < bands; band += 1) row[`qualified_age_band${band + 1}`] = qualifiedByAgeBand[band] ?? 0;
    return row;
  });
}
