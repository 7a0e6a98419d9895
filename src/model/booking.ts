import type { OrderedQueue } from '../engine/queue/ordered-queue.js';
import { bookSlot, booked, drawMode } from './appointments.js';
import { C, WAIT_BINS } from './metrics.js';
import { ACTIVITY, KIND, N_PRIORITIES } from './model-config.js';
import { Stage } from './patients.js';
import { afterFirstAppointment, afterFollowUp, afterResults, afterReview, discharge } from './pathway.js';
import type { ServiceState } from './service-state.js';

const VIDEO = 1;

/**
 * The weekly booking round at every CGS: appointments already due (results, follow-ups,
 * reviews) first, then psychology, then new patients by priority and, within a priority,
 * longest wait first. With a pooled network list, CGSs with time left then see the
 * network's longest waiters by video (virtual clinics).
 */
export function bookWeek(state: ServiceState): void {
  for (let c = 0; c < state.nCgs; c++) {
    bookDue(state, c);
    bookPsychology(state, c);
    for (let p = 0; p < N_PRIORITIES; p++) bookFirst(state, c, p, -1);
  }
  const { config } = state;
  for (let c = 0; c < state.nCgs; c++) {
    if (!config.networkPooled[config.cgsNetwork[c]!]) continue;
    for (let p = 0; p < N_PRIORITIES; p++) bookFirst(state, c, p, config.cgsNetwork[c]!);
  }
  for (const p of state.rebook) state.firstList(state.patients.cgs[p]!, state.patients.priority[p]!, state.patients.complex[p]!).insert(p, state.patients.referralDay[p]!);
  state.rebook.length = 0;
}

function bookDue(state: ServiceState, c: number): void {
  const list = state.dueLists[c]!;
  const weekEnd = state.sim.now + 7;
  const { patients } = state;
  const rng = state.streams[c]!.appointment;
  const deferred: number[] = [];
  while (list.size > 0 && list.peekKey() < weekEnd) {
    const p = list.peekId();
    const stage = patients.stage[p]!;
    const kind = stage === Stage.ResultsDue ? KIND.results : stage === Stage.FollowUpDue ? KIND.follow_up : KIND.review;
    const activity = stage === Stage.ResultsDue ? ACTIVITY.results : stage === Stage.FollowUpDue ? ACTIVITY.follow_up : ACTIVITY.review;
    const uMode = rng.next(), uDay = rng.next(), uDna = rng.next(), uRebook = rng.next();
    if (!bookSlot(state, c, activity, kind, patients.complex[p]!, drawMode(state, uMode))) break;
    list.popFront();
    const day = state.sim.now + uDay * 7;
    if (uDna < state.config.scenario.pathway.dnaShare) {
      state.count(day, c, C.dna);
      if (uRebook < state.config.scenario.pathway.dnaRebookShare) deferred.push(p);
      else discharge(state, p, day);
      continue;
    }
    patients.stage[p] = Stage.Scheduled;
    if (kind === KIND.results) afterResults(state, p, day);
    else if (kind === KIND.follow_up) afterFollowUp(state, p, day);
    else afterReview(state, p, day);
    // The stage is set again by the step above unless the patient left.
  }
  for (const p of deferred) list.insert(p, state.sim.now + 7);
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
    for (let s = 0; s < sessions && ok; s++) ok = bookSlot(state, c, ACTIVITY.psychology_session, KIND.psychology_session, 0, mode);
    if (!ok) break;
    const requested = list.peekKey();
    list.popFront();
    state.count(state.sim.now, c, C.psychology_in_service_seen);
    state.count(state.sim.now, c, C.psychology_started);
    state.count(state.sim.now, c, C.psychology_wait_weeks_sum, (state.sim.now - requested) / 7);
  }
}

/**
 * Books new patients of one priority at CGS `c`. With `network` >= 0 it books the other CGSs'
 * patients in that network (pooled list) instead of its own.
 */
function bookFirst(state: ServiceState, c: number, priority: number, network: number): void {
  const triagedBefore = state.sim.now - state.config.scenario.pathway.triageDays;
  const rng = state.streams[c]!.appointment;
  let blockedStandard = false;
  let blockedComplex = false;
  for (;;) {
    let best: OrderedQueue | null = null;
    let bestKey = Infinity;
    let bestComplex = 0;
    for (let cx = 0; cx < 2; cx++) {
      if (cx === 0 ? blockedStandard : blockedComplex) continue;
      const q = network < 0 ? state.firstList(c, priority, cx) : oldestInNetwork(state, c, priority, cx, network);
      if (q === null || q.size === 0) continue;
      const key = q.peekKey();
      if (key > triagedBefore || key >= bestKey) continue;
      best = q;
      bestKey = key;
      bestComplex = cx;
    }
    if (best === null) return;
    const mode = network < 0 ? drawMode(state, rng.next()) : VIDEO;
    const activity = bestComplex ? ACTIVITY.first_complex : ACTIVITY.first_standard;
    if (!bookSlot(state, c, activity, KIND.first, bestComplex, mode)) {
      if (bestComplex) blockedComplex = true;
      else blockedStandard = true;
      continue;
    }
    attendFirst(state, best.popFront(), c);
  }
}

function oldestInNetwork(state: ServiceState, self: number, priority: number, cx: number, network: number): OrderedQueue | null {
  let best: OrderedQueue | null = null;
  let bestKey = Infinity;
  for (let o = 0; o < state.nCgs; o++) {
    if (o === self || state.config.cgsNetwork[o] !== network) continue;
    const q = state.firstList(o, priority, cx);
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
  const day = state.sim.now + rng.next() * 7;
  const uDna = rng.next();
  const uRebook = rng.next();
  const home = patients.cgs[p]!;
  patients.stage[p] = Stage.Scheduled;
  if (uDna < config.scenario.pathway.dnaShare) {
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
  const waitWeeks = (day - patients.referralDay[p]!) / 7;
  state.count(day, home, C.first_appointments);
  state.count(day, home, C.first_wait_weeks_sum, waitWeeks);
  m.seenWaitHistogram[(y * state.nCgs + home) * WAIT_BINS + Math.min(Math.floor(waitWeeks), WAIT_BINS - 1)]! += 1;
  m.firstMinutes[m.yearCgsRole(y, seenAt, booked.role)]! += booked.minutes;
  afterFirstAppointment(state, p, day);
}
