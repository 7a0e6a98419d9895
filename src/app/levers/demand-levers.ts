import type { Scenario } from '../../scenario/schema/scenario.js';
import { changed, percent, setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';

/** Mainstreaming speed (midpoint year) and ceiling for each indication that has an adoption curve. */
export function mainstreamingLevers(s: Scenario): LeverGroup {
  const levers: LeverDef[] = [];
  for (const [id, ind] of Object.entries(s.demand.indications)) {
    const m = ind.mainstreaming;
    if (m === undefined) continue;
    levers.push(
      { id: `ms-${id}-midpoint`, label: `${ind.label}: year half the ceiling is reached`, unit: 'year', kind: 'number', baseline: m.midpointYear, min: m.startYear, max: m.startYear + 30, step: 0.5, row: id, column: 'midpoint year' },
      { id: `ms-${id}-ceiling`, label: `${ind.label}: share eventually mainstreamed`, unit: '%', kind: 'number', baseline: percent(m.ceilingShare), min: 0, max: 100, step: 5, row: id, column: 'ceiling %' },
    );
  }
  return {
    id: 'mainstreaming',
    title: 'Mainstreaming by indication',
    help: 'Mainstream specialties take a growing share of referrals along an S-curve: an earlier midpoint is faster, a higher ceiling goes further. Returns as complex, advice and guidance, MDT and joint-clinic work stay as the scenario says.',
    levers,
    grid: true,
    apply(values, over) {
      for (const lever of levers) {
        if (!changed(values, lever)) continue;
        const [, id, what] = /^ms-(.+)-(midpoint|ceiling)$/.exec(lever.id)!;
        const v = Number(valueOf(values, lever));
        setPath(over, ['demand', 'indications', id!, 'mainstreaming', what === 'midpoint' ? 'midpointYear' : 'ceilingShare'], what === 'midpoint' ? v : v / 100);
      }
    },
  };
}

/** Growth of complex demand: the yearly drift of every indication's complex share, as % of the scenario's. */
export function complexDemandLevers(s: Scenario): LeverGroup {
  const lever: LeverDef = { id: 'complex-growth', label: 'Yearly growth of the complex share of referrals, as % of the scenario\'s', unit: '%', kind: 'number', baseline: 100, min: 0, max: 500, step: 25 };
  return {
    id: 'complex',
    title: 'Complex demand growth',
    help: 'Each indication\'s complex share drifts by some points a year up to its cap: 200% doubles every drift, 0% holds the complex share at its starting level.',
    levers: [lever],
    apply(values, over) {
      const factor = Number(valueOf(values, lever)) / 100;
      for (const [id, ind] of Object.entries(s.demand.indications)) {
        setPath(over, ['demand', 'indications', id, 'complexity', 'complexDriftPerYear'], ind.complexity.complexDriftPerYear * factor);
      }
    },
  };
}
