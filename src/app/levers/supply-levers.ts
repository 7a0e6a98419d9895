import type { Scenario } from '../../scenario/schema/scenario.js';
import { placesInYear, withPlacesFrom } from '../../supply/places-schedule.js';
import { changed, labelOf, setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';
import { simulatedPlaces } from './scope.js';

/**
 * Training places per role (only for scenarios with a supply section): staffing from the
 * training pipeline on or off, and each role's places from a year as % of the current places.
 */
export function trainingLevers(s: Scenario): LeverGroup | undefined {
  const supply = s.supply;
  if (supply === undefined) return undefined;
  const networks = simulatedPlaces(s).networks.filter((n) => supply.networks[n] !== undefined);
  const roles = Object.keys(supply.roles);
  const years = Array.from({ length: Math.max(s.run.years, 10) }, (_, i) => String(s.run.startYear + i));
  const mode: LeverDef = { id: 'supply-mode', label: 'Staffing follows the training pipeline (otherwise staff in post plus recruitment)', unit: '', kind: 'checkbox', baseline: supply.mode === 'pipeline' };
  const from: LeverDef = { id: 'places-from', label: 'Training places change from', unit: '', kind: 'select', baseline: years[1] ?? years[0]!, options: years.map((y) => ({ value: y, label: y })) };
  const perRole: LeverDef[] = roles.map((r) => {
    const now = networks.reduce((t, n) => t + (supply.networks[n]![r] ? placesInYear(supply.networks[n]![r]!.trainingPlacesPerYear, s.run.startYear) : 0), 0);
    return { id: `places-${r}`, label: `${labelOf(r)} training places a year (now ${Math.round(now * 10) / 10})`, unit: '% of now', kind: 'number', baseline: 100, min: 0, max: 500, step: 25 };
  });
  return {
    id: 'training',
    title: 'Training places',
    help: 'Used when staffing follows the training pipeline: trainees start at once, qualified staff join after training and the time to fill a post.',
    levers: [mode, from, ...perRole],
    apply(values, over) {
      if (changed(values, mode)) setPath(over, ['supply', 'mode'], valueOf(values, mode) ? 'pipeline' : 'fixed');
      const year = Number(valueOf(values, from));
      roles.forEach((r, i) => {
        const factor = Number(valueOf(values, perRole[i]!)) / 100;
        if (factor === 1) return;
        for (const n of networks) {
          const line = supply.networks[n]![r];
          if (line === undefined) continue;
          const schedule = line.trainingPlacesPerYear;
          setPath(over, ['supply', 'networks', n, r, 'trainingPlacesPerYear'], withPlacesFrom(schedule, year, placesInYear(schedule, year) * factor));
        }
      });
    },
  };
}
