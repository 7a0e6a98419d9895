import { beforeAll, describe, expect, it } from 'vitest';
import { studentTInterval } from '../../src/engine/stats/confidence.js';
import { weeksInFinancialYear, yearOfWeekTable } from '../../src/model/planning-weeks.js';
import { counter, runFixture, total, type ModelRun } from './run-model.js';

const INDICATIONS = ['rare_disease_paediatric', 'rare_disease_adult', 'inherited_cancer', 'cardiac', 'prenatal_reproductive', 'predictive_testing', 'familial_hypercholesterolaemia'];
const everyIndication = (field: string, value: number) => INDICATIONS.map((i) => `demand.indications.${i}.${field}=${value}`);

/**
 * Long-term management by indication: only cardiac patients here (half complex, all complex
 * ones kept for 10 years), reviewed every 6 or every 24 months. A caseload under review is
 * seen 12 / interval times a year, so the shorter interval gives about 4 times the reviews.
 */
describe('long-term management: review interval and duration by indication', () => {
  const runs: Record<number, ModelRun> = {};
  beforeAll(async () => {
    const sets = [
      ...everyIndication('longTermManagementShareComplex', 0),
      'demand.indications.cardiac.longTermManagementShareComplex=1',
      'demand.indications.cardiac.complexity.complexShareStart=0.5',
      'demand.indications.cardiac.longTermManagementYears=10',
      'run.years=3',
    ];
    for (const months of [6, 24]) runs[months] = await runFixture('stationary-south-west', [...sets, `demand.indications.cardiac.longTermReviewIntervalMonths=${months}`], 2);
  });

  it('reviews per patient under management follow the indication\'s interval (ratio 3–5 for 6 vs 24 months)', () => {
    for (let r = 0; r < 2; r++) {
      const perPatient = (months: number) => {
        const m = runs[months]!.runs[r]!;
        return total(m, 'review_appointments', undefined, [2]) / (total(m, 'long_term_caseload_end', undefined, [1]) + total(m, 'long_term_caseload_end', undefined, [2])) * 2;
      };
      const ratio = perPatient(6) / perPatient(24);
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThan(5);
    }
  });

  it('the default data keep prenatal and reproductive patients out of long-term management', () => {
    expect(runs[6]!.config.scenario.demand.indications.prenatal_reproductive!.longTermManagementShareComplex).toBe(0);
  });
});

/**
 * One calendar. Referral growth (10% a year here) and complexity drift count from each rate's
 * reference year, and the booking weeks from calendar dates, so 2026/27 looks the same to a run
 * that starts empty in 2024 (two years of warm-up) and to one that starts in 2026.
 */
describe('one calendar: runs starting in 2024 and in 2026 see the same 2026/27', () => {
  let from2024: ModelRun;
  let from2026: ModelRun;
  beforeAll(async () => {
    const sets = [...everyIndication('annualGrowthShare', 0.1), ...everyIndication('complexity.complexShareStart', 0.2), ...everyIndication('complexity.complexDriftPerYear', 0.05)];
    from2024 = await runFixture('stationary-south-west', [...sets, 'run.startYear=2024', 'run.years=3', 'run.warmupYears=2', 'run.startFromWaitingList=false'], 4);
    from2026 = await runFixture('stationary-south-west', [...sets, 'run.startYear=2026', 'run.years=1'], 4);
  });

  it('2026/27 has the same number of booking weeks in both', () => {
    expect(from2024.runs[0]!.weeksPerYear[2]).toBe(from2026.runs[0]!.weeksPerYear[0]);
    expect(from2026.runs[0]!.weeksPerYear[0]).toBe(weeksInFinancialYear(2026));
    const weeks = yearOfWeekTable(2024, 3).filter((y) => y === 2).length;
    expect(weeks).toBe(yearOfWeekTable(2026, 1).length);
  });

  it('2026/27 referrals agree within noise (95% intervals overlap; means within 2%)', () => {
    const a = studentTInterval(from2024.runs.map((m) => total(m, 'referrals_received', undefined, [2])));
    const b = studentTInterval(from2026.runs.map((m) => total(m, 'referrals_received', undefined, [0])));
    expect(a.low, `from 2024: ${a.mean.toFixed(0)}, from 2026: ${b.mean.toFixed(0)}`).toBeLessThan(b.high);
    expect(b.low).toBeLessThan(a.high);
    expect(Math.abs(a.mean - b.mean) / b.mean).toBeLessThan(0.02);
  });

  it('so does the complex share of list joins (within 2 points)', () => {
    const share = (m: ModelRun['runs'][number], y: number) => total(m, 'referrals_complex', undefined, [y]) / total(m, 'list_joins', undefined, [y]);
    const a = studentTInterval(from2024.runs.map((m) => share(m, 2)));
    const b = studentTInterval(from2026.runs.map((m) => share(m, 0)));
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(0.02);
    expect(b.mean).toBeGreaterThan(0.1);
  });

  it('some years have 53 booking weeks, set by the calendar alone', () => {
    const years = Array.from({ length: 30 }, (_, i) => 2000 + i).map(weeksInFinancialYear);
    expect(years.filter((w) => w === 53).length).toBeGreaterThanOrEqual(4);
    expect(years.every((w) => w === 52 || w === 53)).toBe(true);
    expect(counter(from2026.runs[0]!, 0, 0, 'referrals_received')).toBeGreaterThan(0);
  });
});
