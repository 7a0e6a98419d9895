import { equitySmallMultiples } from '../charts/equity-small-multiples.js';
import type { ChartDef } from '../charts/chart.js';
import { cgsEquity, equityYear } from '../equity-records.js';
import type { ResultFolder } from '../read-results.js';
import { defined } from './content.js';

/** The equity section's charts: each CGS's waits and access in the last year, grouped by network. */
export function equityCharts(folder: ResultFolder): ChartDef[] {
  const summary = folder.summary ?? [];
  const year = equityYear(summary);
  if (year === undefined) return [];
  return [equitySmallMultiples(cgsEquity(summary, folder.scenarioYaml, year), year)].filter(defined);
}
