/**
 * Simulation time is measured in days everywhere in cgs-sim (`SimTimeDays`).
 * The converters below are the only place the other units are defined.
 */
export type SimTimeDays = number;

export const DAYS_PER_WEEK = 7;
/** Mean Gregorian year, so a 10-year horizon stays aligned with calendar years. */
export const DAYS_PER_YEAR = 365.25;
export const WEEKS_PER_YEAR = DAYS_PER_YEAR / DAYS_PER_WEEK;
export const MINUTES_PER_DAY = 24 * 60;

export const weeksToDays = (weeks: number): SimTimeDays => weeks * DAYS_PER_WEEK;
export const daysToWeeks = (days: SimTimeDays): number => days / DAYS_PER_WEEK;
export const yearsToDays = (years: number): SimTimeDays => years * DAYS_PER_YEAR;
export const daysToYears = (days: SimTimeDays): number => days / DAYS_PER_YEAR;
export const monthsToDays = (months: number): SimTimeDays => (months * DAYS_PER_YEAR) / 12;
