import type { StaffIndexRow } from '../scenario/staff-by-year.js';
import type { Scenario } from '../scenario/schema/scenario.js';

export interface BackcastWorkforce {
  /** Staff by CGS and role in the start year. */
  readonly staff: Record<string, Record<string, number>>;
  /** Network changes on 1 April of each later year, bringing each network back to its baseline FTE. */
  readonly recruitment: { role: string; networkId?: string; cgsId?: string; fteChange: number; fromDate: string; label: string }[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Staff for a back-cast from `startYear`: each CGS's baseline FTE times the role's share in that
 * year, then each year's change in share applied to the network's baseline FTE (shared by
 * population within the network, as recruitment is). A role without rows keeps its baseline.
 * So staff reach the baseline in the year the shares reach 1 (2026), and the back-cast meets
 * the baseline there.
 */
export function backcastWorkforce(scenario: Scenario, index: readonly StaffIndexRow[], startYear: number): BackcastWorkforce {
  const share = (role: string, year: number): number => {
    const rows = index.filter((r) => r.role === role);
    if (rows.length === 0) return 1;
    const at = rows.find((r) => r.year === year);
    return at?.fteShareOfBaseline ?? (year < Math.min(...rows.map((r) => r.year)) ? rows[0]!.fteShareOfBaseline : 1);
  };
  const staff: BackcastWorkforce['staff'] = {};
  for (const [cgs, roles] of Object.entries(scenario.workforce.staff)) {
    staff[cgs] = Object.fromEntries(Object.entries(roles).map(([role, fte]) => [role, round1(fte * share(role, startYear))]));
  }
  const recruitment: BackcastWorkforce['recruitment'] = [];
  const lastYear = Math.max(startYear, ...index.map((r) => r.year));
  for (const networkId of Object.keys(scenario.geography.networks)) {
    const cgsIds = Object.keys(scenario.geography.cgs).filter((c) => scenario.geography.cgs[c]!.networkId === networkId);
    for (const role of Object.keys(scenario.workforce.roles)) {
      const baselineOf = (c: string) => scenario.workforce.staff[c]?.[role] ?? 0;
      // A network change is shared by population, which would give a role to a CGS that has none: then change each CGS that has it.
      const units = cgsIds.every((c) => baselineOf(c) > 0) ? [{ networkId, cgs: cgsIds }] : cgsIds.filter((c) => baselineOf(c) > 0).map((c) => ({ cgsId: c, cgs: [c] }));
      for (const unit of units) {
        const baseline = unit.cgs.reduce((s, c) => s + baselineOf(c), 0);
        const started = unit.cgs.reduce((s, c) => s + (staff[c]?.[role] ?? 0), 0);
        let added = 0;
        for (let year = startYear + 1; year <= lastYear; year++) {
          // The last step also absorbs rounding, so the unit ends exactly at its baseline.
          const change = year === lastYear ? baseline - started - added : round2(baseline * (share(role, year) - share(role, year - 1)));
          if (Math.abs(change) < 0.005) continue;
          added += change;
          const { cgs: _members, ...target } = unit;
          recruitment.push({ role, ...target, fteChange: round2(change), fromDate: `${year}-04-01`, label: `staff_by_year.csv: ${role} ${year}` });
        }
      }
    }
  }
  return { staff, recruitment };
}
