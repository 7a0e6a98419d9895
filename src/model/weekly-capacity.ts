import { N_TIME_USES, TU } from './metrics.js';
import { ACTIVITY } from './model-config.js';
import { N_RESERVED, type ServiceState } from './service-state.js';

/** Index of each reserved job-plan activity (order of RESERVED_ACTIVITIES). */
const R_MDT = 0, R_TRAINING = 1, R_ADVICE = 2, R_SUPERVISION = 3;
const RESERVED_TIME_USE = [TU.mdt, TU.training_mainstream, TU.advice_guidance, TU.supervision, TU.research, TU.admin];

/** Books what is left of last week's clinic time as unused ("other"), before a new week starts. */
export function closeWeek(state: ServiceState, weekStartDay: number): void {
  const m = state.metrics;
  const y = state.yearAt(weekStartDay);
  for (let c = 0; c < state.nCgs; c++) {
    for (let r = 0; r < state.nRoles; r++) {
      const left = state.clinicMinutesLeft[c * state.nRoles + r]!;
      if (left > 0) m.staffHours[m.yearCgsRole(y, c, r) * N_TIME_USES + TU.other]! += left / 60;
      state.clinicMinutesLeft[c * state.nRoles + r] = 0;
    }
  }
}

/**
 * Opens a week: applies staffing changes, splits each role's hours by its job plan, and makes
 * the rest clinic capacity. Reserved time is booked to its activity as planned; demand-driven
 * work (advice and guidance, MDT, training mainstream colleagues, supervision) uses it first
 * and then displaces clinics, which is how mainstreaming and trainees cost clinic capacity.
 */
export function openWeek(state: ServiceState): void {
  const { config, metrics: m } = state;
  const now = state.sim.now;
  const y = state.yearAt(now);
  for (let c = 0; c < state.nCgs; c++) {
    for (let r = 0; r < state.nRoles; r++) {
      const cell = c * state.nRoles + r;
      applyStaffChanges(state, cell, now, y);
      const fte = state.fte[cell]!;
      const cr = m.yearCgsRole(y, c, r);
      m.fteWeeks[cr]! += fte;
      const available = fte * config.roleHoursPerWeek[r]! * 60 * (1 - config.roleLeaveShare[r]!);
      let reservedTotal = 0;
      for (let k = 0; k < N_RESERVED; k++) {
        const reserved = available * config.roleReserved[r * N_RESERVED + k]!;
        reservedTotal += reserved;
        state.reservedMinutesLeft[cell * N_RESERVED + k] = reserved;
        m.staffHours[cr * N_TIME_USES + RESERVED_TIME_USE[k]!]! += reserved / 60;
      }
      const free = available - reservedTotal;
      const factor = config.roleCapacityFactor[r]!;
      state.clinicMinutesLeft[cell] = free * factor;
      m.clinicHoursAvailable[cr]! += (free * factor) / 60;
      m.staffHours[cr * N_TIME_USES + TU.other]! += (free * (1 - factor)) / 60;
    }
  }
  for (let c = 0; c < state.nCgs; c++) chargeDemandWork(state, c);
}

function applyStaffChanges(state: ServiceState, cell: number, now: number, year: number): void {
  const changes = state.config.staffChanges[cell]!;
  let next = state.nextChange[cell]!;
  while (next < changes.length && changes[next]!.day <= now) state.appliedChange[cell]! += changes[next++]!.fteChange;
  state.nextChange[cell] = next;
  const supplied = state.fteFromSupply === null ? NaN : state.fteFromSupply[year * state.nCgs * state.nRoles + cell]!;
  const base = Number.isNaN(supplied) ? state.config.baselineFte[cell]! : supplied;
  state.fte[cell] = Math.max(0, base + state.appliedChange[cell]!);
}

