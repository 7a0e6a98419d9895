import { ArrivalProcess } from '../engine/arrivals/arrival-process.js';
import { PiecewisePoisson } from '../engine/arrivals/piecewise-poisson.js';
import { EventClass } from '../engine/event-class.js';
import { createStream } from '../engine/random/stream.js';
import { DAYS_PER_YEAR } from '../engine/time.js';
import { calendarMonthAt } from './calendar-dates.js';
import { applyShocks, shockWindows } from './demand-shocks.js';
import { C } from './metrics.js';
import type { IndicationConfig } from './model-config.js';
import type { ServiceState } from './service-state.js';
import { COMPLEXITY, KIND, drawCategory, kindCell } from './vocabulary.js';

const MONTH_DAYS = DAYS_PER_YEAR / 12;
/** Returns and cascade referrals carry (cgs, indication) packed in one integer argument. */
const PACK = 256;

/** Starts one referral stream per CGS and indication, plus handlers for returning and cascade referrals. */
export function startReferrals(state: ServiceState, seed: number, replication: number): void {
  const { sim, config } = state;
  state.returnHandler = sim.register((code) => receiveReferral(state, (code / PACK) | 0, code % PACK, true, C.complex_returns));
  state.cascadeHandler = sim.register((code) => receiveReferral(state, (code / PACK) | 0, code % PACK, false, C.cascade_referrals));
  for (let c = 0; c < state.nCgs; c++) {
    config.indications.forEach((ind, i) => {
      const { starts, rates } = applyShocks(monthlyRates(state, c, ind), shockWindows(config, ind.id), state.horizonDays);
      const onArrival = sim.register(() => receiveReferral(state, c, i, false, -1));
      // Arrival times have a stream of their own per CGS and indication, apart from the decisions.
      const timing = createStream(seed, replication, `arrivals/${config.cgsIds[c]}/${ind.id}`);
      new ArrivalProcess(sim, new PiecewisePoisson(starts, rates, state.horizonDays), timing, onArrival).start();
    });
  }
}

/**
 * Referral rates per day, month by month: population × rate × compound growth × seasonality.
 * Growth counts from the rate's reference year (calendar time), not from the run's start.
 * Mainstreaming is applied per referral instead (it decides who the CGS sees, not who is referred).
 */
function monthlyRates(state: ServiceState, cgs: number, ind: IndicationConfig): { starts: number[]; rates: number[] } {
  const months = Math.ceil(state.horizonDays / MONTH_DAYS);
  const starts: number[] = [];
  const rates: number[] = [];
  const perDay = (state.config.population[cgs]! / 1e5) * ind.ratePer100kPerYear / DAYS_PER_YEAR;
  for (let m = 0; m < months; m++) {
    const mid = (m + 0.5) * MONTH_DAYS;
    const growth = Math.pow(1 + ind.annualGrowthShare, (ind.startDaysFromReference + mid) / DAYS_PER_YEAR);
    starts.push(m * MONTH_DAYS);
    rates.push(perDay * growth * state.config.seasonality[calendarMonthAt(mid)]!);
  }
  return { starts, rates };
}

/**
 * A referral arrives: it is counted, may be handled by mainstream clinicians instead (leaving
 * advice-and-guidance, MDT and joint-clinic work for the CGS), is triaged, and joins the
 * waiting list by priority. A fixed number of draws per referral keeps streams aligned
 * between scenarios.
 */
