import { ArrivalProcess } from '../engine/arrivals/arrival-process.js';
import { poissonQuantile } from '../engine/random/distributions/poisson.js';
import { PiecewisePoisson } from '../engine/arrivals/piecewise-poisson.js';
import { EventClass } from '../engine/event-class.js';
import { createStream } from '../engine/random/stream.js';
import { DAYS_PER_YEAR } from '../engine/time.js';
import { calendarMonthAt } from './calendar-dates.js';
import { applyShocks, shockWindows } from './demand-shocks.js';
import { C } from './metrics.js';
import { rampAt, referralFactorAt } from './expected-need.js';
import type { IndicationConfig } from './model-config.js';
import type { ServiceState } from './service-state.js';
import { CHANNEL, COMPLEXITY, KIND, PRIORITY, drawCategory, kindCell } from './vocabulary.js';

const MONTH_DAYS = DAYS_PER_YEAR / 12;
/** Returns and cascade referrals carry (cgs, indication) packed in one integer argument. */
const PACK = 256;
/** Urgent cases always go to the CGS. */
const URGENT = PRIORITY.urgent;

/**
 * Starts one referral stream per CGS and indication, plus handlers for returning and cascade
 * referrals, the self-referral scheme's streams (if any), and records the catchment's expected need.
 */
export function startReferrals(state: ServiceState, seed: number, replication: number): void {
  const { sim, config } = state;
  state.returnHandler = sim.register((code) => receiveReferral(state, (code / PACK) | 0, code % PACK, true, C.complex_returns));
  state.cascadeHandler = sim.register((code) => receiveReferral(state, (code / PACK) | 0, code % PACK, false, C.cascade_referrals));
  for (let c = 0; c < state.nCgs; c++) {
    config.indications.forEach((ind, i) => {
      // Referrals received: the national rate × the CGS's need, acceptance and reach (expected-need.ts).
      const received = monthlyRates(state, (mid) => nationalPerDay(state, c, ind, mid) * referralFactorAt(config.access, c, i, mid));
      const { starts, rates } = applyShocks(received, shockWindows(config, ind.id), state.horizonDays);
      const onArrival = sim.register(() => receiveReferral(state, c, i, false, -1));
      // Arrival times have a stream of their own per CGS and indication, apart from the decisions.
      const timing = createStream(seed, replication, `arrivals/${config.cgsIds[c]}/${ind.id}`);
      new ArrivalProcess(sim, new PiecewisePoisson(starts, rates, state.horizonDays), timing, onArrival).start();
    });
  }
  startSelfReferrals(state, seed, replication);
  recordExpectedNeed(state);
}

/**
 * The self-referral scheme: extra referrals through the self_referral channel, at a rate per
 * 100,000 weighted by each CGS's expected need, building up over a ramp. Their streams have
 * names of their own, so adding the scheme shifts no other arrival time.
 */
function startSelfReferrals(state: ServiceState, seed: number, replication: number): void {
  const { sim, config } = state;
  const scheme = config.access.selfReferral;
  if (scheme === null) return;
  for (let c = 0; c < state.nCgs; c++) {
    config.indications.forEach((ind, i) => {
      const perDay = (config.population[c]! / 1e5) * scheme.ratePer100kPerYear[i]! / DAYS_PER_YEAR * config.access.needFactor[c * config.access.nIndications + i]!;
      if (!(perDay > 0)) return;
      const { starts, rates } = monthlyRates(state, (mid) => perDay * rampAt(scheme.fromDay, scheme.rampDays, mid) * state.config.seasonality[calendarMonthAt(mid)]!);
      const onArrival = sim.register(() => receiveReferral(state, c, i, false, C.self_referral_scheme));
      const timing = createStream(seed, replication, `self-referral/${config.cgsIds[c]}/${ind.id}`);
      new ArrivalProcess(sim, new PiecewisePoisson(starts, rates, state.horizonDays), timing, onArrival).start();
    });
  }
}

