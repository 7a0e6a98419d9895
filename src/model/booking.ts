import type { OrderedQueue } from '../engine/queue/ordered-queue.js';
import { DAYS_PER_WEEK } from '../engine/time.js';
import { bookSlot, booked, drawMode } from './appointments.js';
import { countAttendance, countFirstSetting, placeAppointment, placed, placeVirtual } from './clinic-placement.js';
import { C, WAIT_BINS } from './metrics.js';
import { N_DUE_STAGES, Stage } from './patients.js';
import { afterFirstAppointment, discharge } from './pathway.js';
import { startLocalMentalHealth } from './psychology.js';
import type { ServiceState } from './service-state.js';
import { DUE_STEPS } from './trajectory.js';
import { ACTIVITY, COMPLEXITY, KIND, MODE, N_COMPLEXITIES, N_PRIORITIES, PRIORITY } from './vocabulary.js';

const N_DUE_CELLS = N_DUE_STAGES * N_COMPLEXITIES;

/**
 * The weekly booking round at every CGS, in order of clinical priority: urgent new patients,
 * then appointments already due (results, follow-ups, reviews), then psychology, then soon and
 * routine new patients, each longest wait first. An appointment that does not fit this week
 * does not hold up those behind it of another kind. With a pooled network list, CGSs with time
 * left then see the network's longest waiters by video (virtual clinics). Clinic time lost to
 * short-notice cancellations and unfilled slots is held out of the round.
 */
export function bookWeek(state: ServiceState): void {
  withholdLostSlots(state);
  for (let c = 0; c < state.nCgs; c++) {
    bookFirst(state, c, PRIORITY.urgent, -1);
    bookDue(state, c);
    bookPsychology(state, c);
    for (let p = PRIORITY.urgent + 1; p < N_PRIORITIES; p++) bookFirst(state, c, p, -1);
  }
  const { config } = state;
  for (let c = 0; c < state.nCgs; c++) {
    if (!config.networkPooled[config.cgsNetwork[c]!]) continue;
    for (let p = 0; p < N_PRIORITIES; p++) bookFirst(state, c, p, config.cgsNetwork[c]!);
  }
  for (const p of state.rebook) state.firstList(state.patients.cgs[p]!, state.patients.priority[p]!, state.patients.complex[p]!).insert(p, state.patients.referralDay[p]!);
  state.rebook.length = 0;
  startLocalMentalHealth(state);
  returnLostSlots(state);
}

/** Holds back the share of clinic time that will not end as an appointment (pathway.slotUtilisationShare). */
function withholdLostSlots(state: ServiceState): void {
  const share = state.config.scenario.pathway.slotUtilisationShare;
  const left = state.clinicMinutesLeft;
  for (let cell = 0; cell < left.length; cell++) {
    const kept = left[cell]! * share;
    state.withheldMinutes[cell] = left[cell]! - kept;
    left[cell] = kept;
  }
}

/** The lost time goes back to the week's clinic time, which closeWeek reports as unused. */
function returnLostSlots(state: ServiceState): void {
  const left = state.clinicMinutesLeft;
  for (let cell = 0; cell < left.length; cell++) left[cell]! += state.withheldMinutes[cell]!;
}

/**
 * Books the results, follow-up and review appointments due at CGS `c`, earliest due first.
 * Each (step, complexity) has its own list, so one that does not fit stops only its own kind.
 */
function bookDue(state: ServiceState, c: number): void {
  const weekEnd = state.sim.now + DAYS_PER_WEEK;
  const { patients } = state;
  const rng = state.streams[c]!.appointment;
  const lists = state.dueLists;
  const first = c * N_DUE_CELLS;
  let blocked = 0;
  for (;;) {
    let best = -1;
    let bestKey = weekEnd;
    for (let cell = 0; cell < N_DUE_CELLS; cell++) {
      if (blocked & (1 << cell)) continue;
      const key = lists[first + cell]!.peekKey();
      if (key < bestKey) { best = cell; bestKey = key; }
    }
    if (best < 0) return;
    const list = lists[first + best]!;
    const step = DUE_STEPS[(best / N_COMPLEXITIES) | 0]!;
    const complex = best % N_COMPLEXITIES;
    const uMode = rng.next(), uDay = rng.next(), uDna = rng.next(), uRebook = rng.next();
    placeAppointment(state, c, uMode);
    if (!bookSlot(state, c, step.activity, step.kind, complex, placed.mode, placed.travelMinutes)) {
      blocked |= 1 << best;
      continue;
    }
    const p = list.popFront();
    const day = state.sim.now + uDay * DAYS_PER_WEEK;
    const dna = uDna < placed.dnaProbability;
    countAttendance(state, day, c, dna);
    if (dna) {
      state.count(day, c, C.dna);
      // Rebooked in next week's round: the key is past this week, so never booked twice.
      if (uRebook < state.config.scenario.pathway.dnaRebookShare) list.insert(p, weekEnd);
      else discharge(state, p, day);
      continue;
    }
    // The step sets the next stage unless the patient leaves.
    patients.stage[p] = Stage.Scheduled;
    step.after(state, p, day);
  }
}

