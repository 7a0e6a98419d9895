import { describe, expect, it } from 'vitest';
import { within18Weeks } from '../../src/report/charts/within-18-weeks.js';
import type { SummaryRow } from '../../src/report/records.js';

const row = (year: number, mean: number, ciLow: number, ciHigh: number): SummaryRow =>
  ({ scope: 'national', scopeId: 'england', year, metric: 'pct_within_18_weeks', mean, ciLow, ciHigh, n: 3, uiLow: NaN, uiHigh: NaN });

describe('within-18-weeks chart', () => {
  it('cuts an interval that reaches past 0% or 100% at the ends, and keeps one inside as it is', () => {
    const chart = within18Weeks([row(2026, 0.97, 0.9, 1.08), row(2027, 0.04, -0.05, 0.13), row(2028, 0.5, 0.4, 0.6)])!;
    const values = (chart.spec as unknown as { data: { values: { year: number; low: number; high: number }[] } }).data.values;
    expect(values.map((v) => [v.year, v.low, v.high])).toEqual([[2026, 0.9, 1], [2027, 0, 0.13], [2028, 0.4, 0.6]]);
    expect(chart.table!.rows.map((r) => r[3])).toEqual(['90–100%', '0–13%', '40–60%']);
  });
});
