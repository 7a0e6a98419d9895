import type { Scenario } from '../../scenario/schema/scenario.js';
import { labelOf, setPath, valueOf, type LeverDef, type LeverGroup, type LeverValue } from './lever-types.js';
import { simulatedPlaces } from './scope.js';

const STEPS = 3;
const EVERYWHERE = 'all';

/**
 * Up to three recruitment steps: FTE of a role added from 1 April of a year, in one network or
 * shared by population across every simulated network. The scenario's own recruitment stays.
 */
export function recruitmentLevers(s: Scenario): LeverGroup {
  const places = simulatedPlaces(s);
  const roles = Object.keys(s.workforce.roles);
  const years = Array.from({ length: Math.max(s.run.years, 10) }, (_, i) => String(s.run.startYear + i));
  const levers: LeverDef[] = [];
  for (let i = 1; i <= STEPS; i++) {
    const row = `step ${i}`;
    levers.push(
      { id: `recruit-${i}-fte`, label: `Recruitment step ${i}: FTE added`, unit: 'FTE', kind: 'number', baseline: 0, min: -500, max: 500, step: 0.5, row, column: 'FTE added' },
      { id: `recruit-${i}-role`, label: `Recruitment step ${i}: role`, unit: '', kind: 'select', baseline: roles[0]!, options: roles.map((r) => ({ value: r, label: s.workforce.roles[r]!.label })), row, column: 'role' },
      { id: `recruit-${i}-year`, label: `Recruitment step ${i}: from April of`, unit: '', kind: 'select', baseline: years[1] ?? years[0]!, options: years.map((y) => ({ value: y, label: y })), row, column: 'from April of' },
      { id: `recruit-${i}-where`, label: `Recruitment step ${i}: where`, unit: '', kind: 'select', baseline: EVERYWHERE,
        options: [{ value: EVERYWHERE, label: 'every network (by population)' }, ...places.networks.map((n) => ({ value: n, label: `${labelOf(n)} network` }))], row, column: 'where' },
    );
  }
  const get = (values: ReadonlyMap<string, LeverValue>, id: string) => valueOf(values, levers.find((l) => l.id === id)!);
  return {
    id: 'recruitment',
    title: 'Recruitment from a year',
    help: 'FTE added (negative: removed) from 1 April of the year chosen, on top of the recruitment the scenario already plans. Within a network the FTE is shared by CGS population.',
    levers,
    grid: true,
    apply(values, over) {
      const added: Record<string, unknown>[] = [];
      for (let i = 1; i <= STEPS; i++) {
        const fte = Number(get(values, `recruit-${i}-fte`));
        if (fte === 0) continue;
        const where = String(get(values, `recruit-${i}-where`));
        const networks = where === EVERYWHERE ? places.networks : [where];
        const people = networks.reduce((t, n) => t + places.population.get(n)!, 0);
        for (const n of networks) {
          added.push({
            role: String(get(values, `recruit-${i}-role`)), networkId: n, fteChange: where === EVERYWHERE ? fte * places.population.get(n)! / people : fte,
            fromDate: `${String(get(values, `recruit-${i}-year`))}-04-01`, label: `what-if step ${i}`,
          });
        }
      }
      // Lists replace when scenarios merge, so the scenario's own steps are restated first.
      if (added.length > 0) setPath(over, ['workforce', 'recruitment'], [...s.workforce.recruitment.map((r) => ({ ...r })), ...added]);
    },
  };
}
