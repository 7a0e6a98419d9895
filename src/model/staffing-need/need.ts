import { C, type ReplicationMetrics } from '../metrics.js';
import { N_PRIORITIES, type ModelConfig } from '../model-config.js';
import { RESERVED_ACTIVITIES } from '../../scenario/schema/primitives.js';
import { ACTIVITY } from '../vocabulary.js';
import { N_NEED } from './need-activities.js';
import { targetListSize } from './target-list.js';

const N_RESERVED = RESERVED_ACTIVITIES.length;
/** Reserves used by work that arrives (the rest, research and non-appointment admin, is planned time). */
const DEMAND_DRIVEN_RESERVES = ['mdt', 'training_mainstream', 'advice_guidance', 'supervision'].map((a) => RESERVED_ACTIVITIES.indexOf(a as never));

/**
 * Hours one FTE of a role gives in a year to the work need counts: contracted hours less
 * leave and the admin and research reserves (planned time), with clinic time at the role's
 * productivity (trainees). Demand-driven reserves (MDT, advice, training, supervision) count
 * as the work's own hours, and reserve the work does not use goes back to clinics, so every
 * hour is counted once.
 */
export function needHoursPerFte(config: ModelConfig, role: number, weeksInYear: number): number {
  let reserved = 0;
  let demandDriven = 0;
  for (let k = 0; k < N_RESERVED; k++) reserved += config.roleReserved[role * N_RESERVED + k]!;
  for (const k of DEMAND_DRIVEN_RESERVES) demandDriven += config.roleReserved[role * N_RESERVED + k]!;
  const clinic = (1 - reserved) * config.roleCapacityFactor[role]!;
  return config.roleHoursPerWeek[role]! * (1 - config.roleLeaveShare[role]!) * (demandDriven + clinic) * weeksInYear;
}

/** Recurring FTE of a role the year's demand needs at the intended skill mix: its hours of demanded work over hours per FTE. */
export function recurringNeedFte(config: ModelConfig, role: number, demandHours: number, weeksInYear: number): number {
  const perFte = needHoursPerFte(config, role, weeksInYear);
  return perFte > 0 ? demandHours / perFte : demandHours > 0 ? Infinity : 0;
}

/**
 * Pathway work a patient on the new-patient list still needs (first appointment, family
 * history, results, follow-up, reviews, psychology): triage is done, and team work for
 * mainstream colleagues and supervision are not a patient's pathway.
 */
const PATHWAY_WORK = [ACTIVITY.family_history, ACTIVITY.first_standard, ACTIVITY.first_complex, ACTIVITY.results, ACTIVITY.follow_up, ACTIVITY.review, ACTIVITY.psychology_session];

/**
 * Hours by [year][cgs][role] to clear each CGS's list down to its target size: whenever the
 * list at a year end (or at the start) is above target, the patients in excess not already
 * counted are costed at the whole pathway's hours per patient (that year's pathway work
 * demanded per patient joining the list, by role at the intended skill mix) and spread evenly
 * over the next `staffing.backlogClearanceYears` years. Each patient is counted once: a list
 * that stays high because nobody cleared it is not paid for again every year.
 */
export function backlogClearanceHours(config: ModelConfig, m: ReplicationMetrics): Float64Array {
  const { nCgs, nRoles, years } = m;
  const out = new Float64Array(years * nCgs * nRoles);
  const { backlogClearanceYears: spread, targetListRule } = config.scenario.staffing;
  for (let c = 0; c < nCgs; c++) {
    let counted = 0;
    for (let end = -1; end < years - 1; end++) {
      const y = Math.max(end, 0);
      const weeks = m.weeksPerYear[y]! || 1;
      const at = (k: number) => m.counters[m.counterIndex(y, c, k)]!;
      let excess = 0;
      for (let p = 0; p < N_PRIORITIES; p++) {
        const size = end < 0 ? m.startWaiting[c * N_PRIORITIES + p]! : m.counters[m.counterIndex(end, c, C.waiting_end_urgent + p)]!;
        excess += Math.max(0, size - targetListSize(targetListRule, at(C.list_joins_urgent + p) / weeks, config.targetWaitWeeks[p]!));
      }
      const fresh = Math.max(0, excess - counted);
      counted += fresh;
      const joins = at(C.list_joins);
      if (fresh === 0 || joins === 0) continue;
      for (let r = 0; r < nRoles; r++) {
        let perPatient = 0;
        for (const a of PATHWAY_WORK) perPatient += m.demandHours[((y * nCgs + c) * nRoles + r) * N_NEED + a]! / joins;
        for (let j = 1; j <= spread && end + j < years; j++) out[((end + j) * nCgs + c) * nRoles + r]! += (fresh * perPatient) / spread;
      }
    }
  }
  return out;
}
