import { COMPARISON_COLUMNS, PIPELINE_BAND_COLUMNS, PIPELINE_COLUMNS, STAFFING_PLAN_COLUMNS, SWEEP_COLUMNS } from '../results/columns.js';
import { cells, type CsvRow } from './read-csv.js';

/** One row of `comparison.csv`; `diff*` are paired differences from the first scenario. */
export interface ComparisonRow {
  readonly scenario: string;
  readonly scope: string;
  readonly scopeId: string;
  readonly year: number;
  readonly metric: string;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly diffFromFirst: number;
  readonly diffCiLow: number;
  readonly diffCiHigh: number;
  /** `yes`/`no`, or empty for the first scenario. */
  readonly distinguishable: string;
}

export interface StaffingPlanRow {
  readonly year: number;
  readonly scope: string;
  readonly scopeId: string;
  readonly role: string;
  readonly fteAvailable: number;
  readonly fteNeededWorkload: number;
  readonly fteNeededAnalytic: number;
  readonly fteNeededSimulated: number;
  readonly annualCost: number;
}

export interface SweepRow {
  readonly parameter: string;
  readonly value: string;
  /** `low`, `high` or `baseline`. */
  readonly lowOrHigh: string;
  readonly metric: string;
  readonly year: number;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

export interface PipelineRow {
  readonly year: number;
  readonly network: string;
  readonly role: string;
  readonly trainees: number;
  readonly qualifiedHeadcount: number;
  readonly fteSupply: number;
  readonly fteNeeded: number;
  readonly gap: number;
  /** NaN when the optional supply band columns are absent. */
  readonly fteSupplyP05: number;
  readonly fteSupplyP95: number;
}

export const toComparison = (r: CsvRow): ComparisonRow => {
  const c = cells(r, COMPARISON_COLUMNS);
  return {
    scenario: c.str('scenario'),
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    year: c.num('year'),
    metric: c.str('metric'),
    mean: c.num('mean'),
    ciLow: c.num('ci_low'),
    ciHigh: c.num('ci_high'),
    diffFromFirst: c.num('diff_from_first'),
    diffCiLow: c.num('diff_ci_low'),
    diffCiHigh: c.num('diff_ci_high'),
    distinguishable: c.str('distinguishable'),
  };
};

export const toStaffingPlan = (r: CsvRow): StaffingPlanRow => {
  const c = cells(r, STAFFING_PLAN_COLUMNS);
  return {
    year: c.num('year'),
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    role: c.str('role'),
    fteAvailable: c.num('fte_available'),
    fteNeededWorkload: c.num('fte_needed_workload'),
    fteNeededAnalytic: c.num('fte_needed_analytic'),
    fteNeededSimulated: c.num('fte_needed_simulated'),
    annualCost: c.num('annual_cost'),
  };
};

export const toSweep = (r: CsvRow): SweepRow => {
  const c = cells(r, SWEEP_COLUMNS);
  return {
    parameter: c.str('parameter'),
    value: c.str('value'),
    lowOrHigh: c.str('low_or_high'),
    metric: c.str('metric'),
    year: c.num('year'),
    mean: c.num('mean'),
    ciLow: c.num('ci_low'),
    ciHigh: c.num('ci_high'),
  };
};

const PIPELINE_ALL = [...PIPELINE_COLUMNS, ...PIPELINE_BAND_COLUMNS] as const;

export const toPipeline = (r: CsvRow): PipelineRow => {
  const c = cells(r, PIPELINE_ALL);
  return {
    year: c.num('year'),
    network: c.str('network'),
    role: c.str('role'),
    trainees: c.num('trainees'),
    qualifiedHeadcount: c.num('qualified_headcount'),
    fteSupply: c.num('fte_supply'),
    fteNeeded: c.num('fte_needed'),
    gap: c.num('gap'),
    fteSupplyP05: c.num('fte_supply_p05'),
    fteSupplyP95: c.num('fte_supply_p95'),
  };
};
