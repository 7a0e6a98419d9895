import { DAYS_PER_WEEK } from '../engine/time.js';
import { poissonQuantile } from '../engine/random/distributions/poisson.js';
import { C, DIAGNOSIS_BINS } from './metrics.js';
import { dueStageIndex, Stage } from './patients.js';
import { assessPsychology } from './psychology.js';
import { scheduleCascade } from './referrals.js';
import type { ServiceState } from './service-state.js';
import { COMPLEXITY, KIND, kindCell } from './vocabulary.js';

/**
 * What happens to a patient after each appointment, from the first appointment to discharge.
 * Appointments are decided when booked; these functions run with the appointment's day.
 */
export function afterFirstAppointment(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  const ind = config.indications[patients.indication[p]!]!;
  const rng = state.streams[c]!.outcome;
  const uTest = rng.next(), uFollow = rng.next(), uPsych = rng.next();
  const tested = uTest < ind.testShare;
  // Need arises here where the indication says so (pre-test counselling) or where no test follows.
  if (ind.psychologyAtFirst || !tested) assessPsychology(state, p, day, uPsych);
  if (tested) {
    state.count(day, c, C.tests_sent);
    patients.stage[p] = Stage.AwaitingTest;
    const delay = state.testTurnaround[ind.testIndex]!.sample(state.streams[c]!.delayRng);
    dueAt(state, p, day + delay);
    return;
  }
  const followShare = patients.complex[p] ? config.scenario.pathway.followUpShareComplex : config.scenario.pathway.followUpShareStandard;
  if (uFollow < followShare) {
    patients.stage[p] = Stage.FollowUpDue;
    dueAt(state, p, day + config.scenario.pathway.followUpDelayWeeks * DAYS_PER_WEEK);
    return;
  }
  finishPathway(state, p, day);
}

/**
 * Hands over what fell due during the week before `week`: test results (which may first go
 * to MDT) and appointments due, which join their CGS's list to be booked this week.
 */
export function releaseDue(state: ServiceState, week: number): void {
  if (week < 1) return;
  const { ids, times } = state.due.take(week - 1);
  for (let i = 0; i < ids.length; i++) {
    const p = ids[i]!;
    if (state.patients.stage[p] === Stage.AwaitingTest) onTestResult(state, p, times[i]!);
    else dueNow(state, p, times[i]!);
  }
}

/** A test result is back: complex cases go to MDT/GTAB first, then the results appointment is due. */
function onTestResult(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  patients.stage[p] = Stage.ResultsDue;
  if (patients.complex[p] && state.streams[c]!.outcome.next() < config.scenario.pathway.mdtShareComplex) {
    state.count(day, c, C.mdt_discussions);
    const cell = kindCell(KIND.mdt, COMPLEXITY.complex);
    state.pendingMdt[c]! += config.durationMinutes[cell]! + config.adminMinutes[cell]!;
    // MDTs meet weekly: the results appointment waits for the next meeting.
    dueAt(state, p, day + DAYS_PER_WEEK);
    return;
  }
  dueNow(state, p, day);
}

/** An appointment falls due: it joins its CGS's list for its stage and complexity. */
function dueNow(state: ServiceState, p: number, day: number): void {
  const { patients } = state;
  state.dueList(patients.cgs[p]!, dueStageIndex(patients.stage[p]!), patients.complex[p]!).insert(p, day);
}

export function afterResults(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  const ind = config.indications[patients.indication[p]!]!;
  const rng = state.streams[c]!.outcome;
  const uYield = rng.next(), uCascade = rng.next(), uPsych = rng.next();
  state.count(day, c, C.results_appointments);
  if (!ind.psychologyAtFirst) assessPsychology(state, p, day, uPsych);
  if (uYield < (patients.complex[p] ? ind.yieldComplex : ind.yieldStandard)) {
    state.count(day, c, C.diagnoses);
    const weeks = Math.floor((day - patients.referralDay[p]!) / 7);
    const y = state.yearAt(day);
    state.metrics.diagnosisHistogram[(y * state.nCgs + c) * DIAGNOSIS_BINS + Math.min(weeks, DIAGNOSIS_BINS - 1)]! += 1;
    const relatives = poissonQuantile(ind.cascadeReferralsPerDiagnosis, uCascade);
    for (let k = 0; k < relatives; k++) {
      const delay = -Math.log(1 - state.streams[c]!.delay.next()) * config.scenario.pathway.cascadeDelayWeeks * DAYS_PER_WEEK;
      scheduleCascade(state, c, day - state.sim.now + delay);
    }
  }
  finishPathway(state, p, day);
}

export function afterFollowUp(state: ServiceState, p: number, day: number): void {
  state.count(day, state.patients.cgs[p]!, C.follow_up_appointments);
  finishPathway(state, p, day);
}

export function afterReview(state: ServiceState, p: number, day: number): void {
  const { patients } = state;
  state.count(day, patients.cgs[p]!, C.review_appointments);
  patients.reviewsLeft[p]!--;
  if (patients.reviewsLeft[p]! > 0) {
    patients.stage[p] = Stage.ReviewDue;
    dueAt(state, p, day + state.config.indications[patients.indication[p]!]!.longTermReviewIntervalDays);
  } else discharge(state, p, day);
}

/**
 * End of the diagnostic pathway: long-term management with periodic reviews for the
 * indications that need it (interval and duration by indication), or discharge.
 */
function finishPathway(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  const ind = config.indications[patients.indication[p]!]!;
  const uLong = state.streams[c]!.outcome.next();
  if (patients.complex[p] && uLong < ind.longTermShareComplex) {
    patients.reviewsLeft[p] = ind.longTermReviews;
    patients.stage[p] = Stage.ReviewDue;
    dueAt(state, p, day + ind.longTermReviewIntervalDays);
    return;
  }
  discharge(state, p, day);
}

export function discharge(state: ServiceState, p: number, day: number): void {
  state.count(day, state.patients.cgs[p]!, C.discharged);
  state.metrics.conservation.discharged++;
  state.patients.release(p);
}

/**
 * Files a patient's next step under the day it falls due. Steps are released a week at a
 * time (see releaseDue), not through the event calendar: tens of thousands of reviews due
 * months ahead would otherwise make every calendar operation slower. Steps beyond the
 * horizon are dropped; the patient stays counted as in the pathway.
 */
export function dueAt(state: ServiceState, p: number, day: number): void {
  state.due.add(p, day, state.week);
}
