import { ACTIVITY, IS_DEMAND_DRIVEN, N_RESERVED, N_TIME_USES, RESERVED, RESERVED_TIME_USE, TU } from './activities.js';
import type { ServiceState } from './service-state.js';

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
 * the rest clinic capacity. Research and non-appointment admin are used as planned. Demand-
 * driven work (advice and guidance, MDT, training mainstream colleagues, supervision) uses its
 * reserved time first and then displaces clinics, which is how mainstreaming and trainees cost
 * clinic capacity; reserved time that work left unused returns to clinics this week, unless
 * the job plan ring-fences it (then it stays idle, reported as reserved but unused).
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
        const use = cr * N_TIME_USES + RESERVED_TIME_USE[k]!;
        m.reservedHours[use]! += reserved / 60;
        if (IS_DEMAND_DRIVEN[k]) state.reservedMinutesLeft[cell * N_RESERVED + k] = reserved;
        else m.staffHours[use]! += reserved / 60;
      }
      state.clinicMinutesLeft[cell] = 0;
      addClinicTime(state, r, cell, cr, available - reservedTotal);
    }
  }
  for (let c = 0; c < state.nCgs; c++) chargeDemandWork(state, c);
  settleUnusedReserve(state, y);
}

/** Clinic time from `minutes` of a role's hours; trainees' unproductive share is "other". */
function addClinicTime(state: ServiceState, r: number, cell: number, cr: number, minutes: number): void {
  const m = state.metrics;
  const factor = state.config.roleCapacityFactor[r]!;
  state.clinicMinutesLeft[cell]! += minutes * factor;
  m.clinicHoursAvailable[cr]! += (minutes * factor) / 60;
  m.staffHours[cr * N_TIME_USES + TU.other]! += (minutes * (1 - factor)) / 60;
}

/**
 * Demand-driven reserve nobody used this week: back to clinic time (booked this week like any
 * clinic time), or, where ring-fenced, kept idle and counted as "other" so hours still add up.
 */
function settleUnusedReserve(state: ServiceState, y: number): void {
  const { config, metrics: m } = state;
  for (let c = 0; c < state.nCgs; c++) {
    for (let r = 0; r < state.nRoles; r++) {
      const cell = c * state.nRoles + r;
      const cr = m.yearCgsRole(y, c, r);
      for (let k = 0; k < N_RESERVED; k++) {
        if (!IS_DEMAND_DRIVEN[k]) continue;
        const slot = cell * N_RESERVED + k;
        const left = state.reservedMinutesLeft[slot]!;
        state.reservedMinutesLeft[slot] = 0;
        if (left <= 0) continue;
        if (config.roleRingFenced[r * N_RESERVED + k]) m.staffHours[cr * N_TIME_USES + TU.other]! += left / 60;
        else addClinicTime(state, r, cell, cr, left);
      }
    }
  }
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
  const mix = state.config.skillMix;
  state.pendingAdviceGuidance[c] = chargeShared(state, c, mix[ACTIVITY.advice_guidance]!, state.pendingAdviceGuidance[c]!, RESERVED.advice_guidance, TU.advice_guidance);
  chargeMdt(state, c);
  state.pendingTraining[c] = chargeShared(state, c, mix[ACTIVITY.training_mainstream]!, state.pendingTraining[c]!, RESERVED.training_mainstream, TU.training_mainstream);
  chargeSupervision(state, c);
  state.pendingTriage[c] = chargeByPreference(state, c, mix[ACTIVITY.triage]!, state.pendingTriage[c]!, TU.triage);
  state.pendingTriagePreparation[c] = chargeByPreference(state, c, mix[ACTIVITY.triage_preparation]!, state.pendingTriagePreparation[c]!, TU.triage);
  state.pendingFamilyHistory[c] = chargeByPreference(state, c, mix[ACTIVITY.family_history]!, state.pendingFamilyHistory[c]!, TU.clinic);
  state.pendingJointClinic[c] = chargeByPreference(state, c, mix[ACTIVITY.joint_clinic]!, state.pendingJointClinic[c]!, TU.clinic);
}

/**
 * MDT time is charged per attendee: every case discussed costs its minutes to each member of
 * staff present, so each role gives (case minutes × its attendees per case). A role a CGS
 * does not have is not there; time a role could not give is carried to next week.
 */
