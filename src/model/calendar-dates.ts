import { DAYS_PER_YEAR, yearsToDays } from '../engine/time.js';

/**
 * Simulation day 0 is 1 April of the scenario's start year: NHS planning runs by financial
 * year, so "year 2026" in every output means the financial year 2026/27.
 */
export function dateToDay(isoDate: string, startYear: number): number {
  const start = Date.UTC(startYear, 3, 1);
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  return (at - start) / 86_400_000;
}

/** Calendar month 0–11 (January = 0) at a simulation day, for seasonality. */
export function calendarMonthAt(day: number): number {
  const monthsSinceApril = Math.floor(((day % DAYS_PER_YEAR) + DAYS_PER_YEAR) % DAYS_PER_YEAR / (DAYS_PER_YEAR / 12));
  return (3 + monthsSinceApril) % 12;
}

/**
 * Days from 1 April of `referenceYear` to 1 April of `startYear` (the run's day 0), in mean
 * years: a rate given for a reference year grows and drifts by calendar time, whatever year
 * a run starts in.
 */
export function daysFromReferenceYear(startYear: number, referenceYear: number): number {
  return yearsToDays(startYear - referenceYear);
}