function chargeDemandWork(state: ServiceState, c: number): void {
  const { config } = state;
  const mix = config.skillMix;
  state.pendingAdviceGuidance[c] = chargeShared(state, c, mix[ACTIVITY.advice_guidance]!, state.pendingAdviceGuidance[c]!, R_ADVICE, TU.advice_guidance);
  state.pendingMdt[c] = chargeShared(state, c, mix[ACTIVITY.mdt]!, state.pendingMdt[c]!, R_MDT, TU.mdt);
  state.pendingTraining[c] = chargeShared(state, c, mix[ACTIVITY.training_mainstream]!, state.pendingTraining[c]!, R_TRAINING, TU.training_mainstream);
  chargeSupervision(state, c);
  state.pendingTriage[c] = chargeByPreference(state, c, mix[ACTIVITY.triage]!, state.pendingTriage[c]!, TU.triage);
  state.pendingFamilyHistory[c] = chargeByPreference(state, c, mix[ACTIVITY.family_history]!, state.pendingFamilyHistory[c]!, TU.clinic);
  state.pendingJointClinic[c] = chargeByPreference(state, c, mix[ACTIVITY.joint_clinic]!, state.pendingJointClinic[c]!, TU.clinic);
}

/** Trainees need supervision from qualified staff whose job plans reserve time for it. */
function chargeSupervision(state: ServiceState, c: number): void {
  const { config } = state;
  let traineeFte = 0;
  for (let r = 0; r < state.nRoles; r++) if (config.roleIsTrainee[r]) traineeFte += state.fte[c * state.nRoles + r]!;
  if (traineeFte === 0) return;
  const minutes = traineeFte * config.scenario.pathway.supervisionHoursPerTraineeFtePerWeek * 60;
  const supervisors: number[] = [];
  for (let r = 0; r < state.nRoles; r++) if (!config.roleIsTrainee[r] && config.roleReserved[r * N_RESERVED + R_SUPERVISION]! > 0) supervisors.push(r);
  // Supervision that cannot be given this week is not carried over: a trainee's week passes.
  chargeShared(state, c, supervisors, minutes, R_SUPERVISION, TU.supervision);
}

/**
 * Shares work among the roles allowed to do it in proportion to their FTE (MDTs and advice
 * are team work): reserved time first, then clinic time. Returns minutes not covered.
 */
function chargeShared(state: ServiceState, c: number, roles: ArrayLike<number>, minutes: number, reservedIndex: number, timeUse: number): number {
  if (minutes <= 0) return 0;
  let totalFte = 0;
  for (let i = 0; i < roles.length; i++) totalFte += state.fte[c * state.nRoles + roles[i]!]!;
  if (totalFte === 0) return minutes;
  const m = state.metrics;
  const y = state.yearAt(state.sim.now);
  let uncovered = 0;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    const cell = c * state.nRoles + r;
    let part = (minutes * state.fte[cell]!) / totalFte;
    const reservedSlot = cell * N_RESERVED + reservedIndex;
    const fromReserved = Math.min(part, state.reservedMinutesLeft[reservedSlot]!);
    state.reservedMinutesLeft[reservedSlot]! -= fromReserved;
    part -= fromReserved;
    const fromClinic = Math.min(part, state.clinicMinutesLeft[cell]!);
    state.clinicMinutesLeft[cell]! -= fromClinic;
    const cr = m.yearCgsRole(y, c, r);
    m.staffHours[cr * N_TIME_USES + timeUse]! += fromClinic / 60;
    m.workHours[cr]! += fromClinic / 60;
    uncovered += part - fromClinic;
  }
  return uncovered;
}

/** Gives work to the first role in preference order with clinic time left. Returns minutes not covered. */
export function chargeByPreference(state: ServiceState, c: number, roles: ArrayLike<number>, minutes: number, timeUse: number): number {
  const m = state.metrics;
  const y = state.yearAt(state.sim.now);
  for (let i = 0; i < roles.length && minutes > 0; i++) {
    const r = roles[i]!;
    const cell = c * state.nRoles + r;
    const take = Math.min(minutes, state.clinicMinutesLeft[cell]!);
    if (take <= 0) continue;
    state.clinicMinutesLeft[cell]! -= take;
    minutes -= take;
    const cr = m.yearCgsRole(y, c, r);
    m.staffHours[cr * N_TIME_USES + timeUse]! += take / 60;
    m.workHours[cr]! += take / 60;
  }
  return minutes;
}
