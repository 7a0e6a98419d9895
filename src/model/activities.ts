import {
  DEMAND_DRIVEN_ACTIVITIES, RESERVED_ACTIVITIES, TIME_USES, type ReservedActivity, type TimeUse,
} from '../scenario/schema/primitives.js';

/**
 * The model's one index of each activity list in `primitives.ts`: where staff time goes
 * (time uses, the columns of staff_time.csv), what job plans reserve time for, what the
 * skill-mix table assigns, and the appointment kinds with a duration. Code indexes arrays
 * through these maps, never through literal orders, so adding an activity is one edit.
 */
const indexOf = <K extends string>(list: readonly K[]): Readonly<Record<K, number>> =>
  Object.freeze(Object.fromEntries(list.map((k, i) => [k, i])) as Record<K, number>);

/** Index of each time use in staff-hour arrays (staff_time.csv activities). */
export const TU: Readonly<Record<TimeUse, number>> = indexOf(TIME_USES);
export const N_TIME_USES = TIME_USES.length;

/** Index of each reserved job-plan activity in `roleReserved` and `reservedMinutesLeft`. */
export const RESERVED: Readonly<Record<ReservedActivity, number>> = indexOf(RESERVED_ACTIVITIES);
export const N_RESERVED = RESERVED_ACTIVITIES.length;

/** Time use that each reserved activity's hours are reported under, by reserved index. */
export const RESERVED_TIME_USE = Int32Array.from(RESERVED_ACTIVITIES, (a) => TU[a]);

/** Demand-driven reserved activities (see primitives.ts): used by the work that arrives. */
export const DEMAND_DRIVEN_RESERVED = DEMAND_DRIVEN_ACTIVITIES;
/** 1 where the reserved activity (by reserved index) is demand-driven. */
export const IS_DEMAND_DRIVEN = Uint8Array.from(RESERVED_ACTIVITIES, (a) => ((DEMAND_DRIVEN_ACTIVITIES as readonly string[]).includes(a) ? 1 : 0));

// The skill-mix and appointment-kind indices live in the one vocabulary with the other enumerations.
export { ACTIVITY, KIND } from './vocabulary.js';
