import type { ChartDef } from '../charts/chart.js';
import type { Headline } from '../html/headline.js';

/** What a report kind contributes to the page; the page shell and methods are shared. */
export interface ReportContent {
  readonly title: string;
  readonly charts: readonly ChartDef[];
  readonly headlines: readonly Headline[];
  /** Plain-text notes, e.g. which optional file was missing and which chart was left out. */
  readonly notes: readonly string[];
  /** Charts of the equity section; absent for kinds without one (the section is left out). */
  readonly equityCharts?: readonly ChartDef[];
}

export const defined = <T>(value: T | undefined): value is T => value !== undefined;

export function missingNote(file: string, what: string): string {
  return `${file} was not found, so the ${what} is left out.`;
}
