import type { StaffingNeedRow } from '../records.js';
import type { ChartDef } from './chart.js';
import { fteByRoleChart } from './fte-by-role.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { label } from './theme.js';

export const RECURRING = 'Recurring need';
export const CLEARANCE = 'Backlog clearance';

/**
 * Backlog clearance FTE beside the recurring need, by role and year, from `staffing_need.csv`:
 * clearance is a one-off cost for the clearance years and recurring need a standing one, so a
 * business case funds them differently and the chart keeps them apart. Absent when the results
 * have no clearance column or no year needs clearance (nothing to tell apart).
 */
export function backlogClearanceChart(rows: readonly StaffingNeedRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const scoped = rows.filter(inScope(target));
  if (!scoped.some((row) => row.fteBacklogClearance > 0)) return undefined;
  const points = scoped.flatMap((row) => [
    { role: label(row.role), year: row.year, series: RECURRING, fte: row.fteNeeded },
    { role: label(row.role), year: row.year, series: CLEARANCE, fte: Number.isFinite(row.fteBacklogClearance) ? row.fteBacklogClearance : 0 },
  ]);
  return fteByRoleChart(points, {
    name: 'backlog-clearance',
    title: `Recurring need and backlog clearance by role: ${scopeIdLabel(target.scope, target.scopeId)}`,
    description: 'FTE needed every year for the year\u2019s demand at the intended skill mix (solid line, circles) against the extra FTE to bring a waiting list above its target size down to it over the clearance years (dashed line, squares), by role and year. Clearance is not recurring: fund it for the years it shows.',
    series: [RECURRING, CLEARANCE],
    yTitle: 'FTE',
  });
}
