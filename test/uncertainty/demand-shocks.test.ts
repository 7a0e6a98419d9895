import { beforeAll, describe, expect, it } from 'vitest';
import { dateToDay } from '../../src/model/calendar-dates.js';
import { applyShocks } from '../../src/model/demand-shocks.js';
import type { ReplicationMetrics } from '../../src/model/metrics.js';
import { N_PRIORITIES } from '../../src/model/model-config.js';
import { runFixture, total, type ModelRun } from '../model/run-model.js';

const FROM = '2027-07-01', TO = '2027-10-01';
const SHOCK = `demand.shocks=[{indication: inherited_cancer, from: "${FROM}", to: "${TO}", multiplier: 3}]`;

/** Everyone on the first-appointment lists in week `w`, over CGSs and priorities. */
function listInWeek(m: ReplicationMetrics, w: number): number {
  const cells = m.nCgs * N_PRIORITIES;
  let sum = 0;
  for (let k = 0; k < cells; k++) sum += m.weeklyWaiting[w * cells + k]!;
  return sum;
}

/**
 * South West, two years, 3 replications with and without a tripling of inherited-cancer
 * referrals from 1 July to 1 October 2027 (year 2027/28). Same seeds, so everything before the
 * shock is identical, draw for draw; in its months there are more referrals and a longer list.
 */
describe('demand shocks', () => {
  let base: ModelRun;
  let shocked: ModelRun;
  const fromWeek = Math.floor(dateToDay(FROM, 2026) / 7);
  const toWeek = Math.floor(dateToDay(TO, 2026) / 7);
  beforeAll(async () => {
    const sets = ['run.years=2', 'run.uncertainty=none'];
    base = await runFixture('stationary-south-west', sets, 3);
    shocked = await runFixture('stationary-south-west', [...sets, SHOCK], 3);
  }, 300_000);

  it('changes nothing before it starts', () => {
    shocked.runs.forEach((m, r) => {
      expect(total(m, 'referrals_received', undefined, [0])).toBe(total(base.runs[r]!, 'referrals_received', undefined, [0]));
      for (let w = 0; w < fromWeek; w++) expect(listInWeek(m, w), `week ${w}`).toBe(listInWeek(base.runs[r]!, w));
    });
  });

  it('raises referrals in its year by about the extra quarter of inherited-cancer referrals', () => {
    const ratePerYear = base.config.indications.find((i) => i.id === 'inherited_cancer')!.ratePer100kPerYear;
    const population = base.config.population.reduce((a, b) => a + b, 0);
    const extra = 2 * ratePerYear * (population / 1e5) * (dateToDay(TO, 2026) - dateToDay(FROM, 2026)) / 365.25;
    const rise = shocked.runs.map((m, r) => total(m, 'referrals_received', undefined, [1]) - total(base.runs[r]!, 'referrals_received', undefined, [1]));
    const meanRise = rise.reduce((a, b) => a + b, 0) / rise.length;
    // Growth and seasonality move the rate by a few percent; cascade referrals add a little later.
    expect(meanRise).toBeGreaterThan(0.8 * extra);
    expect(meanRise).toBeLessThan(1.3 * extra);
  });

  it('lengthens the list in its months', () => {
    shocked.runs.forEach((m, r) => expect(listInWeek(m, toWeek)).toBeGreaterThan(listInWeek(base.runs[r]!, toWeek)));
  });

  it('splits rate periods at its dates and multiplies only the days it covers', () => {
    const { starts, rates } = applyShocks({ starts: [0, 30, 60], rates: [1, 2, 3] }, [{ fromDay: 45, toDay: 70, multiplier: 2 }], 100);
    expect(starts).toEqual([0, 30, 45, 60, 70]);
    expect(rates).toEqual([1, 2, 4, 6, 3]);
  });
});
