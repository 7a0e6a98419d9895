import type { PipelineRow } from '../records-experiments.js';
import type { ChartDef } from './chart.js';
import { fteByRoleChart, type FtePoint } from './fte-by-role.js';
import { label } from './theme.js';

const SUPPLY = 'FTE supply';
const NEEDED = 'FTE needed';
const TRAINEES = 'Trainees';
const QUALIFIED = 'Qualified headcount';

interface RoleYear {
  role: string;
  year: number;
  trainees: number;
  qualified: number;
  supply: number;
  needed: number;
  low: number;
  high: number;
}

/**
 * Totals over networks per role and year. Percentile bands do not add up across networks,
 * so the supply band is kept only when the file holds a single network.
 */
function totals(rows: readonly PipelineRow[]): RoleYear[] {
  const singleNetwork = new Set(rows.map((r) => r.network)).size === 1;
  const byKey = new Map<string, RoleYear>();
  for (const r of rows) {
    const key = `${r.role}\u0000${r.year}`;
    const t = byKey.get(key) ?? { role: label(r.role), year: r.year, trainees: 0, qualified: 0, supply: 0, needed: 0, low: Number.NaN, high: Number.NaN };
    t.trainees += r.trainees;
    t.qualified += r.qualifiedHeadcount;
    t.supply += r.fteSupply;
    t.needed += r.fteNeeded;
    if (singleNetwork) {
      t.low = r.fteSupplyP05;
      t.high = r.fteSupplyP95;
    }
    byKey.set(key, t);
  }
  return [...byKey.values()];
}

/** Pipeline: projected FTE supply (with its 5–95% band when given) against FTE needed. */
export function pipelineSupply(rows: readonly PipelineRow[]): ChartDef | undefined {
  const points: FtePoint[] = totals(rows).flatMap((t) => [
    { role: t.role, year: t.year, series: SUPPLY, fte: t.supply, ...(Number.isFinite(t.low) ? { low: t.low, high: t.high } : {}) },
    { role: t.role, year: t.year, series: NEEDED, fte: t.needed },
  ]);
  return fteByRoleChart(points, {
    name: 'pipeline-supply-vs-need',
    title: 'Projected FTE supply and FTE needed by role (all networks)',
    description: 'FTE supply from the training pipeline (solid line, circles; shaded 5th–95th percentile band when available) against FTE needed (dashed line, squares).',
    series: [SUPPLY, NEEDED],
  });
}

/** Pipeline: stocks of trainees and qualified staff by role. */
export function pipelineStocks(rows: readonly PipelineRow[]): ChartDef | undefined {
  const points: FtePoint[] = totals(rows).flatMap((t) => [
    { role: t.role, year: t.year, series: TRAINEES, fte: t.trainees },
    { role: t.role, year: t.year, series: QUALIFIED, fte: t.qualified },
  ]);
  return fteByRoleChart(points, {
    name: 'pipeline-stocks',
    title: 'Training pipeline stocks by role (all networks)',
    description: 'Headcount of trainees in training (solid line, circles) and qualified staff (dashed line, squares) by role and year.',
    series: [TRAINEES, QUALIFIED],
    yTitle: 'Headcount (people)',
  });
}
