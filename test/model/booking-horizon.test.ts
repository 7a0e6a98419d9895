import { beforeAll, describe, expect, it } from 'vitest';
import { pairedDifferenceInterval } from '../../src/engine/stats/confidence.js';
import { DAYS_PER_WEEK } from '../../src/engine/time.js';
import { bookableDelayDays, runFixture, scaleRates, total, type ModelRun } from './run-model.js';

/** Mean weeks from referral to first appointment, over years 1.. of one replication. */
const meanWaitWeeks = (run: ModelRun, r: number): number => {
  const years = Array.from({ length: run.config.years - 1 }, (_, y) => y + 1);
  return total(run.runs[r]!, 'first_wait_weeks_sum', undefined, years) / total(run.runs[r]!, 'first_appointments', undefined, years);
};

/**
 * With spare capacity (stationary South West fixture, demand × 0.6) a patient is seen in the
 * first booking round after becoming bookable: triage, then family-history preparation for
 * those who need it, then the booking horizon (soon and routine). So waits do not collapse to a
 * week or two: the mean wait rises by exactly the mean delay added, compared with a run with
 * neither (same seeds, paired).
 */
describe('booking horizon and family-history preparation with spare capacity', () => {
  let withDelays: ModelRun;
  let without: ModelRun;
  beforeAll(async () => {
    const base = await runFixture('stationary-south-west', [], 0);
    const sets = [...scaleRates(base.config, 0.6), 'run.years=3'];
    withDelays = await runFixture('stationary-south-west', sets, 4);
    without = await runFixture('stationary-south-west', [...sets, 'pathway.bookingLeadWeeks=0', 'pathway.familyHistoryWeeks=0'], 4);
  });

  it('the data set a horizon and a preparation time', () => {
    expect(withDelays.config.scenario.pathway.bookingLeadWeeks).toBeGreaterThan(0);
    expect(withDelays.config.scenario.pathway.familyHistoryWeeks).toBeGreaterThan(0);
  });

  it('mean wait rises by the mean added delay (paired 95% CI within ±0.5 week of it)', () => {
    const c = withDelays.config;
    // Share of accepted referrals that are urgent (no horizon), weighted by each indication's joins.
    let urgent = 0, all = 0;
    for (const ind of c.indications) {
      const joins = ind.ratePer100kPerYear * (1 - ind.triageClosedShare);
      urgent += joins * ind.priorityCumulative[0]!;
      all += joins;
    }
    const added = (bookableDelayDays(c, 2) - c.scenario.pathway.triageDays) / DAYS_PER_WEEK - (urgent / all) * c.scenario.pathway.bookingLeadWeeks;
    const diff = pairedDifferenceInterval(withDelays.runs.map((_, r) => meanWaitWeeks(withDelays, r)), without.runs.map((_, r) => meanWaitWeeks(without, r)));
    expect(diff.low, `added ${diff.mean.toFixed(2)} weeks, expected ${added.toFixed(2)}`).toBeGreaterThan(added - 0.5);
    expect(diff.high).toBeLessThan(added + 0.5);
    expect(added).toBeGreaterThan(3);
  });
});

/**
 * Slot utilisation: with demand well above capacity every clinic slot that can be used is used,
 * so first appointments scale with the share of clinic time that ends as an appointment; the
 * rest is reported as unused clinic time, and staff hours still add up (staff-hours.test.ts).
 */
describe('slot utilisation share', () => {
  let full: ModelRun;
  let lossy: ModelRun;
  beforeAll(async () => {
    const base = await runFixture('stationary-south-west', [], 0);
    const sets = [...scaleRates(base.config, 1.5), 'run.years=2'];
    full = await runFixture('stationary-south-west', [...sets, 'pathway.slotUtilisationShare=1'], 2);
    lossy = await runFixture('stationary-south-west', [...sets, 'pathway.slotUtilisationShare=0.8'], 2);
  });

  it('first appointments fall to 80%, up to the rounding of whole appointments a week', () => {
    // Each week books floor(0.8 X) instead of floor(X) appointments (X: clinic minutes / minutes
    // per appointment), so the ratio lies in (0.8 − 1/X, 0.8 + 0.8/(X − 1)) with X ≈ the weekly count.
    for (let r = 0; r < full.runs.length; r++) {
      for (let c = 0; c < full.config.cgsIds.length; c++) {
        const fullCount = total(full.runs[r]!, 'first_appointments', [c]);
        const weekly = fullCount / Array.from(full.runs[r]!.weeksPerYear).reduce((a, b) => a + b, 0);
        const ratio = total(lossy.runs[r]!, 'first_appointments', [c]) / fullCount;
        expect(ratio).toBeGreaterThan(0.8 - 1 / weekly);
        expect(ratio).toBeLessThan(0.8 + 0.8 / (weekly - 1));
      }
    }
  });
});
