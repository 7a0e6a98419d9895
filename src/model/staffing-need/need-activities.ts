import { ACTIVITIES, RESERVED_ACTIVITIES } from '../../scenario/schema/primitives.js';
import type { ModelConfig } from '../model-config.js';
import { ACTIVITY } from '../vocabulary.js';

/**
 * The work staffing need is made of: every skill-mix activity plus supervising trainees.
 * Recurring need counts the hours of each that the year's demand generates.
 */
export const NEED_ACTIVITIES = [...ACTIVITIES, 'supervision'] as const;
export type NeedActivity = (typeof NEED_ACTIVITIES)[number];
export const N_NEED = NEED_ACTIVITIES.length;
export const NEED_SUPERVISION = NEED_ACTIVITIES.indexOf('supervision');

/** Work shared by the team in proportion to FTE rather than given to the first role that may do it. */
export const TEAM_WORK: ReadonlySet<number> = new Set([ACTIVITY.advice_guidance, ACTIVITY.training_mainstream]);

const N_RESERVED = RESERVED_ACTIVITIES.length;
const SUPERVISION_RESERVE = RESERVED_ACTIVITIES.indexOf('supervision');

/**
 * Who does each hour of work at the intended skill mix, by [(cgs * N_NEED + activity) * roles + role]
 * (weights summing to 1, or all 0 where nobody may do it): the first role in the skill-mix
 * preference order that the CGS employs at baseline, as if staff were sufficient, so a shortage
 * of that role during the run never moves its work to another. Team work (advice and guidance,
 * training mainstream colleagues) is shared by baseline FTE among the roles allowed; supervision
 * among the qualified roles whose job plans reserve time for it. MDT minutes are per attendee:
 * each role the CGS employs gives them once per attendee it sends (workforce.roles.<id>.mdtAttendeesPerCase),
 * so those weights sum to the attendees per case, not to 1.
 */
export function intendedShares(config: ModelConfig): Float64Array {
  const nRoles = config.roleIds.length;
  const out = new Float64Array(config.cgsIds.length * N_NEED * nRoles);
  const baseline = (c: number, r: number) => config.baselineFte[c * nRoles + r]!;
  const supervisors = config.roleIds.map((_, r) => r).filter((r) => !config.roleIsTrainee[r] && config.roleReserved[r * N_RESERVED + SUPERVISION_RESERVE]! > 0);
  for (let c = 0; c < config.cgsIds.length; c++) {
    for (let a = 0; a < N_NEED; a++) {
      const at = (c * N_NEED + a) * nRoles;
      if (a === ACTIVITY.mdt) {
        for (let r = 0; r < nRoles; r++) if (baseline(c, r) > 0) out[at + r] = config.roleMdtAttendees[r]!;
        continue;
      }
      const allowed = a === NEED_SUPERVISION ? supervisors : Array.from(config.skillMix[a]!);
      if (allowed.length === 0) continue;
      if (a === NEED_SUPERVISION || TEAM_WORK.has(a)) {
        const total = allowed.reduce((sum, r) => sum + baseline(c, r), 0);
        if (total > 0) for (const r of allowed) out[at + r] = baseline(c, r) / total;
        else out[at + allowed[0]!] = 1;
      } else {
        out[at + (allowed.find((r) => baseline(c, r) > 0) ?? allowed[0]!)] = 1;
      }
    }
  }
  return out;
}
