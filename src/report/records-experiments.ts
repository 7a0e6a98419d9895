import { num, str, type CsvRow } from './read-csv.js';

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

export const toComparison = (r: CsvRow): ComparisonRow => ({
  scenario: str(r, 'scenario'),
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  year: num(r, 'year'),
  metric: str(r, 'metric'),
  mean: num(r, 'mean'),
  ciLow: num(r, 'ci_low'),
  ciHigh: num(r, 'ci_high'),
  diffFromFirst: num(r, 'diff_from_first'),
  diffCiLow: num(r, 'diff_ci_low'),
  diffCiHigh: num(r, 'diff_ci_high'),
  distinguishable: str(r, 'distinguishable'),
});

export const toStaffingPlan = (r: CsvRow): StaffingPlanRow => ({
  year: num(r, 'year'),
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  role: str(r, 'role'),
  fteAvailable: num(r, 'fte_available'),
  fteNeededWorkload: num(r, 'fte_needed_workload'),
  fteNeededAnalytic: num(r, 'fte_needed_analytic'),
  fteNeededSimulated: num(r, 'fte_needed_simulated'),
  annualCost: num(r, 'annual_cost'),
});

export const toSweep = (r: CsvRow): SweepRow => ({
  parameter: str(r, 'parameter'),
  value: str(r, 'value'),
  lowOrHigh: str(r, 'low_or_high'),
  metric: str(r, 'metric'),
  year: num(r, 'year'),
  mean: num(r, 'mean'),
  ciLow: num(r, 'ci_low'),
  ciHigh: num(r, 'ci_high'),
});

export const toPipeline = (r: CsvRow): PipelineRow => ({
  year: num(r, 'year'),
  network: str(r, 'network'),
  role: str(r, 'role'),
  trainees: num(r, 'trainees'),
  qualifiedHeadcount: num(r, 'qualified_headcount'),
  fteSupply: num(r, 'fte_supply'),
  fteNeeded: num(r, 'fte_needed'),
  gap: num(r, 'gap'),
  fteSupplyP05: num(r, 'fte_supply_p05'),
  fteSupplyP95: num(r, 'fte_supply_p95'),
});
