import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { BASELINE } from './scenario-fixtures.js';

/** CGSs with published evidence of strain (../shared/context/calibration-sources.md): Oxford, East Anglia, Bristol. */
const STRAINED = ['G', 'I', 'L'];

/**
 * The default start list (data/waiting_list_start.csv) is an illustrative assumption, not an
 * observed list, but it follows the published evidence: longer lists and a tail over 52
 * weeks where services have published strain, and some patients over 52 weeks nationally.
 */
describe('default start list reflects the published evidence of strain', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    ({ scenario } = await loadScenario(BASELINE));
  });
  const perCapita = (id: string) => {
    const count = scenario.startWaitingList.filter((r) => r.cgsId === id).reduce((a, r) => a + r.count, 0);
    return (count / scenario.geography.cgs[id]!.population) * 1e5;
  };
  const overAYear = (ids: readonly string[]) => scenario.startWaitingList.filter((r) => ids.includes(r.cgsId) && r.waitedWeeksFrom >= 52).reduce((a, r) => a + r.count, 0);
  const share = (ids: readonly string[], test: (r: Scenario['startWaitingList'][number]) => boolean) => {
    const rows = scenario.startWaitingList.filter((r) => ids.includes(r.cgsId));
    return rows.filter(test).reduce((a, r) => a + r.count, 0) / rows.reduce((a, r) => a + r.count, 0);
  };

  it('the CGSs with published strain start with longer lists per 100,000 than every other CGS', () => {
    const others = Object.keys(scenario.geography.cgs).filter((id) => !STRAINED.includes(id));
    const largestOther = Math.max(...others.map(perCapita));
    for (const id of STRAINED) expect(perCapita(id), id).toBeGreaterThan(largestOther);
  });

  it('patients over 52 weeks are on the list, in a larger share where strain is published', () => {
    const others = Object.keys(scenario.geography.cgs).filter((id) => !STRAINED.includes(id));
    expect(overAYear(others)).toBeGreaterThan(0);
    expect(overAYear(STRAINED)).toBeGreaterThan(0);
    const over = (r: Scenario['startWaitingList'][number]) => r.waitedWeeksFrom >= 52;
    expect(share(STRAINED, over)).toBeGreaterThan(share(others, over));
  });

  it('fewer than 92% of the national start list have waited 18 weeks or less (services are not meeting the standard)', () => {
    const all = Object.keys(scenario.geography.cgs);
    expect(share(all, (r) => r.waitedWeeksTo <= 18)).toBeLessThan(0.92);
  });
});
