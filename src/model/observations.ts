import { C, WAIT_BINS } from './metrics.js';
import { N_PRIORITIES } from './model-config.js';
import { Stage } from './patients.js';
import type { ServiceState } from './service-state.js';
import { N_COMPLEXITIES, N_PREPARATION_LISTS } from './vocabulary.js';

/** 18-week referral-to-treatment standard, in days. */
const EIGHTEEN_WEEKS_DAYS = 18 * 7;
/** 52-week waits are reported as breaches of the NHS constitution's maximum wait. */
const FIFTY_TWO_WEEKS_DAYS = 52 * 7;
/** A CGS's new-patient lists per priority: by complexity, then with or without family-history preparation. */
const LISTS_PER_PRIORITY = N_COMPLEXITIES * N_PREPARATION_LISTS;

/**
 * The weekly look at every waiting list: its size by priority, and how many have waited
 * 18 weeks or less (the incomplete-pathway measure behind the 92% standard).
 */
export function snapshotWeek(state: ServiceState, week: number): void {
  const now = state.sim.now;
  const m = state.metrics;
  const threshold = now - EIGHTEEN_WEEKS_DAYS;
  for (let c = 0; c < state.nCgs; c++) {
    let total = 0;
    let within = 0;
    for (let p = 0; p < N_PRIORITIES; p++) {
      let size = 0;
      for (let k = 0; k < LISTS_PER_PRIORITY; k++) {
        const q = state.firstList(c, p, (k / N_PREPARATION_LISTS) | 0, k % N_PREPARATION_LISTS);
        size += q.size;
        within += q.size - q.countBelow(threshold);
      }
      m.weeklyWaiting[(week * state.nCgs + c) * N_PRIORITIES + p] = size;
      total += size;
    }
    state.count(now, c, C.snapshot_waiting, total);
    state.count(now, c, C.snapshot_within_18_weeks, within);
    state.count(now, c, C.snapshots);
  }
}

/** The state at the end of a financial year: list sizes, the waits of those on the list, caseloads. */
export function observeYearEnd(state: ServiceState, year: number): void {
  const now = state.sim.now;
  const m = state.metrics;
  for (let c = 0; c < state.nCgs; c++) {
    let total = 0;
    let over52 = 0;
    for (let p = 0; p < N_PRIORITIES; p++) {
      let size = 0;
      for (let k = 0; k < LISTS_PER_PRIORITY; k++) {
        const q = state.firstList(c, p, (k / N_PREPARATION_LISTS) | 0, k % N_PREPARATION_LISTS);
        size += q.size;
        over52 += q.countBelow(now - FIFTY_TWO_WEEKS_DAYS);
        for (let i = 0; i < q.size; i++) {
          const weeks = Math.floor((now - q.keyAt(i)) / 7);
          m.waitHistogram[(year * state.nCgs + c) * WAIT_BINS + Math.min(weeks, WAIT_BINS - 1)]! += 1;
        }
      }
      m.counters[m.counterIndex(year, c, C.waiting_end_urgent + p)] = size;
      total += size;
    }
    m.counters[m.counterIndex(year, c, C.waiting_list_end)] = total;
    m.counters[m.counterIndex(year, c, C.psychology_waiting_end)] = state.psychologyLists[c]!.size;
    m.counters[m.counterIndex(year, c, C.psychology_local_waiting_end)] = state.localMentalHealthLists[c]!.size;
    m.counters[m.counterIndex(year, c, C.waiting_over_52_weeks_end)] = over52;
    m.counters[m.counterIndex(year, c, C.followups_overdue_end)] = overdueAt(state, c, now);
  }
  const patients = state.patients;
  for (let id = 0; id < patients.highWater; id++) {
    if (patients.stage[id] === Stage.ReviewDue) m.counters[m.counterIndex(year, patients.cgs[id]!, C.long_term_caseload_end)]! += 1;
  }
}

/** Results, follow-up and review appointments at CGS `c` that fell due before `now` and are not yet booked. */
function overdueAt(state: ServiceState, c: number, now: number): number {
  let overdue = 0;
  const per = state.dueLists.length / state.nCgs;
  for (let k = 0; k < per; k++) overdue += state.dueLists[c * per + k]!.countBelow(now);
  return overdue;
}
