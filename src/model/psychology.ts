import { DAYS_PER_WEEK, DAYS_PER_YEAR } from '../engine/time.js';
import { C } from './metrics.js';
import type { ServiceState } from './service-state.js';
import { PSYCHOLOGY } from './vocabulary.js';

/**
 * Psychological need found at an appointment on `day` (uniform `u` against the indication's
 * need share) goes where the CGS has access: its own psychologist's list, local mental-health
 * services (a standing wait, then their finite places), or unmet.
 */
export function assessPsychology(state: ServiceState, p: number, day: number, u: number): void {
  const { config, patients } = state;
  const c = patients.cgs[p]!;
  if (u >= config.indications[patients.indication[p]!]!.psychologyNeedShare) return;
  state.count(day, c, C.psychology_need);
  const access = config.psychologyAccess[c];
  if (access === PSYCHOLOGY.in_service) state.psychologyLists[c]!.insert(0, day);
  else if (access === PSYCHOLOGY.local_mental_health) {
    const standingWeeks = -Math.log(1 - state.streams[c]!.delay.next()) * config.scenario.pathway.localMentalHealthWaitWeeks;
    state.localMentalHealthLists[c]!.insert(Math.floor(day), day + standingWeeks * DAYS_PER_WEEK);
    state.count(day, c, C.psychology_local_mental_health);
  } else state.count(day, c, C.psychology_unmet);
}

/**
 * Local mental-health services start CGS patients whose standing wait is over, up to their
 * places for the week (pathway.localMentalHealthPlacesPer100kPerYear × population); those
 * beyond wait longer. Places not taken in a week go to other referrers (at most one is kept,
 * so fractional places add up).
 */
export function startLocalMentalHealth(state: ServiceState): void {
  const { config } = state;
  const now = state.sim.now;
  const placesPer100k = config.scenario.pathway.localMentalHealthPlacesPer100kPerYear;
  for (let c = 0; c < state.nCgs; c++) {
    if (config.psychologyAccess[c] !== PSYCHOLOGY.local_mental_health) continue;
    const list = state.localMentalHealthLists[c]!;
    const limited = placesPer100k !== undefined;
    if (limited) state.localMentalHealthPlaces[c]! += (config.population[c]! / 1e5) * placesPer100k * (DAYS_PER_WEEK / DAYS_PER_YEAR);
    while (list.size > 0 && list.peekKey() <= now && (!limited || state.localMentalHealthPlaces[c]! >= 1)) {
      const referredDay = list.peekId();
      list.popFront();
      if (limited) state.localMentalHealthPlaces[c]! -= 1;
      state.count(now, c, C.psychology_started);
      state.count(now, c, C.psychology_wait_weeks_sum, (now - referredDay) / DAYS_PER_WEEK);
    }
    if (limited && state.localMentalHealthPlaces[c]! > 1) state.localMentalHealthPlaces[c] = 1;
  }
}
