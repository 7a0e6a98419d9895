import { describe, expect, it } from 'vitest';
import { allocatePlaces, largestRemainder, type FteNeed, type SupplyLine } from '../../src/supply/index.js';
import { line, params } from './fixtures.js';

const NETWORKS = ['north_west', 'east', 'south_west'];
const POPULATION = { north_west: 7_000_000, east: 6_000_000, south_west: 3_000_000 };

/** Three networks with the same staff per head of population except where `staff` says otherwise. */
function lines(staff: Record<string, number>, overrides: Partial<SupplyLine> = {}): SupplyLine[] {
  return NETWORKS.map((network) => line({ network, initialQualifiedHeadcount: staff[network]!, trainingPlacesPerYear: 2, timeToFillMonths: 0, ...overrides }));
}

const options = (totalPlaces: number) => ({
  role: 'genetic_counsellor', totalPlaces, startYear: 2026, fromYear: 2027, finalYear: 2036, populationByNetwork: POPULATION,
});

describe('largestRemainder', () => {
  it('gives whole shares summing exactly to the total, remainders to the largest fractions', () => {
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(largestRemainder([7, 6, 3], 40)).toEqual([18, 15, 7]);
    for (const total of [0, 1, 13, 40, 101]) expect(largestRemainder([0.3, 5, 2.2, 9], total).reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('allocatePlaces', () => {
  it('splits exactly N whole places, and the population-share split also sums to N', () => {
    const need: FteNeed = (_y, network) => ({ north_west: 60, east: 50, south_west: 40 } as Record<string, number>)[network]!;
    for (const total of [1, 7, 40]) {
      const rows = allocatePlaces(params(...lines({ north_west: 50, east: 40, south_west: 20 })), need, options(total));
      expect(rows.map((r) => r.network)).toEqual(NETWORKS);
      expect(rows.reduce((sum, r) => sum + r.places, 0)).toBe(total);
      expect(rows.reduce((sum, r) => sum + r.placesPopulationShare, 0)).toBe(total);
      for (const r of rows) expect(Number.isInteger(r.places)).toBe(true);
    }
  });

  it('closes more of the gaps than a population-share split when need is skewed', () => {
    // South West is far short of its need; the larger networks already have what they need.
    const need: FteNeed = (_y, network) => ({ north_west: 30, east: 25, south_west: 60 } as Record<string, number>)[network]!;
    const rows = allocatePlaces(params(...lines({ north_west: 60, east: 50, south_west: 10 })), need, options(12));
    const closed = rows.reduce((sum, r) => sum + r.gapClosedFte, 0);
    const closedByPopulation = rows.reduce((sum, r) => sum + r.gapClosedPopulationShareFte, 0);
    expect(closed).toBeGreaterThan(closedByPopulation + 1);
    expect(rows.find((r) => r.network === 'south_west')!.places).toBeGreaterThan(rows.find((r) => r.network === 'south_west')!.placesPopulationShare);
    // Each place adds the same FTE in every network here, so FTE after follows places exactly.
    for (const r of rows) expect(r.gapClosedFte).toBeLessThanOrEqual(Math.max(0, r.gapWithoutPlacesFte) + 1e-9);
  });

  it('where every place closes as much gap, sends places where FTE per 100,000 is lowest, narrowing its spread', () => {
    // Need well above supply everywhere (every place closes its full FTE), South West thinly staffed for its population.
    const need: FteNeed = (_y, network) => ({ north_west: 700, east: 600, south_west: 300 } as Record<string, number>)[network]!;
    const rows = allocatePlaces(params(...lines({ north_west: 60, east: 50, south_west: 10 })), need, options(12));
    const closed = rows.reduce((sum, r) => sum + r.gapClosedFte, 0);
    const closedByPopulation = rows.reduce((sum, r) => sum + r.gapClosedPopulationShareFte, 0);
    expect(closed).toBeCloseTo(closedByPopulation, 9);
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    expect(spread(rows.map((r) => r.ftePer100kAfter))).toBeLessThan(spread(rows.map((r) => r.ftePer100kAfterPopulationShare)));
  });

  it('keeps within what supervisors can host while any network has room, and names the supervisor FTE missing beyond it', () => {
    const need: FteNeed = (_y, network) => ({ north_west: 100, east: 100, south_west: 100 } as Record<string, number>)[network]!;
    const p = { lines: lines({ north_west: 60, east: 50, south_west: 10 }, { ftePerHead: 1 }), reservedSupervisionHoursPerFtePerWeek: { genetic_counsellor: 1 } };
    const rows = allocatePlaces(p, need, options(30));
    for (const r of rows) expect(r.hostablePlaces).toBeGreaterThan(0);
    const south = rows.find((r) => r.network === 'south_west')!;
    // 10 FTE × 1 h reserved, 4 h per trainee and about 2.9 trainees per place a year: under a place a year there.
    expect(south.hostablePlaces).toBeLessThan(1);
    expect(rows.reduce((sum, r) => sum + r.places, 0)).toBe(30);
    const over = rows.filter((r) => r.places > r.hostablePlaces);
    for (const r of over) expect(r.supervisorFteShort).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.places <= x.hostablePlaces)) expect(r.supervisorFteShort).toBe(0);
  });
});
