import { beforeAll, describe, expect, it } from 'vitest';
import { WAIT_BINS } from '../../src/model/metrics.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { summaryRows } from '../../src/results/tables.js';
import { longYearNote, longYears } from '../../src/report/kinds/long-years.js';
import type { SummaryRow } from '../../src/report/records.js';
import { counter, runFixture, scaleRates, type ModelRun } from './run-model.js';

/**
 * Overdue follow-ups and reviews and 52-week breaches at the year end, reported in summary.csv
 * for every scope. Stationary South West fixture at 1.5 × demand (the routine list grows by
 * thousands a year) with follow-ups for every patient and counsellors' follow-ups taking
 * so long that only a few fit in a week: the rest fall overdue.
 */
describe('followups_overdue_end and waiting_over_52_weeks_end', () => {
  let run: ModelRun;
  let rows: SummaryRow[];
  beforeAll(async () => {
    const base = await runFixture('stationary-south-west', [], 0);
    run = await runFixture('stationary-south-west', [
      ...scaleRates(base.config, 1.5), 'pathway.followUpShareStandard=1', 'pathway.followUpDelayWeeks=2',
      'appointments.follow_up.standard.durationMinutes=3000', 'workforce.skillMix.follow_up=[genetic_counsellor]', 'run.years=3',
    ], 2);
    rows = summaryRows(replicationTable(run.config, run.runs)).map((r) => ({
      scope: r.scope!, scopeId: r.scope_id!, year: Number(r.year), metric: r.metric!, mean: Number(r.mean), ciLow: Number(r.ci_low), ciHigh: Number(r.ci_high), n: Number(r.n), uiLow: Number(r.ui_low), uiHigh: Number(r.ui_high),
    }));
  });

  it('52-week breaches at the year end are those on the list whose wait is 52 weeks or more', () => {
    for (const m of run.runs) for (let c = 0; c < m.nCgs; c++) for (let y = 0; y < m.years; y++) {
      let fromHistogram = 0;
      for (let w = 52; w < WAIT_BINS; w++) fromHistogram += m.waitHistogram[(y * m.nCgs + c) * WAIT_BINS + w]!;
      expect(counter(m, y, c, 'waiting_over_52_weeks_end')).toBe(fromHistogram);
    }
    // The backlog grows long enough for breaches by the last year.
    for (const m of run.runs) expect(counter(m, m.years - 1, 0, 'waiting_over_52_weeks_end')).toBeGreaterThan(0);
  });

  it('follow-ups fall overdue when they do not fit', () => {
    for (const m of run.runs) expect(counter(m, m.years - 1, 0, 'followups_overdue_end') + counter(m, m.years - 1, 1, 'followups_overdue_end')).toBeGreaterThan(0);
  });

  it('summary.csv reports both, and the weeks in each year, for every scope and year', () => {
    for (const metric of ['followups_overdue_end', 'waiting_over_52_weeks_end', 'weeks_in_year']) {
      for (const scope of ['cgs', 'network', 'national']) {
        expect(rows.filter((r) => r.metric === metric && r.scope === scope).length, `${metric} ${scope}`).toBeGreaterThanOrEqual(run.config.years);
      }
    }
    const national = (metric: string, year: number) => rows.find((r) => r.scope === 'national' && r.metric === metric && r.year === year)!.mean;
    const last = run.config.startYear + run.config.years - 1;
    const sum = run.runs.reduce((a, m) => a + counter(m, m.years - 1, 0, 'waiting_over_52_weeks_end') + counter(m, m.years - 1, 1, 'waiting_over_52_weeks_end'), 0) / run.runs.length;
    expect(national('waiting_over_52_weeks_end', last)).toBeCloseTo(sum, 6);
  });

  it('the report names the 53-week years from summary.csv', () => {
    const weeks = rows.filter((r) => r.scope === 'national' && r.metric === 'weeks_in_year');
    expect(weeks.every((r) => r.mean === 52 || r.mean === 53)).toBe(true);
    const synthetic = [2026, 2027].map((year, i) => ({ scope: 'national', scopeId: 'england', year, metric: 'weeks_in_year', mean: 52 + i, ciLow: 52 + i, ciHigh: 52 + i, n: 2, uiLow: 52 + i, uiHigh: 52 + i }));
    expect(longYears(synthetic)).toEqual([2027]);
    expect(longYearNote(synthetic)[0]).toContain('2027/28');
    expect(longYearNote(synthetic.slice(0, 1))).toEqual([]);
  });
});
