import type { PlacesSchedule } from './types.js';

/**
 * Training places starting in `year`. A schedule is a step function: each entry holds until
 * the next one, and the first entry also covers earlier years, so a schedule never silently
 * drops to zero places.
 */
export function placesInYear(schedule: PlacesSchedule, year: number): number {
  if (typeof schedule === 'number') return schedule;
  let chosenYear = -Infinity;
  let firstYear = Infinity;
  let chosen = 0;
  let first = 0;
  for (const [key, places] of Object.entries(schedule)) {
    const entryYear = Number(key);
    if (entryYear <= year && entryYear > chosenYear) {
      chosenYear = entryYear;
      chosen = places;
    }
    if (entryYear < firstYear) {
      firstYear = entryYear;
      first = places;
    }
  }
  return chosenYear === -Infinity ? first : chosen;
}

/** The schedule with `places` a year from `fromYear` on, the original before it. */
export function withPlacesFrom(schedule: PlacesSchedule, fromYear: number, places: number): PlacesSchedule {
  const result: Record<string, number> = {};
  if (typeof schedule === 'number') {
    result[String(fromYear - 1)] = schedule;
  } else {
    for (const [key, value] of Object.entries(schedule)) {
      if (Number(key) < fromYear) result[key] = value;
    }
    // Pin the year before so the first-entry rule cannot carry `places` backwards.
    result[String(fromYear - 1)] = placesInYear(schedule, fromYear - 1);
  }
  result[String(fromYear)] = places;
  return result;
}
