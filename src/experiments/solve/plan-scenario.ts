import { createHash } from 'node:crypto';
import { scenarioSchema, type Scenario } from '../../scenario/schema/scenario.js';
import type { SolveUnit } from './units.js';

/** Extra FTE in post from 1 April of each year, by role: cumulative totals, one map per year index. */
export type StaffingPlan = ReadonlyArray<ReadonlyMap<string, number>>;

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
          fromDate: `${s.run.startYear + y}-04-01`, label: `solve: ${unit.scope} ${unit.id}`,
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
