import { DAYS_PER_YEAR, DAYS_PER_WEEK } from '../engine/time.js';

/**
 * The model's calendar: clinics are booked in whole weeks, so each financial year is a whole
 * number of weeks (52 or 53), starting at the week nearest its true start. Year-end
 * observations then fall at the same point of the weekly booking cycle every year, and a
 * year's staff time and appointments belong to the same weeks.
 */
export function yearStartWeek(year: number): number {
  return Math.round((year * DAYS_PER_YEAR) / DAYS_PER_WEEK);
}

/** Simulated days for `years` whole planning years. */
export function horizonDaysFor(years: number): number {
  return yearStartWeek(years) * DAYS_PER_WEEK;
}

/** Year index of each week 0..weeks-1 of a run of `years` years. */
export function yearOfWeekTable(years: number): Int32Array {
  const weeks = yearStartWeek(years);
  const table = new Int32Array(weeks);
  for (let y = 0; y < years; y++) table.fill(y, yearStartWeek(y), yearStartWeek(y + 1));
  return table;
}
