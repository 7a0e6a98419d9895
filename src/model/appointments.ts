import { N_TIME_USES, TU } from './metrics.js';
import type { ServiceState } from './service-state.js';
import { drawCategory, kindCell } from './vocabulary.js';

/** Result of the last successful `bookSlot`: who saw the patient and for how long. */
export const booked = { role: -1, minutes: 0 };

/** Draws an appointment mode (an index of MODE) from the scenario's mode shares. */
export function drawMode(state: ServiceState, u: number): number {
  return drawCategory(state.config.modeCumulative, u);
}

/**
 * Books one appointment of `kind` into clinic time at CGS `c`, trying the roles allowed for
 * `activity` in order of preference. Returns false when none has the time left this week.
 * `travelMinutes` is staff travel to a satellite clinic, taken from the same clinic time.
 */
export function bookSlot(state: ServiceState, c: number, activity: number, kind: number, complex: number, mode: number, travelMinutes = 0): boolean {
  const { config, metrics: m } = state;
  const roles = config.skillMix[activity]!;
  const cell = kindCell(kind, complex);
  const duration = config.durationMinutes[cell]! * config.modeDurationFactor[mode]!;
  const admin = config.adminMinutes[cell]! * config.modeAdminFactor[mode]!;
  const minutes = duration + admin + travelMinutes;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    const at = c * state.nRoles + r;
    if (state.clinicMinutesLeft[at]! < minutes) continue;
    state.clinicMinutesLeft[at]! -= minutes;
    const cr = m.yearCgsRole(state.yearAt(state.sim.now), c, r);
    m.staffHours[cr * N_TIME_USES + TU.clinic]! += duration / 60;
    m.staffHours[cr * N_TIME_USES + TU.admin]! += admin / 60;
    if (travelMinutes > 0) m.staffHours[cr * N_TIME_USES + TU.travel]! += travelMinutes / 60;
    m.workHours[cr]! += minutes / 60;
    booked.role = r;
    booked.minutes = minutes;
    return true;
  }
  return false;
}
