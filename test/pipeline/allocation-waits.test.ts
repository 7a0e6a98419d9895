import { afterAll, describe, expect, it } from 'vitest';
import { allocationWaits, scenarioWithPlaces, spreadBetweenNetworks } from '../../src/experiments/allocation-waits.js';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { placesInYear } from '../../src/supply/index.js';
import { smallScenario } from './fixtures.js';

const places = (network: string, role: string, count: number) => new Map([[network, new Map([[role, count]])]]);

describe('scenarioWithPlaces', () => {
  it('takes staffing from the pipeline and sets the places from fromYear on, keeping the years before', async () => {
    const { file } = smallScenario();
    const { scenario: base } = await loadScenario(file);
    expect(base.supply!.mode).toBe('fixed');
    const before = base.supply!.networks.south_west!.genetic_counsellor!.trainingPlacesPerYear;
    const { scenario, hash } = scenarioWithPlaces(base, 2027, places('south_west', 'genetic_counsellor', 7));
    expect(scenario.supply!.mode).toBe('pipeline');
    const after = scenario.supply!.networks.south_west!.genetic_counsellor!.trainingPlacesPerYear;
    expect(placesInYear(after, 2026)).toBe(placesInYear(before, 2026));
    expect(placesInYear(after, 2027)).toBe(7);
    expect(placesInYear(after, 2031)).toBe(7);
    // Other roles keep their schedule; the base scenario is not changed.
    expect(scenario.supply!.networks.south_west!.clinical_geneticist).toEqual(base.supply!.networks.south_west!.clinical_geneticist);
    expect(base.supply!.networks.south_west!.genetic_counsellor!.trainingPlacesPerYear).toEqual(before);
    // Each split is its own scenario to the workers, which cache compiled models by hash.
    expect(scenarioWithPlaces(base, 2027, undefined).hash).not.toBe(hash);
    expect(scenarioWithPlaces(base, 2027, places('south_west', 'genetic_counsellor', 7)).hash).toBe(hash);
  });

  it('names a network and role the scenario does not have', async () => {
    const { scenario: base } = await loadScenario(smallScenario().file);
    expect(() => scenarioWithPlaces(base, 2027, places('south_west', 'no_such_role', 1))).toThrow(/supply\.networks\.south_west\.no_such_role is not in the scenario/);
  });
});

describe('allocationWaits', () => {
  const pool = new ReplicationPool(1);
  afterAll(() => pool.close());

  it('more genetic counsellor places shorten the waits once they qualify; identical splits give identical waits (same seed)', async () => {
    // Seven years: places from 2027 reach posts from 2030 (3 years' training, 4 months to fill).
    // Without the supervision limit, so the places all start and the comparison isolates staffing.
    const { file } = smallScenario('supply: { limitIntakeBySupervision: false }', 7);
    const { scenario } = await loadScenario(file);
    const rows = await allocationWaits(scenario, [
      { name: 'none', places: places('south_west', 'genetic_counsellor', 0) },
      { name: 'many', places: places('south_west', 'genetic_counsellor', 12) },
      { name: 'none_again', places: places('south_west', 'genetic_counsellor', 0) },
    ], pool, { fromYear: 2027, replications: 1, seed: 5 });
    expect(rows.map((r) => [r.split, r.network, r.year, r.replications])).toEqual([
      ['none', 'south_west', 2032, 1], ['many', 'south_west', 2032, 1], ['none_again', 'south_west', 2032, 1],
    ]);
    const [none, many, again] = rows;
    expect(again).toEqual({ ...none, split: 'none_again' });
    expect(many!.waitingListEnd).toBeLessThan(none!.waitingListEnd);
    expect(many!.medianWaitWeeks).toBeLessThan(none!.medianWaitWeeks);
    expect(many!.pctWithin18Weeks).toBeGreaterThan(none!.pctWithin18Weeks);
  }, 120_000);
});

describe('spreadBetweenNetworks', () => {
  it('is the largest less the smallest value of one split, NaN when it has none', () => {
    const row = (split: string, network: string, medianWaitWeeks: number) => ({ split, network, year: 2030, replications: 1, medianWaitWeeks, pctWithin18Weeks: 0.5, waitingListEnd: 10 });
    const rows = [row('a', 'x', 10), row('a', 'y', 14.5), row('a', 'z', NaN), row('b', 'x', 40)];
    expect(spreadBetweenNetworks(rows, 'a', 'medianWaitWeeks')).toBe(4.5);
    expect(spreadBetweenNetworks(rows, 'b', 'medianWaitWeeks')).toBe(0);
    expect(spreadBetweenNetworks(rows, 'c', 'medianWaitWeeks')).toBeNaN();
  });
});
