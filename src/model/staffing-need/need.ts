import { C, type ReplicationMetrics } from '../metrics.js';
import { N_PRIORITIES, type ModelConfig } from '../model-config.js';
import { RESERVED_ACTIVITIES } from '../../scenario/schema/primitives.js';
import { ACTIVITY } from '../vocabulary.js';
import { N_NEED, NEED_SUPERVISION } from './need-activities.js';
import { targetListSize } from './target-list.js';

const N_RESERVED = RESERVED_ACTIVITIES.length;
/** Reserves used by work that arrives, with the need activity that uses each (research and non-appointment admin are planned time). */
const DEMAND_DRIVEN_RESERVES = [
  [RESERVED_ACTIVITIES.indexOf('mdt'), ACTIVITY.mdt],
  [RESERVED_ACTIVITIES.indexOf('training_mainstream'), ACTIVITY.training_mainstream],
  [RESERVED_ACTIVITIES.indexOf('advice_guidance'), ACTIVITY.advice_guidance],
  [RESERVED_ACTIVITIES.indexOf('supervision'), NEED_SUPERVISION],
] as const;

/** True where a role's reserve (by reserved index) stays idle when its work does not use it. */
const ringFenced = (config: ModelConfig, role: number, k: number): boolean => config.roleRingFenced[role * N_RESERVED + k] === 1;

/** Hours a year of one FTE after leave. */
const yearHours = (config: ModelConfig, role: number, weeks: number) => config.roleHoursPerWeek[role]! * (1 - config.roleLeaveShare[role]!) * weeks;

/**
 * Hours one FTE of a role gives in a year to any of the work need counts: contracted hours
 * less leave, the admin and research reserves (planned time) and ring-fenced reserves (which
 * serve only their own work), with clinic time at the role's productivity (trainees).
 * Demand-driven reserves that return to clinics when unused count here, so every hour is
 * counted once.
 */
export function needHoursPerFte(config: ModelConfig, role: number, weeksInYear: number): number {
  let reserved = 0;
  let open = 0;
  for (let k = 0; k < N_RESERVED; k++) reserved += config.roleReserved[role * N_RESERVED + k]!;
  for (const [k] of DEMAND_DRIVEN_RESERVES) if (!ringFenced(config, role, k)) open += config.roleReserved[role * N_RESERVED + k]!;
  return yearHours(config, role, weeksInYear) * (open + (1 - reserved) * config.roleCapacityFactor[role]!);
}

/**
 * Recurring FTE of a role that the year's demand needs at the intended skill mix: the least
 * FTE x whose hours cover the work demanded, `demandHours` by NEED_ACTIVITIES from `offset`.
 * Work with a ring-fenced reserve uses that reserve first (x × its share of hours), and only
 * what exceeds it needs the role's other hours; a ring-fenced reserve beyond its work is idle.
 */
export function recurringNeedFte(config: ModelConfig, role: number, demandHours: ArrayLike<number>, offset: number, weeksInYear: number): number {
  const open = needHoursPerFte(config, role, weeksInYear);
  const fenced: [number, number][] = [];
  let total = 0;
  for (let a = 0; a < N_NEED; a++) total += demandHours[offset + a]!;
  if (total <= 0) return 0;
  for (const [k, a] of DEMAND_DRIVEN_RESERVES) {
    const perFte = yearHours(config, role, weeksInYear) * config.roleReserved[role * N_RESERVED + k]!;
    if (ringFenced(config, role, k) && perFte > 0) fenced.push([demandHours[offset + a]!, perFte]);
  }
  const covered = (x: number) => x * open + fenced.reduce((sum, [hours, perFte]) => sum + Math.min(hours, x * perFte), 0);
  let high = open > 0 ? total / open : Math.max(0, ...fenced.map(([hours, perFte]) => hours / perFte));
  if (covered(high) < total * (1 - 1e-12)) return Infinity; // Work nobody in this role has hours for.
  let low = 0;
  // covered(x) is increasing and piecewise linear: bisection to a relative 1e-9 of the answer.
  for (let i = 0; i < 60 && high - low > 1e-9 * high; i++) {
    const mid = (low + high) / 2;
    if (covered(mid) >= total) high = mid;
    else low = mid;
  }
  return high;
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
