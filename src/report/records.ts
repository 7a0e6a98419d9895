import { ASSUMPTIONS_COLUMNS, STAFFING_NEED_COLUMNS, STAFF_TIME_COLUMNS, SUMMARY_COLUMNS, WAITING_LIST_COLUMNS, WAIT_DISTRIBUTION_COLUMNS } from '../results/columns.js';
import { cells, type CsvRow } from './read-csv.js';

/** Where a figure applies: the whole country, one network, or one Clinical Genomic Service. */
export type Scope = 'national' | 'network' | 'cgs';

export interface SummaryRow {
  readonly scope: string;
  readonly scopeId: string;
  readonly year: number;
  readonly metric: string;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly n: number;
  /** 5th and 95th percentiles across replications; NaN in results written before they existed. */
  readonly uiLow: number;
  readonly uiHigh: number;
}

export interface WaitingListRow {
  readonly week: number;
  readonly year: number;
  readonly scope: string;
  readonly scopeId: string;
  readonly priority: string;
  readonly mean: number;
  readonly median: number;
  readonly p05: number;
  readonly p95: number;
}

export interface WaitDistributionRow {
  readonly year: number;
  readonly scope: string;
  readonly scopeId: string;
  readonly waitWeeksFrom: number;
  readonly waitWeeksTo: number;
  readonly share: number;
}

export interface StaffTimeRow {
  readonly year: number;
  readonly scope: string;
  readonly scopeId: string;
  readonly role: string;
  readonly activity: string;
  readonly hoursMean: number;
  readonly hoursCiLow: number;
  readonly hoursCiHigh: number;
}

export interface StaffingNeedRow {
  readonly year: number;
  readonly scope: string;
  readonly scopeId: string;
  readonly role: string;
  readonly fteAvailable: number;
  readonly fteNeeded: number;
  /** Backlog clearance FTE, apart from the recurring need (NaN in results written before it existed). */
  readonly fteBacklogClearance: number;
}

export interface AssumptionRow {
  readonly path: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
}

export const toSummary = (r: CsvRow): SummaryRow => {
  const c = cells(r, SUMMARY_COLUMNS);
  return {
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    year: c.num('year'),
    metric: c.str('metric'),
    mean: c.num('mean'),
    ciLow: c.num('ci_low'),
    ciHigh: c.num('ci_high'),
    n: c.num('n'),
    uiLow: c.num('ui_low'),
    uiHigh: c.num('ui_high'),
  };
};

export const toWaitingList = (r: CsvRow): WaitingListRow => {
  const c = cells(r, WAITING_LIST_COLUMNS);
  return {
    week: c.num('week'),
    year: c.num('year'),
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    priority: c.str('priority'),
    mean: c.num('mean'),
    median: c.num('median'),
    p05: c.num('p05'),
    p95: c.num('p95'),
  };
};

export const toWaitDistribution = (r: CsvRow): WaitDistributionRow => {
  const c = cells(r, WAIT_DISTRIBUTION_COLUMNS);
  return {
    year: c.num('year'),
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    waitWeeksFrom: c.num('wait_weeks_from'),
    waitWeeksTo: c.num('wait_weeks_to'),
    share: c.num('share'),
  };
};

export const toStaffTime = (r: CsvRow): StaffTimeRow => {
  const c = cells(r, STAFF_TIME_COLUMNS);
  return {
    year: c.num('year'),
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    role: c.str('role'),
    activity: c.str('activity'),
    hoursMean: c.num('hours_mean'),
    hoursCiLow: c.num('hours_ci_low'),
    hoursCiHigh: c.num('hours_ci_high'),
  };
};

export const toStaffingNeed = (r: CsvRow): StaffingNeedRow => {
  const c = cells(r, STAFFING_NEED_COLUMNS);
  return {
    year: c.num('year'),
    scope: c.str('scope'),
    scopeId: c.str('scope_id'),
    role: c.str('role'),
    fteAvailable: c.num('fte_available'),
    fteNeeded: c.num('fte_needed'),
    fteBacklogClearance: c.num('fte_backlog_clearance'),
  };
};

export const toAssumption = (r: CsvRow): AssumptionRow => {
  const c = cells(r, ASSUMPTIONS_COLUMNS);
  return {
    path: c.str('path'),
    value: c.str('value'),
    unit: c.str('unit'),
    source: c.str('source'),
  };
};
