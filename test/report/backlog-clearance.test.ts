import * as vl from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { backlogClearanceChart, CLEARANCE, RECURRING } from '../../src/report/charts/backlog-clearance.js';
import type { StaffingNeedRow } from '../../src/report/records.js';

const row = (year: number, role: string, fteNeeded: number, fteBacklogClearance: number): StaffingNeedRow =>
  ({ year, scope: 'national', scopeId: 'national', role, fteAvailable: 10, fteNeeded, fteBacklogClearance });

/** Values of the chart's data for one series, in year order. */
const series = (spec: unknown, name: string, role: string) =>
  (spec as { data: { values: { series: string; role: string; year: number; fte: number }[] } }).data.values
    .filter((p) => p.series === name && p.role === role).map((p) => [p.year, p.fte]);

describe('backlog clearance chart', () => {
  it('shows clearance apart from the recurring need, per role and year, in the clearance years only', () => {
    const rows = [
      row(2026, 'genetic_counsellor', 12, 3), row(2027, 'genetic_counsellor', 12.5, 3), row(2028, 'genetic_counsellor', 13, 0),
      row(2026, 'clinical_geneticist', 8, 0), row(2027, 'clinical_geneticist', 8.2, 0), row(2028, 'clinical_geneticist', 8.4, 0),
    ];
    const chart = backlogClearanceChart(rows)!;
    expect(chart.name).toBe('backlog-clearance');
    const counsellor = chart.table.rows.filter((r) => r[0] === 'Genetic counsellor');
    expect(counsellor.map((r) => r.slice(1))).toEqual([[2026, 12, 3], [2027, 12.5, 3], [2028, 13, 0]]);
    expect(chart.table.columns).toEqual(['Role', 'Year', RECURRING, CLEARANCE]);
    const role = (chart.spec as { data: { values: { role: string }[] } }).data.values[0]!.role;
    expect(series(chart.spec, CLEARANCE, role).length).toBe(3);
    // Compiles as vega-lite (a layered facet over role).
    expect(() => vl.compile(chart.spec as unknown as vl.TopLevelSpec)).not.toThrow();
  });

  it('is left out when no year needs clearance, or the results predate the column', () => {
    expect(backlogClearanceChart([row(2026, 'genetic_counsellor', 12, 0)])).toBeUndefined();
    expect(backlogClearanceChart([row(2026, 'genetic_counsellor', 12, Number.NaN)])).toBeUndefined();
  });
});
