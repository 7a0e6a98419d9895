import type { SummaryRow } from '../records.js';
import { headlineScope, inScope } from '../charts/scopes.js';

/** Metric in summary.csv giving the booking weeks simulated in each year. */
export const WEEKS_IN_YEAR_METRIC = 'weeks_in_year';

/**
 * Financial years simulated with 53 booking weeks: the model books clinics in whole weeks, so
 * about one year in six has 53. Their annual counts cover 53 weeks and are not rescaled (flows
 * then still balance), which the report says next to the figures.
 */
export function longYears(summary: readonly SummaryRow[]): number[] {
  const target = headlineScope(summary);
  if (target === undefined) return [];
  return summary.filter(inScope(target)).filter((r) => r.metric === WEEKS_IN_YEAR_METRIC && r.mean > 52.5).map((r) => r.year).sort((a, b) => a - b);
}

/** The report's note on 53-week years, or none when every year has 52 weeks. */
export function longYearNote(summary: readonly SummaryRow[]): string[] {
  const years = longYears(summary);
  if (years.length === 0) return [];
  const names = years.map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`).join(', ');
  return [`53-week years: ${names}. Clinics are booked in whole weeks, so these financial years hold 53 booking weeks; their annual counts (referrals, appointments, staff hours) cover 53 weeks and are shown as simulated, not rescaled to 52.`];
}