function bookPsychology(state: ServiceState, c: number): void {
  const list = state.psychologyLists[c]!;
  if (list.size === 0) return;
  const sessions = state.config.scenario.pathway.psychologySessionsPerReferral;
  const rng = state.streams[c]!.appointment;
  while (list.size > 0 && list.peekKey() <= state.sim.now) {
    // A course of sessions is booked as one block of psychologist time.
    let ok = true;
    const mode = drawMode(state, rng.next());
    for (let s = 0; s < sessions && ok; s++) ok = bookSlot(state, c, ACTIVITY.psychology_session, KIND.psychology_session, COMPLEXITY.standard, mode);
    if (!ok) break;
    const requested = list.peekKey();
    list.popFront();
    state.count(state.sim.now, c, C.psychology_in_service_seen);
    state.count(state.sim.now, c, C.psychology_started);
    state.count(state.sim.now, c, C.psychology_wait_weeks_sum, (state.sim.now - requested) / DAYS_PER_WEEK);
  }
}

/**
 * Latest referral day from which a patient of this priority can be booked this week, by
 * whether they need family-history preparation (1) or not (0): triage, then the preparation,
 * then the booking horizon. Urgent patients take slots held back for short notice (no horizon).
 */
function readyBefore(state: ServiceState, priority: number, familyHistory: number): number {
  const pathway = state.config.scenario.pathway;
  const lead = priority === PRIORITY.urgent ? 0 : pathway.bookingLeadWeeks * DAYS_PER_WEEK;
  const preparation = familyHistory ? pathway.familyHistoryWeeks * DAYS_PER_WEEK : 0;
  return state.sim.now - pathway.triageDays - preparation - lead;
}

/**
 * Books new patients of one priority at CGS `c`, longest wait first among those ready. With
 * `network` >= 0 it books the other CGSs' patients in that network (pooled list) instead.
 */
function bookFirst(state: ServiceState, c: number, priority: number, network: number): void {
  const ready0 = readyBefore(state, priority, 0);
  const ready1 = readyBefore(state, priority, 1);
  const rng = state.streams[c]!.appointment;
  let blocked = 0;
  for (;;) {
    let best: OrderedQueue | null = null;
    let bestKey = Infinity;
    let bestComplex = 0;
    for (let cx = 0; cx < N_COMPLEXITIES; cx++) {
      if (blocked & (1 << cx)) continue;
      for (let fh = 0; fh < 2; fh++) {
        const q = network < 0 ? state.firstList(c, priority, cx, fh) : oldestInNetwork(state, c, priority, cx, fh, network);
        if (q === null || q.size === 0) continue;
        const key = q.peekKey();
        if (key > (fh ? ready1 : ready0) || key >= bestKey) continue;
        best = q;
        bestKey = key;
        bestComplex = cx;
      }
    }
    if (best === null) return;
    // Pooled network lists are seen by video (virtual clinics); own patients where the week's settings put them.
    if (network < 0) placeAppointment(state, c, rng.next());
    const mode = network < 0 ? placed.mode : MODE.video;
    const activity = bestComplex ? ACTIVITY.first_complex : ACTIVITY.first_standard;
    if (!bookSlot(state, c, activity, KIND.first, bestComplex, mode, network < 0 ? placed.travelMinutes : 0)) {
      blocked |= 1 << bestComplex;
      continue;
    }
    const p = best.popFront();
    if (network >= 0) placeVirtual(state, c, state.patients.cgs[p]!, MODE.video);
    attendFirst(state, p, c);
  }
}

function oldestInNetwork(state: ServiceState, self: number, priority: number, cx: number, fh: number, network: number): OrderedQueue | null {
  let best: OrderedQueue | null = null;
  let bestKey = Infinity;
  for (let o = 0; o < state.nCgs; o++) {
    if (o === self || state.config.cgsNetwork[o] !== network) continue;
    const q = state.firstList(o, priority, cx, fh);
    if (q.size === 0) continue;
    const key = q.peekKey();
    if (key < bestKey) { best = q; bestKey = key; }
  }
  return best;
}

/** A booked first appointment: the day within the week, then attendance and what follows. */
function attendFirst(state: ServiceState, p: number, seenAt: number): void {
  const { patients, metrics: m, config } = state;
  const rng = state.streams[seenAt]!.appointment;
  const day = state.sim.now + rng.next() * DAYS_PER_WEEK;
  const uDna = rng.next();
  const uRebook = rng.next();
  const home = patients.cgs[p]!;
  patients.stage[p] = Stage.Scheduled;
  const dna = uDna < placed.dnaProbability;
  countAttendance(state, day, home, dna);
  if (dna) {
    state.count(day, home, C.dna);
    patients.dnaCount[p]!++;
    if (uRebook < config.scenario.pathway.dnaRebookShare && patients.dnaCount[p]! <= 1) {
      patients.stage[p] = Stage.WaitingFirst;
      state.rebook.push(p);
    }
    else discharge(state, p, day);
    return;
  }
  const y = state.yearAt(day);
  const waitWeeks = (day - patients.referralDay[p]!) / DAYS_PER_WEEK;
  state.count(day, home, C.first_appointments);
  countFirstSetting(state, day, home);
  state.count(day, home, C.first_wait_weeks_sum, waitWeeks);
  m.seenWaitHistogram[(y * state.nCgs + home) * WAIT_BINS + Math.min(Math.floor(waitWeeks), WAIT_BINS - 1)]! += 1;
  m.firstMinutes[m.yearCgsRole(y, seenAt, booked.role)]! += booked.minutes;
  afterFirstAppointment(state, p, day);
}
