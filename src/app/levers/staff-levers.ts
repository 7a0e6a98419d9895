import type { Scenario } from '../../scenario/schema/scenario.js';
import { setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';
import { simulatedPlaces } from './scope.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * FTE by role and network, plus a % change by role everywhere. A network's new total is shared
 * among its CGSs in proportion to their baseline FTE of that role (by population when none).
 */
export function staffLevers(s: Scenario): LeverGroup {
  const places = simulatedPlaces(s);
  const roles = Object.keys(s.workforce.roles);
  const staff = (c: string, r: string) => s.workforce.staff[c]?.[r] ?? 0;
  const cgsOf = (n: string) => places.cgs.filter((c) => s.geography.cgs[c]!.networkId === n);
  const networkTotal = (n: string, r: string) => cgsOf(n).reduce((t, c) => t + staff(c, r), 0);
  const levers: LeverDef[] = [];
  for (const r of roles) {
    const label = s.workforce.roles[r]!.label;
    for (const n of places.networks) {
      levers.push({ id: `fte-${n}-${r}`, label: `${label}, ${n.replace(/_/g, ' ')} network`, unit: 'FTE', kind: 'number', baseline: round2(networkTotal(n, r)), min: 0, step: 0.1, row: r, column: n });
    }
    levers.push({ id: `fte-pct-${r}`, label: `${label}, change in every network`, unit: '%', kind: 'number', baseline: 0, min: -100, max: 500, step: 5, row: r, column: '% change' });
  }
  const lever = (id: string) => levers.find((l) => l.id === id)!;
  return {
    id: 'staff',
    title: 'Staff in post (FTE by role and network)',
    help: 'FTE at the start of the run. A network total is shared among its CGSs in proportion to their current FTE of the role (by population where there is none); the % change applies on top, in every network. Recruitment adds to these.',
    levers,
    grid: true,
    apply(values, over) {
      for (const r of roles) {
        const pct = Number(valueOf(values, lever(`fte-pct-${r}`)));
        for (const n of places.networks) {
          const total = lever(`fte-${n}-${r}`);
          const value = Number(valueOf(values, total));
          if (value === total.baseline && pct === 0) continue;
          const base = networkTotal(n, r);
          for (const c of cgsOf(n)) {
            const share = base > 0 ? staff(c, r) / base : places.population.get(c)! / places.population.get(n)!;
            const fte = (value === total.baseline ? staff(c, r) : value * share) * (1 + pct / 100);
            setPath(over, ['workforce', 'staff', c, r], fte);
          }
        }
      }
    },
  };
}
