import type { ChartDef } from './chart.js';
import { fteByRoleChart, type FtePoint } from './fte-by-role.js';
import { label } from './theme.js';

/** A `supply_supervision.csv` row, as the chart needs it. */
export interface SupervisionPoint {
  readonly year: number;
  readonly role: string;
  readonly givenHoursPerWeek: number;
  readonly reservedHoursPerWeek: number;
}

const GIVEN = 'Supervision given';
const RESERVED = 'Reserved in job plans';

/**
 * Pipeline: hours a week supervisors give trainees against the hours their job plans reserve,
 * all networks, per supervisor role. Given above reserved is clinic time lost to supervision,
 * and intake beyond it is not hosted: the visible cost of expanding training.
 */
export function pipelineSupervision(rows: readonly SupervisionPoint[]): ChartDef | undefined {
  const totals = new Map<string, { role: string; year: number; given: number; reserved: number }>();
  for (const r of rows) {
    if (!Number.isFinite(r.reservedHoursPerWeek) && !(r.givenHoursPerWeek > 0)) continue;
    const key = `${r.role}|${r.year}`;
    const t = totals.get(key) ?? { role: label(r.role), year: r.year, given: 0, reserved: 0 };
    t.given += r.givenHoursPerWeek;
    t.reserved += Number.isFinite(r.reservedHoursPerWeek) ? r.reservedHoursPerWeek : 0;
    totals.set(key, t);
  }
  // Roles with reserved time that supervise no trainee in the projection (genomic associates) would only add empty panels.
  const supervising = new Set([...totals.values()].filter((t) => t.given > 0).map((t) => t.role));
  const points: FtePoint[] = [...totals.values()].filter((t) => supervising.has(t.role)).flatMap((t) => [
    { role: t.role, year: t.year, series: GIVEN, fte: t.given },
    { role: t.role, year: t.year, series: RESERVED, fte: t.reserved },
  ]);
  if (points.length === 0) return undefined;
  return fteByRoleChart(points, {
    name: 'pipeline-supervision',
    title: 'Supervision of trainees: hours given against hours reserved, by supervisor role (all networks)',
    description: 'Hours a week qualified staff spend supervising trainees (solid line, circles) against the supervision hours their job plans reserve (dashed line, squares). Places beyond the reserved hours are not hosted; supplying them needs more supervisors or more reserved time, which comes out of clinics.',
    series: [GIVEN, RESERVED],
    yTitle: 'Hours a week',
  });
}