export function receiveReferral(
  state: ServiceState, cgs: number, indication: number, forceComplex: boolean, originCounter: number,
): void {
  const { sim, config, patients } = state;
  const now = sim.now;
  const ind = config.indications[indication]!;
  const rng = state.streams[cgs]!.referral;
  const uMainstream = rng.next(), uClosed = rng.next(), uBooked = rng.next(), uPriority = rng.next(), uComplex = rng.next(), uExtra = rng.next(), uChannel = rng.next();
  state.count(now, cgs, C.referrals_received);
  const channel = drawCategory(ind.channelCumulative, uChannel);
  state.count(now, cgs, C.referrals_channel_gp + channel);
  if (originCounter >= 0) state.count(now, cgs, originCounter);
  const week = Math.min(Math.floor(now / 7), state.yearOfWeek.length);
  if (!forceComplex && uMainstream < state.mainstreamShareByWeek[indication]![week]!) {
    mainstreamed(state, cgs, indication, uExtra);
    return;
  }
  const triage = kindCell(KIND.triage, COMPLEXITY.standard);
  state.pendingTriage[cgs]! += config.durationMinutes[triage]! + config.adminMinutes[triage]!;
  if (uClosed < ind.triageClosedShare) return discharge(state, cgs, C.triage_closed);
  if (uBooked < config.scenario.pathway.notBookedShare) return discharge(state, cgs, C.not_booked);
  const priority = drawCategory(ind.priorityCumulative, uPriority);
  const complex = forceComplex || uComplex < state.complexShareByWeek[indication]![week]! ? 1 : 0;
  if (complex) state.count(now, cgs, C.referrals_complex);
  const familyHistory = uExtra < config.scenario.pathway.familyHistoryShare ? 1 : 0;
  if (familyHistory) {
    const cell = kindCell(KIND.family_history, complex);
    state.pendingFamilyHistory[cgs]! += config.durationMinutes[cell]! + config.adminMinutes[cell]!;
  }
  const id = patients.create(cgs, indication, priority, complex, now);
  // Those needing family-history preparation wait in their own list until it is done.
  state.firstList(cgs, priority, complex, familyHistory).insert(id, now);
  state.count(now, cgs, C.list_joins);
  state.count(now, cgs, C.list_joins_urgent + priority);
  state.metrics.conservation.created++;
}

function mainstreamed(state: ServiceState, cgs: number, indication: number, u: number): void {
  const { sim, config } = state;
  const m = config.indications[indication]!.mainstreaming!;
  const now = sim.now;
  state.count(now, cgs, C.referrals_mainstreamed);
  state.metrics.conservation.mainstreamed++;
  const advice = kindCell(KIND.advice_guidance, COMPLEXITY.standard);
  state.pendingAdviceGuidance[cgs]! += m.adviceGuidanceRequestsPerCase * (config.durationMinutes[advice]! + config.adminMinutes[advice]!);
  state.count(now, cgs, C.advice_guidance_requests, m.adviceGuidanceRequestsPerCase);
  state.pendingMdt[cgs]! += m.mdtMinutesPerCase;
  state.pendingTraining[cgs]! += config.trainingHoursPerMainstreamed * 60;
  // One uniform splits into the joint-clinic and return decisions, keeping draws per referral fixed.
  if (u < m.jointClinicShare) {
    const joint = kindCell(KIND.joint_clinic, COMPLEXITY.standard);
    state.pendingJointClinic[cgs]! += config.durationMinutes[joint]! + config.adminMinutes[joint]!;
    state.count(now, cgs, C.joint_clinics);
  }
  const delayRng = state.streams[cgs]!.delay;
  const uReturn = delayRng.next();
  const delay = -Math.log(1 - delayRng.next()) * m.returnDelayDays;
  if (uReturn < m.returnAsComplexShare && now + delay < state.horizonDays) {
    sim.schedule(delay, state.returnHandler, cgs * PACK + indication, EventClass.Timer);
  }
}

/** Schedules a relative's referral after a diagnosis (cascade testing). */
export function scheduleCascade(state: ServiceState, cgs: number, delayDays: number): void {
  if (state.config.cascadeIndication < 0 || state.sim.now + delayDays >= state.horizonDays) return;
  state.sim.schedule(delayDays, state.cascadeHandler, cgs * PACK + state.config.cascadeIndication, EventClass.Timer);
}

function discharge(state: ServiceState, cgs: number, counter: number): void {
  state.count(state.sim.now, cgs, counter);
  state.count(state.sim.now, cgs, C.discharged);
  state.metrics.conservation.created++;
  state.metrics.conservation.discharged++;
}