function chargeMdt(state: ServiceState, c: number): void {
  const caseMinutes = state.pendingMdt[c]!;
  state.pendingMdt[c] = 0;
  for (let r = 0; r < state.nRoles; r++) {
    const cell = c * state.nRoles + r;
    const attendees = state.config.roleMdtAttendees[r]!;
    if (attendees === 0 || state.fte[cell] === 0) {
      state.mdtCarriedOver[cell] = 0;
      continue;
    }
    const due = state.mdtCarriedOver[cell]! + caseMinutes * attendees;
    state.mdtCarriedOver[cell] = due > 0 ? chargeRole(state, c, r, due, RESERVED.mdt, TU.mdt) : 0;
  }
}

/**
 * Trainees need supervision from qualified staff whose job plans reserve time for it. Where
 * the supply model names a trainee role's supervisor (consultants supervise registrars,
 * genetic counsellors supervise trainee counsellors), that role alone gives the trainee's
 * hours; other trainees (or those whose supervisor role this CGS lacks) share the flat
 * `pathway.supervisionHoursPerTraineeFtePerWeek` among every role with reserved supervision
 * time, by FTE. Supervision that cannot be given this week is not carried over: a trainee's
 * week passes.
 */
function chargeSupervision(state: ServiceState, c: number): void {
  const { config, supervision } = state;
  const base = c * state.nRoles;
  let flatTraineeFte = 0;
  for (let r = 0; r < state.nRoles; r++) {
    const fte = state.fte[base + r]!;
    if (!config.roleIsTrainee[r] || fte === 0) continue;
    const supervisor = supervision.supervisorOf[r]!;
    if (supervisor >= 0 && state.fte[base + supervisor]! > 0) {
      chargeRole(state, c, supervisor, fte * supervision.hoursPerTraineeFtePerWeek[r]! * 60, RESERVED.supervision, TU.supervision);
    } else flatTraineeFte += fte;
  }
  if (flatTraineeFte === 0) return;
  let supervisorFte = 0;
  for (let r = 0; r < state.nRoles; r++) if (isSupervisor(state, r)) supervisorFte += state.fte[base + r]!;
  if (supervisorFte === 0) return;
  const minutes = flatTraineeFte * config.scenario.pathway.supervisionHoursPerTraineeFtePerWeek * 60;
  for (let r = 0; r < state.nRoles; r++) {
    if (!isSupervisor(state, r)) continue;
    chargeRole(state, c, r, (minutes * state.fte[base + r]!) / supervisorFte, RESERVED.supervision, TU.supervision);
  }
}

const isSupervisor = (state: ServiceState, r: number): boolean =>
  !state.config.roleIsTrainee[r] && state.config.roleReserved[r * N_RESERVED + RESERVED.supervision]! > 0;

/**
 * Shares work among the roles allowed to do it in proportion to their FTE (advice and
 * training are team work). Returns minutes not covered.
 */
function chargeShared(state: ServiceState, c: number, roles: ArrayLike<number>, minutes: number, reservedIndex: number, timeUse: number): number {
  if (minutes <= 0) return 0;
  let totalFte = 0;
  for (let i = 0; i < roles.length; i++) totalFte += state.fte[c * state.nRoles + roles[i]!]!;
  if (totalFte === 0) return minutes;
  let uncovered = 0;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    uncovered += chargeRole(state, c, r, (minutes * state.fte[c * state.nRoles + r]!) / totalFte, reservedIndex, timeUse);
  }
  return uncovered;
}

/** Charges one role's part: its reserved time first, then its clinic time. Returns minutes not covered. */
function chargeRole(state: ServiceState, c: number, r: number, minutes: number, reservedIndex: number, timeUse: number): number {
  const m = state.metrics;
  const cell = c * state.nRoles + r;
  const slot = cell * N_RESERVED + reservedIndex;
  const fromReserved = Math.min(minutes, state.reservedMinutesLeft[slot]!);
  state.reservedMinutesLeft[slot]! -= fromReserved;
  const fromClinic = Math.min(minutes - fromReserved, state.clinicMinutesLeft[cell]!);
  state.clinicMinutesLeft[cell]! -= fromClinic;
  const cr = m.yearCgsRole(state.yearAt(state.sim.now), c, r);
  m.staffHours[cr * N_TIME_USES + timeUse]! += (fromReserved + fromClinic) / 60;
  m.workHours[cr]! += fromClinic / 60;
  return minutes - fromReserved - fromClinic;
}

/** Gives work to the first role in preference order with clinic time left. Returns minutes not covered. */
function chargeByPreference(state: ServiceState, c: number, roles: ArrayLike<number>, minutes: number, timeUse: number): number {
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
