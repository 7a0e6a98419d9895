import type { ReplicationMetrics } from '../metrics.js';
import type { ModelConfig } from '../model-config.js';
import { supervisionPlanOf } from '../supply-coupling.js';
import { ACTIVITY } from '../vocabulary.js';
import { N_NEED, TEAM_WORK } from './need-activities.js';
import { needHoursPerFte, recurringNeedFte } from './need.js';

/*
 * Trainee posts (workforce.roles.<id>.isTrainee: specialty registrars, trainee genetic
 * counsellors) are set by training plans (Health Education England places, the supply
 * pipeline), not by demand. Staffing need therefore takes each trainee role's FTE in post as
 * given (its establishment) and counts the supervised work trainees do, so the qualified
 * staff need only cover the rest:
 *
 * - a trainee role's `fte_needed` is its establishment (the FTE in post that year), whatever
 *   the demand: never a post to cut or to add;
 * - its productive hours (FTE × hours per FTE after leave and job-plan reserves, clinic time at
 *   its clinical capacity factor, so an hour of a trainee at 0.5 counts as half an hour of
 *   qualified work), less the work the skill mix gives it directly (its MDT attendance, its
 *   share of team work), are taken off the qualified roles' work in the activities the skill
 *   mix allows it: first its own profession's (the role that supervises it: consultants for
 *   registrars, registered counsellors for trainee counsellors), in proportion across those
 *   activities, then, if hours are left, any other qualified role's;
 * - the supervision trainees need is already the supervisors' work in the ledger
 *   (NEED_SUPERVISION, work-ledger.ts).
 *
 * Trainee hours beyond the work they may do are idle (not a need elsewhere).
 */

/** Activities a trainee role may do as work of its own, by role: skill-mix activities that list it, except team work and MDTs. */
export function traineeActivities(config: ModelConfig): readonly (readonly number[])[] {
  return config.roleIds.map((_, r) => {
    if (!config.roleIsTrainee[r]) return [];
    const out: number[] = [];
    config.skillMix.forEach((roles, a) => {
      if (a !== ACTIVITY.mdt && !TEAM_WORK.has(a) && Array.from(roles).includes(r)) out.push(a);
    });
    return out;
  });
}

/** What trainees may do and whom they work under, worked out once per compiled scenario (results read it per CGS, year and replication). */
const traineeWorkCache = new WeakMap<ModelConfig, { activities: readonly (readonly number[])[]; supervisorOf: Int32Array }>();
function traineeWorkOf(config: ModelConfig): { activities: readonly (readonly number[])[]; supervisorOf: Int32Array } {
  let found = traineeWorkCache.get(config);
  if (found === undefined) traineeWorkCache.set(config, (found = { activities: traineeActivities(config), supervisorOf: supervisionPlanOf(config).supervisorOf }));
  return found;
}

/**
 * Adds one CGS-year's work demanded, by [role][NEED_ACTIVITIES], into `into`, with the
 * trainees' supervised work moved from the qualified roles to the trainee roles (see above).
 * The work each activity demands is unchanged; only who does it moves.
 */
export function addNetDemandHours(config: ModelConfig, m: ReplicationMetrics, year: number, c: number, into: Float64Array): void {
  const nRoles = config.roleIds.length;
  const work = new Float64Array(nRoles * N_NEED);
  const base = m.yearCgsRole(year, c, 0) * N_NEED;
  for (let i = 0; i < work.length; i++) work[i] = m.demandHours[base + i]!;
  const weeks = m.weeksPerYear[year]! || 1;
  const fte = (r: number) => m.fteWeeks[m.yearCgsRole(year, c, r)]! / weeks;
  offsetTraineeWork(config, work, fte, m.weeksPerYear[year]!);
  for (let i = 0; i < work.length; i++) into[i]! += work[i]!;
}

/**
 * Moves trainees' productive hours from qualified roles' work to the trainee roles in `work`
 * ([role][NEED_ACTIVITIES], changed in place), trainee roles in role order. `fte(r)` is role r's
 * FTE in post in the year.
 */
export function offsetTraineeWork(config: ModelConfig, work: Float64Array, fte: (r: number) => number, weeksInYear: number): void {
  const { activities, supervisorOf } = traineeWorkOf(config);
  for (let t = 0; t < config.roleIds.length; t++) {
    if (!config.roleIsTrainee[t] || activities[t]!.length === 0) continue;
    let own = 0;
    for (let a = 0; a < N_NEED; a++) own += work[t * N_NEED + a]!;
    let free = Math.max(0, fte(t) * needHoursPerFte(config, t, weeksInYear) - own);
    const profession = supervisorOf[t]!;
    if (profession >= 0) free = takeWork(work, t, [profession], activities[t]!, free);
    const others = config.roleIds.map((_, q) => q).filter((q) => !config.roleIsTrainee[q] && q !== profession);
    takeWork(work, t, others, activities[t]!, free);
  }
}

/** Takes up to `hours` of `from` roles' work in `activities` for trainee role `t`, in proportion; returns hours left. */
function takeWork(work: Float64Array, t: number, from: readonly number[], activities: readonly number[], hours: number): number {
  if (hours <= 0) return hours;
  let pool = 0;
  for (const q of from) for (const a of activities) pool += work[q * N_NEED + a]!;
  if (pool <= 0) return hours;
  const share = Math.min(1, hours / pool);
  for (const q of from) {
    for (const a of activities) {
      const moved = work[q * N_NEED + a]! * share;
      work[q * N_NEED + a]! -= moved;
      work[t * N_NEED + a]! += moved;
    }
  }
  return hours - share * pool;
}

/**
 * FTE a role needs in a year: a trainee role's establishment (`establishmentFte`, its FTE in
 * post, set by training plans), any other role's recurring need from `demandHours` (the work
 * demanded net of trainees' work, by NEED_ACTIVITIES from `offset`).
 */
export function fteNeeded(config: ModelConfig, role: number, demandHours: ArrayLike<number>, offset: number, establishmentFte: number, weeksInYear: number): number {
  return config.roleIsTrainee[role] ? establishmentFte : recurringNeedFte(config, role, demandHours, offset, weeksInYear);
}
