import { PSYCHOLOGY_ACCESS } from '../scenario/schema/geography.js';
import {
  ACTIVITIES, APPOINTMENT_KINDS, APPOINTMENT_MODES, CHANNELS, COMPLEXITIES, PRIORITIES,
  type Activity, type AppointmentKind, type AppointmentMode, type Complexity, type Priority,
} from '../scenario/schema/primitives.js';

/**
 * The model's one vocabulary for each enumeration: the index of every member of a schema list,
 * so model code says `MODE.video` and `CHANNEL.gp` instead of 1 and 0. The lists themselves
 * live in the schema (the single place a member is added); every typed array indexed by one of
 * these follows the list's order.
 */
function indexOf<K extends string>(list: readonly K[]): Readonly<Record<K, number>> {
  return Object.freeze(Object.fromEntries(list.map((k, i) => [k, i])) as Record<K, number>);
}

export type Channel = (typeof CHANNELS)[number];
export type PsychologyAccess = (typeof PSYCHOLOGY_ACCESS)[number];

export const MODE = indexOf<AppointmentMode>(APPOINTMENT_MODES);
export const N_MODES = APPOINTMENT_MODES.length;
export const CHANNEL = indexOf<Channel>(CHANNELS);
export const N_CHANNELS = CHANNELS.length;
export const PSYCHOLOGY = indexOf<PsychologyAccess>(PSYCHOLOGY_ACCESS);
export const PRIORITY = indexOf<Priority>(PRIORITIES);
export const N_PRIORITIES = PRIORITIES.length;
export const COMPLEXITY = indexOf<Complexity>(COMPLEXITIES);
export const N_COMPLEXITIES = COMPLEXITIES.length;
/** New-patient lists per priority and complexity: without (0) and with (1) family-history preparation. */
export const N_PREPARATION_LISTS = 2;
/** Index of each appointment kind in the duration tables. */
export const KIND = indexOf<AppointmentKind>(APPOINTMENT_KINDS);
/** Index of each activity in the skill-mix table. */
export const ACTIVITY = indexOf<Activity>(ACTIVITIES);

/** Cell of an appointment kind and complexity (0 standard, 1 complex) in the duration tables. */
export function kindCell(kind: number, complex: number): number {
  return kind * N_COMPLEXITIES + complex;
}

/**
 * Index of a category drawn from cumulative shares with one uniform: the first whose cumulative
 * share exceeds `u` (the last catches rounding). Used for modes, channels and priorities.
 */
export function drawCategory(cumulative: Float64Array, u: number): number {
  let i = 0;
  while (i < cumulative.length - 1 && u >= cumulative[i]!) i++;
  return i;
}
