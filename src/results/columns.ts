/**
 * The result files and their columns, named once: src/results writes them and src/report reads
 * them, so a renamed or dropped column fails to compile on both sides instead of leaving a
 * chart silently empty. Rows are typed by their file's columns (`ResultRow<typeof X>`).
 */

export const RESULT_FILES = {
  summary: 'summary.csv',
  waitingList: 'waiting_list.csv',
  staffTime: 'staff_time.csv',
  staffingNeed: 'staffing_need.csv',
  waitDistribution: 'wait_distribution.csv',
  assumptions: 'assumptions.csv',
  comparison: 'comparison.csv',
  staffingPlan: 'staffing_plan.csv',
  sweep: 'sweep.csv',
  uncertaintyDrivers: 'uncertainty_drivers.csv',
  pipeline: 'pipeline.csv',
  supplyFlows: 'supply_flows.csv',
  supplySupervision: 'supply_supervision.csv',
  supplyAnchors: 'supply_anchors.csv',
  trainingPlaces: 'training_places.csv',
  trainingAllocation: 'training_allocation.csv',
  trainingAllocationSummary: 'training_allocation_summary.csv',
  trainingAllocationWaits: 'training_allocation_waits.csv',
} as const;

/**
 * summary.csv. ci_low/ci_high: 95% interval of the mean (how precisely the replications pin it down);
 * ui_low/ui_high: 5th and 95th percentiles across replications (where one year's value may fall,
 * including input uncertainty when run.uncertainty is parameters).
 */
export const SUMMARY_COLUMNS = ['scope', 'scope_id', 'year', 'metric', 'mean', 'ci_low', 'ci_high', 'n', 'ui_low', 'ui_high'] as const;
/** uncertainty_drivers.csv (with run.uncertainty parameters): inputs ranked by their rank correlation with each headline. */
export const UNCERTAINTY_DRIVERS_COLUMNS = ['scope', 'scope_id', 'year', 'metric', 'input', 'rank_correlation', 'rank', 'n', 'beyond_noise'] as const;
export const WAITING_LIST_COLUMNS = ['week', 'year', 'scope', 'scope_id', 'priority', 'mean', 'median', 'p05', 'p95'] as const;
export const STAFF_TIME_COLUMNS = ['year', 'scope', 'scope_id', 'role', 'activity', 'hours_mean', 'hours_ci_low', 'hours_ci_high', 'reserved_hours_mean'] as const;
export const STAFFING_NEED_COLUMNS = [
  'year', 'scope', 'scope_id', 'role', 'fte_available', 'fte_needed', 'fte_needed_ci_low', 'fte_needed_ci_high', 'annual_cost_of_gap_gbp',
  'fte_backlog_clearance', 'fte_backlog_clearance_ci_low', 'fte_backlog_clearance_ci_high', 'backlog_clearance_cost_gbp',
] as const;
export const WAIT_DISTRIBUTION_COLUMNS = ['year', 'scope', 'scope_id', 'wait_weeks_from', 'wait_weeks_to', 'share'] as const;
export const ASSUMPTIONS_COLUMNS = ['path', 'value', 'unit', 'source'] as const;

/** comparison.csv (written by `compare`): each scenario's metric with the paired difference from the first. */
export const COMPARISON_COLUMNS = [
  'scenario', 'scope', 'scope_id', 'year', 'metric', 'mean', 'ci_low', 'ci_high', 'diff_from_first', 'diff_ci_low', 'diff_ci_high', 'distinguishable',
] as const;
/** staffing_plan.csv (written by `solve`): the columns the report reads; the file has more (targets, additional FTE). */
export const STAFFING_PLAN_COLUMNS = [
  'year', 'scope', 'scope_id', 'role', 'fte_available', 'fte_needed_workload', 'fte_needed_analytic', 'fte_needed_simulated', 'annual_cost',
] as const;
/** sweep.csv (written by `sweep`). */
export const SWEEP_COLUMNS = ['parameter', 'value', 'low_or_high', 'metric', 'year', 'mean', 'ci_low', 'ci_high'] as const;
/** pipeline.csv (written by `pipeline`); the two band columns are present only with supply uncertainty. */
export const PIPELINE_COLUMNS = ['year', 'network', 'role', 'trainees', 'qualified_headcount', 'fte_supply', 'fte_needed', 'gap'] as const;
export const PIPELINE_BAND_COLUMNS = ['fte_supply_p05', 'fte_supply_p95'] as const;

/** A row of a result file with exactly the given columns, every cell as written. */
export type ResultRow<Columns extends readonly string[]> = Record<Columns[number], string>;
