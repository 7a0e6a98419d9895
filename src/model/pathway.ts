import { monthsToDays } from '../engine/time.js';
import { poissonQuantile } from '../engine/random/distributions/poisson.js';
import { C, DIAGNOSIS_BINS } from './metrics.js';
import { KIND } from './model-config.js';
import { Stage } from './patients.js';
import { scheduleCascade } from './referrals.js';
import type { ServiceState } from './service-state.js';

/**
 * What happens to a patient after each appointment, from the first appointment to discharge.
 * Appointments are decided when booked; these functions run with the appointment's day.
 */
export function afterFirstAppointment(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  const ind = config.indications[patients.indication[p]!]!;
  const rng = state.streams[c]!.outcome;
  const uTest = rng.next(), uFollow = rng.next();
  if (uTest < ind.testShare) {
    state.count(day, c, C.tests_sent);
    patients.stage[p] = Stage.AwaitingTest;
    const delay = state.testTurnaround[ind.testIndex]!.sample(state.streams[c]!.delayRng);
    dueAt(state, p, day + delay);
    return;
  }
  const followShare = patients.complex[p] ? config.scenario.pathway.followUpShareComplex : config.scenario.pathway.followUpShareStandard;
  if (uFollow < followShare) {
    patients.stage[p] = Stage.FollowUpDue;
    dueAt(state, p, day + config.scenario.pathway.followUpDelayWeeks * 7);
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
    else state.dueLists[state.patients.cgs[p]!]!.insert(p, times[i]!);
  }
}

/** A test result is back: complex cases go to MDT/GTAB first, then the results appointment is due. */
function onTestResult(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  patients.stage[p] = Stage.ResultsDue;
  if (patients.complex[p] && state.streams[c]!.outcome.next() < config.scenario.pathway.mdtShareComplex) {
    state.count(day, c, C.mdt_discussions);
    state.pendingMdt[c]! += config.durationMinutes[KIND.mdt * 2 + 1]! + config.adminMinutes[KIND.mdt * 2 + 1]!;
    // MDTs meet weekly: the results appointment waits for the next meeting.
    dueAt(state, p, day + 7);
    return;
  }
  state.dueLists[c]!.insert(p, day);
}

export function afterResults(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  const ind = config.indications[patients.indication[p]!]!;
  const rng = state.streams[c]!.outcome;
  const uYield = rng.next(), uCascade = rng.next();
  state.count(day, c, C.results_appointments);
  if (uYield < (patients.complex[p] ? ind.yieldComplex : ind.yieldStandard)) {
    state.count(day, c, C.diagnoses);
    const weeks = Math.floor((day - patients.referralDay[p]!) / 7);
    const y = state.yearAt(day);
    state.metrics.diagnosisHistogram[(y * state.nCgs + c) * DIAGNOSIS_BINS + Math.min(weeks, DIAGNOSIS_BINS - 1)]! += 1;
    const relatives = poissonQuantile(ind.cascadeReferralsPerDiagnosis, uCascade);
    for (let k = 0; k < relatives; k++) {
      const delay = -Math.log(1 - state.streams[c]!.delay.next()) * config.scenario.pathway.cascadeDelayWeeks * 7;
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
    dueAt(state, p, day + monthsToDays(state.config.scenario.pathway.reviewIntervalMonths));
  } else discharge(state, p, day);
}

/** End of the diagnostic pathway: psychology where needed, then long-term management or discharge. */
function finishPathway(state: ServiceState, p: number, day: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  const ind = config.indications[patients.indication[p]!]!;
  const rng = state.streams[c]!.outcome;
  const uPsych = rng.next(), uLong = rng.next();
  if (uPsych < ind.psychologyNeedShare) {
    state.count(day, c, C.psychology_need);
    const access = config.psychologyAccess[c];
    if (access === 0) state.psychologyLists[c]!.insert(0, day);
    else if (access === 1) {
      // Local mental-health services have their own wait, outside CGS capacity.
      const waitWeeks = -Math.log(1 - state.streams[c]!.delay.next()) * config.scenario.pathway.localMentalHealthWaitWeeks;
      state.count(day, c, C.psychology_local_mental_health);
      state.count(day, c, C.psychology_started);
      state.count(day, c, C.psychology_wait_weeks_sum, waitWeeks);
    } else state.count(day, c, C.psychology_unmet);
  }
  if (patients.complex[p] && uLong < ind.longTermShareComplex) {
    const pathway = config.scenario.pathway;
    patients.reviewsLeft[p] = Math.max(1, Math.floor((pathway.longTermManagementYears * 12) / pathway.reviewIntervalMonths));
    patients.stage[p] = Stage.ReviewDue;
    dueAt(state, p, day + monthsToDays(pathway.reviewIntervalMonths));
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
