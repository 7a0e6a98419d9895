import { DAYS_PER_YEAR, DAYS_PER_WEEK } from '../engine/time.js';

/**
 * The week calendar is laid from 1 April of this financial year onwards, so which years have 53
 * booking weeks depends on calendar dates, not on the year a run starts in.
 */
const CALENDAR_EPOCH_YEAR = 2000;

/** Booking week (counted from the epoch) nearest 1 April of a financial year. */
function calendarWeekOf(financialYear: number): number {
  return Math.round(((financialYear - CALENDAR_EPOCH_YEAR) * DAYS_PER_YEAR) / DAYS_PER_WEEK);
}

/**
 * The model's calendar: clinics are booked in whole weeks, so each financial year is a whole
 * number of weeks (52 or 53), starting at the week nearest its true start. Year-end
 * observations then fall at the same point of the weekly booking cycle every year, and a
 * year's staff time and appointments belong to the same weeks. Returns the first week of year
 * index `year` of a run starting in financial year `startYear` (week 0 is the run's first).
 */
export function yearStartWeek(startYear: number, year: number): number {
  return calendarWeekOf(startYear + year) - calendarWeekOf(startYear);
}

/** Booking weeks in a financial year: 52, or 53 about one year in six. */
export function weeksInFinancialYear(financialYear: number): number {
  return calendarWeekOf(financialYear + 1) - calendarWeekOf(financialYear);
}

/** Simulated days for `years` whole planning years from `startYear`. */
export function horizonDaysFor(startYear: number, years: number): number {
  return yearStartWeek(startYear, years) * DAYS_PER_WEEK;
}

/** Year index of each week 0..weeks-1 of a run of `years` years from `startYear`. */
export function yearOfWeekTable(startYear: number, years: number): Int32Array {
  const weeks = yearStartWeek(startYear, years);
  const table = new Int32Array(weeks);
  for (let y = 0; y < years; y++) table.fill(y, yearStartWeek(startYear, y), yearStartWeek(startYear, y + 1));
  return table;
}
