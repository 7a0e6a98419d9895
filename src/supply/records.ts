import type { FteNeed } from './gap-solver.js';
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

/** Every stock and flow of a projection as flat snake_case rows, trainees split by training year. */
export function supplyDetailRows(projection: SupplyProjection): Record<string, string | number>[] {
  const trainingYears = Math.max(0, ...projection.records.map((record) => record.traineesByYear.length));
  return projection.records.map(({ traineesByYear, ...record }) => {
    const row: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(record)) row[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
    for (let year = 0; year < trainingYears; year += 1) row[`trainees_year${year + 1}`] = traineesByYear[year] ?? 0;
    return row;
  });
}
