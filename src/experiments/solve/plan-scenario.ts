import { createHash } from 'node:crypto';
import { scenarioSchema, type Scenario } from '../../scenario/schema/scenario.js';
import type { SolveUnit } from './units.js';

/**
 * Extra FTE by role recruited at the start (1 April) of each year: cumulative totals, one map
 * per year index. Staff recruited at the start of a year are in post a role's time to fill a
 * post later (timeToFillMonths); the recruitment entries carry that in-post date.
 */
export type StaffingPlan = ReadonlyArray<ReadonlyMap<string, number>>;

/**
 * Months from deciding to recruit to staff being in post, by role: workforce.roles.<id>.timeToFillMonths,
 * else the supply data's value for the role (supply.roles.<id>.timeToFillMonths), else 0.
 */
export function timeToFillMonths(s: Scenario, role: string): number {
  return s.workforce.roles[role]?.timeToFillMonths ?? s.supply?.roles?.[role]?.timeToFillMonths ?? 0;
}

/** The date staff recruited at the start of year index `y` are in post (YYYY-MM-DD, 1st of a month). */
export function inPostDate(s: Scenario, role: string, y: number): string {
  const months = Math.ceil(timeToFillMonths(s, role) - 1e-9);
  const monthIndex = 3 + months; // April is month 3 counting from January = 0.
  const year = s.run.startYear + y + Math.floor(monthIndex / 12);
  return `${year}-${String((monthIndex % 12) + 1).padStart(2, '0')}-01`;
}

/** Recruitment entries that put a plan into a scenario, split across the unit's CGSs by population. */
export function planRecruitment(s: Scenario, unit: SolveUnit, plan: StaffingPlan): Scenario['workforce']['recruitment'] {
  const population = unit.cgsIds.reduce((a, c) => a + s.geography.cgs[c]!.population, 0);
  const entries: Scenario['workforce']['recruitment'] = [];
  plan.forEach((extra, y) => {
    for (const [role, total] of extra) {
      const before = y > 0 ? (plan[y - 1]!.get(role) ?? 0) : 0;
      const change = total - before;
      if (Math.abs(change) < 1e-9) continue;
      for (const c of unit.cgsIds) {
        entries.push({
          role, cgsId: c, fteChange: Math.round((change * s.geography.cgs[c]!.population * 1000) / population) / 1000,
          fromDate: inPostDate(s, role, y), label: `solve: ${unit.scope} ${unit.id}`,
        });
      }
    }
  });
  return entries;
}

/** The scenario for one candidate plan, simulated for `years` years on the unit's networks only. */
export function candidateScenario(base: Scenario, unit: SolveUnit, plan: StaffingPlan, years: number): { scenario: Scenario; hash: string } {
  const draft = structuredClone(base) as Scenario & { run: { years: number }; geography: { includeNetworks: unknown } };
  draft.run.years = years;
  draft.geography.includeNetworks = [...unit.networks];
  draft.workforce.recruitment = [...base.workforce.recruitment, ...planRecruitment(base, unit, plan)];
  const scenario = scenarioSchema.parse(draft);
  return { scenario, hash: createHash('sha256').update(JSON.stringify(scenario)).digest('hex') };
}
