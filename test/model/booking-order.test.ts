import { beforeAll, describe, expect, it } from 'vitest';
import { DAYS_PER_WEEK, DAYS_PER_YEAR } from '../../src/engine/time.js';
import type { ModelConfig } from '../../src/model/model-config.js';
import { bookableDelayDays, counter, runFixture, total, type ModelRun } from './run-model.js';

/**
 * Booking order on the stationary South West fixture, with a long-term review caseload far
 * larger than the counsellors can see: one indication (rare disease, children) is half complex,
 * every complex patient stays under monthly review for 20 years, and the day-0 caseload is
 * seeded from those flows. Counsellors give first appointments, follow-ups and reviews.
 */
const REVIEW_FLOOD = [
  'demand.indications.rare_disease_paediatric.complexity.complexShareStart=0.5',
  'demand.indications.rare_disease_paediatric.longTermManagementShareComplex=1',
  'demand.indications.rare_disease_paediatric.longTermManagementYears=20',
  'demand.indications.rare_disease_paediatric.longTermReviewIntervalMonths=1',
  'workforce.skillMix.first_complex=[genetic_counsellor]',
  'workforce.skillMix.review=[genetic_counsellor]',
  'workforce.skillMix.follow_up=[genetic_counsellor]',
  'run.years=3',
];

/** Expected accepted urgent referrals per day at CGS c. */
function urgentPerDay(config: ModelConfig, c: number): number {
  const notBooked = config.scenario.pathway.notBookedShare;
  return config.indications.reduce((a, ind) =>
    a + (config.population[c]! / 1e5) * ind.ratePer100kPerYear / DAYS_PER_YEAR * (1 - ind.triageClosedShare) * (1 - notBooked) * ind.priorityCumulative[0]!, 0);
}

describe('urgent new patients are booked before routine follow-ups and reviews', () => {
  let run: ModelRun;
  beforeAll(async () => {
    run = await runFixture('stationary-south-west', REVIEW_FLOOD, 3);
  });

  it('the reviews due are more than the counsellors can see: reviews fall overdue every year', () => {
    for (const m of run.runs) for (let c = 0; c < m.nCgs; c++) for (let y = 0; y < m.years; y++) {
      expect(counter(m, y, c, 'followups_overdue_end')).toBeGreaterThan(100);
    }
  });

  it('yet urgent patients wait only until bookable: the year-end urgent list stays within twice its no-queue size', () => {
    // No queue: the last 7 days of urgent referrals plus those in triage or family-history
    // preparation, λ_u × (7 + delay) patients. Booking reviews first would starve them instead.
    for (const m of run.runs) for (let c = 0; c < m.nCgs; c++) for (let y = 0; y < m.years; y++) {
      const noQueue = urgentPerDay(run.config, c) * (DAYS_PER_WEEK + bookableDelayDays(run.config, 0));
      expect(counter(m, y, c, 'waiting_end_urgent'), `${run.config.cgsIds[c]} year ${y}`).toBeLessThan(2 * noQueue);
    }
  });

  it('while the routine list, booked after the reviews, grows', () => {
    for (const m of run.runs) for (let c = 0; c < m.nCgs; c++) {
      expect(counter(m, m.years - 1, c, 'waiting_end_routine')).toBeGreaterThan(counter(m, 0, c, 'waiting_end_routine'));
    }
  });
});

describe('an appointment that does not fit this week does not block those behind it', () => {
  let run: ModelRun;
  beforeAll(async () => {
    // Reviews of complex patients now take longer than any counsellor's week, so none is ever
    // booked; every patient without a test (all, here) needs a short follow-up 4 weeks later.
    run = await runFixture('stationary-south-west', [
      ...REVIEW_FLOOD,
      'appointments.review.complex.durationMinutes=100000',
      'pathway.followUpShareStandard=1',
      'pathway.followUpShareComplex=1',
      'pathway.followUpDelayWeeks=4',
    ], 2);
  });

  it('no review is ever booked', () => {
    for (const m of run.runs) expect(total(m, 'review_appointments')).toBe(0);
  });

  it('follow-ups due behind the unbookable reviews still take place: nearly one per first appointment', () => {
    // A first appointment in the last 4 weeks has its follow-up after the horizon; allow 10%.
    for (const m of run.runs) for (let c = 0; c < m.nCgs; c++) {
      const firsts = total(m, 'first_appointments', [c]);
      expect(firsts).toBeGreaterThan(1000);
      expect(total(m, 'follow_up_appointments', [c])).toBeGreaterThan(0.9 * firsts);
    }
  });
});
