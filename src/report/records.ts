import { num, str, type CsvRow } from './read-csv.js';

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
}

export interface AssumptionRow {
  readonly path: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
}

export const toSummary = (r: CsvRow): SummaryRow => ({
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  year: num(r, 'year'),
  metric: str(r, 'metric'),
  mean: num(r, 'mean'),
  ciLow: num(r, 'ci_low'),
  ciHigh: num(r, 'ci_high'),
  n: num(r, 'n'),
});

export const toWaitingList = (r: CsvRow): WaitingListRow => ({
  week: num(r, 'week'),
  year: num(r, 'year'),
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  priority: str(r, 'priority'),
  mean: num(r, 'mean'),
  median: num(r, 'median'),
  p05: num(r, 'p05'),
  p95: num(r, 'p95'),
});

export const toWaitDistribution = (r: CsvRow): WaitDistributionRow => ({
  year: num(r, 'year'),
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  waitWeeksFrom: num(r, 'wait_weeks_from'),
  waitWeeksTo: num(r, 'wait_weeks_to'),
  share: num(r, 'share'),
});

export const toStaffTime = (r: CsvRow): StaffTimeRow => ({
  year: num(r, 'year'),
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  role: str(r, 'role'),
  activity: str(r, 'activity'),
  hoursMean: num(r, 'hours_mean'),
  hoursCiLow: num(r, 'hours_ci_low'),
  hoursCiHigh: num(r, 'hours_ci_high'),
});

export const toStaffingNeed = (r: CsvRow): StaffingNeedRow => ({
  year: num(r, 'year'),
  scope: str(r, 'scope'),
  scopeId: str(r, 'scope_id'),
  role: str(r, 'role'),
  fteAvailable: num(r, 'fte_available'),
  fteNeeded: num(r, 'fte_needed'),
});

export const toAssumption = (r: CsvRow): AssumptionRow => ({
  path: str(r, 'path'),
  value: str(r, 'value'),
  unit: str(r, 'unit'),
  source: str(r, 'source'),
});