/**
 * Expected need, recorded week by week into the year the week belongs to (as referrals are):
 * the referrals the catchment's population structure would bring at today's national average
 * criteria and reach, with growth and seasonality but without shocks or levers. Also records
 * the population served, so results can give rates per 100,000 without reading the scenario.
 */
function recordExpectedNeed(state: ServiceState): void {
  const { config, metrics } = state;
  const weeks = state.yearOfWeek.length;
  for (let c = 0; c < state.nCgs; c++) {
    for (let y = 0; y < config.years; y++) metrics.counters[metrics.counterIndex(y, c, C.catchment_population)] = config.population[c]!;
    config.indications.forEach((ind, i) => {
      const need = config.access.needFactor[c * config.access.nIndications + i]!;
      for (let w = 0; w < weeks; w++) {
        const mid = (Math.floor((w * 7 + 3.5) / MONTH_DAYS) + 0.5) * MONTH_DAYS;
        metrics.counters[metrics.counterIndex(state.yearOfWeek[w]!, c, C.expected_referrals)]! += nationalPerDay(state, c, ind, mid) * need * 7;
      }
    });
  }
}

/**
 * The national rate's referrals per day for a CGS's population at `day`: population × rate ×
 * compound growth × seasonality. Growth counts from the rate's reference year (calendar time),
 * not from the run's start. Mainstreaming is applied per referral instead (it decides who the
 * CGS sees, not who is referred).
 */
function nationalPerDay(state: ServiceState, cgs: number, ind: IndicationConfig, day: number): number {
  const growth = Math.pow(1 + ind.annualGrowthShare, (ind.startDaysFromReference + day) / DAYS_PER_YEAR);
  return (state.config.population[cgs]! / 1e5) * ind.ratePer100kPerYear / DAYS_PER_YEAR * growth * state.config.seasonality[calendarMonthAt(day)]!;
}

/** Rates per day, month by month, each taken at the month's middle day. */
function monthlyRates(state: ServiceState, perDayAt: (day: number) => number): { starts: number[]; rates: number[] } {
  const months = Math.ceil(state.horizonDays / MONTH_DAYS);
  const starts: number[] = [];
  const rates: number[] = [];
  for (let m = 0; m < months; m++) {
    starts.push(m * MONTH_DAYS);
    rates.push(perDayAt((m + 0.5) * MONTH_DAYS));
  }
  return { starts, rates };
}

/**
 * A referral arrives: it is counted once (a complex return was counted when first referred),
 * may be handled by mainstream clinicians instead if it is eligible (standard complexity, not
 * urgent, from a channel the indication's mainstreaming covers), and otherwise is triaged
 * and joins the waiting list by priority. A fixed number of draws per referral keeps streams
 * aligned between scenarios.
 */
