import { N_TIME_USES, TU } from './metrics.js';
import type { ServiceState } from './service-state.js';

/** Result of the last successful `bookSlot`: who saw the patient and for how long. */
export const booked = { role: -1, minutes: 0 };

/** Draws an appointment mode: 0 face to face, 1 video, 2 telephone. */
export function drawMode(state: ServiceState, u: number): number {
  const cum = state.config.modeCumulative;
  return u < cum[0]! ? 0 : u < cum[1]! ? 1 : 2;
}

/**
 * Books one appointment of `kind` into clinic time at CGS `c`, trying the roles allowed for
 * `activity` in order of preference. Returns false when none has the time left this week.
 */
export function bookSlot(state: ServiceState, c: number, activity: number, kind: number, complex: number, mode: number): boolean {
  const { config, metrics: m } = state;
  const roles = config.skillMix[activity]!;
  const duration = config.durationMinutes[kind * 2 + complex]! * config.modeDurationFactor[mode]!;
  const admin = config.adminMinutes[kind * 2 + complex]! * config.modeAdminFactor[mode]!;
  const minutes = duration + admin;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    const cell = c * state.nRoles + r;
    if (state.clinicMinutesLeft[cell]! < minutes) continue;
    state.clinicMinutesLeft[cell]! -= minutes;
    const cr = m.yearCgsRole(state.yearAt(state.sim.now), c, r);
    m.staffHours[cr * N_TIME_USES + TU.clinic]! += duration / 60;
    m.staffHours[cr * N_TIME_USES + TU.admin]! += admin / 60;
    m.workHours[cr]! += minutes / 60;
    booked.role = r;
    booked.minutes = minutes;
    return true;
  }
  return false;
}