export function receiveReferral(
  state: ServiceState, cgs: number, indication: number, forceComplex: boolean, originCounter: number,
): void {
  const { sim, config, patients } = state;
  const now = sim.now;
  const ind = config.indications[indication]!;
  const rng = state.streams[cgs]!.referral;
  const uMainstream = rng.next(), uClosed = rng.next(), uBooked = rng.next(), uPriority = rng.next(), uComplex = rng.next(), uExtra = rng.next(), uChannel = rng.next();
  // Referrals of the self-referral scheme come by that channel and have a triage of their own.
  const scheme = originCounter === C.self_referral_scheme;
  const channel = scheme ? CHANNEL.self_referral : drawCategory(ind.channelCumulative, uChannel);
  if (originCounter !== C.complex_returns) {
    // By channel too, so the channel counts add up to referrals received.
    state.count(now, cgs, C.referrals_received);
    state.count(now, cgs, C.referrals_channel_gp + channel);
    requestAdvice(state, cgs, config.adviceGuidanceRequestsPerReferral);
  }
  if (originCounter >= 0) state.count(now, cgs, originCounter);
  const week = Math.min(Math.floor(now / 7), state.yearOfWeek.length);
  const priority = drawCategory(ind.priorityCumulative, uPriority);
  // Complexity is a property of the case, drawn before mainstreaming: mainstream clinicians
  // take only standard cases, so the mix left with the CGS grows more complex as they take more.
  const complex = forceComplex || uComplex < state.complexShareByWeek[indication]![week]! ? 1 : 0;
  const m = ind.mainstreaming;
  if (m !== null && !complex && priority !== URGENT && m.eligibleChannel[channel] === 1) {
    state.pendingTraining[cgs]! += state.trainingMinutesByWeek[indication]![week]!;
    if (uMainstream < state.mainstreamShareByWeek[indication]![week]!) {
      mainstreamed(state, cgs, indication, uExtra);
      return;
    }
  }
  state.count(now, cgs, C.referrals_to_cgs);
  const triage = kindCell(KIND.triage, COMPLEXITY.standard);
  const selfReferral = config.access.selfReferral;
  const factor = scheme ? selfReferral!.triageMinutesFactor : 1;
  // The triage decision (duration) is a clinician's or counsellor's; its admin minutes are the
  // preparation (records, eligibility, letters) the skill mix's triage_preparation roles do.
  state.pendingTriage[cgs]! += config.durationMinutes[triage]! * factor;
  state.pendingTriagePreparation[cgs]! += config.adminMinutes[triage]! * factor;
  if (uClosed < (scheme ? selfReferral!.triageClosedShare : ind.triageClosedShare)) return discharge(state, cgs, C.triage_closed);
  if (uBooked < config.scenario.pathway.notBookedShare) return discharge(state, cgs, C.not_booked);
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

/**
 * A case handled by mainstream clinicians: the CGS gives advice and guidance, MDT time (per
 * attendee, charged in weekly-capacity.ts) and sometimes a joint clinic. The mainstream test
 * has the indication's standard yield; a diagnosis brings relatives to the CGS by cascade, as a
 * CGS diagnosis does, and some cases come back as complex referrals.
 */
function mainstreamed(state: ServiceState, cgs: number, indication: number, u: number): void {
  const { sim, config } = state;
  const ind = config.indications[indication]!;
  const m = ind.mainstreaming!;
  const now = sim.now;
  state.count(now, cgs, C.referrals_mainstreamed);
  state.metrics.conservation.mainstreamed++;
  requestAdvice(state, cgs, m.adviceGuidanceRequestsPerCase);
  state.pendingMdt[cgs]! += m.mdtMinutesPerCasePerAttendee;
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
  const uYield = delayRng.next(), uCascade = delayRng.next();
  if (uYield >= ind.yieldStandard) return;
  state.count(now, cgs, C.mainstream_diagnoses);
  // Relatives hear of the result after the laboratory reports it, then refer over months; some
  // mainstream services (FH, inherited cardiac conditions) test relatives themselves.
  const resultDays = config.testMeanDays[ind.testIndex]!;
  const relatives = poissonQuantile(ind.cascadeReferralsPerDiagnosis * m.relativesToCgsShare, uCascade);
  for (let k = 0; k < relatives; k++) {
    scheduleCascade(state, cgs, resultDays - Math.log(1 - delayRng.next()) * config.scenario.pathway.cascadeDelayWeeks * 7);
  }
}

/** Advice-and-guidance work owed to the CGS: an expected number of requests of standard length. */
function requestAdvice(state: ServiceState, cgs: number, requests: number): void {
  if (requests === 0) return;
  const { config } = state;
  state.pendingAdviceGuidance[cgs]! += requests * (config.durationMinutes[KIND.advice_guidance * 2]! + config.adminMinutes[KIND.advice_guidance * 2]!);
  state.count(state.sim.now, cgs, C.advice_guidance_requests, requests);
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
