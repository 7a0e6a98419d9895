import type { StaffingPlanRow } from '../records-experiments.js';
import { round, SCHEMA, type ChartDef } from './chart.js';
import { fteByRoleChart, AVAILABLE } from './fte-by-role.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, label, OKABE_ITO } from './theme.js';

const WORKLOAD = 'Needed: workload';
const ANALYTIC = 'Needed: queueing formula';
const SIMULATED = 'Needed: simulated';

/** Solve: FTE available against the three estimates of FTE needed, by role. */
export function staffingPlanFte(rows: readonly StaffingPlanRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const points = rows.filter(inScope(target)).flatMap((row) => {
    const base = { role: label(row.role), year: row.year };
    return [
      { ...base, series: AVAILABLE, fte: row.fteAvailable },
      { ...base, series: WORKLOAD, fte: row.fteNeededWorkload },
      { ...base, series: ANALYTIC, fte: row.fteNeededAnalytic },
      { ...base, series: SIMULATED, fte: row.fteNeededSimulated },
    ].filter((p) => Number.isFinite(p.fte));
  });
  return fteByRoleChart(points, {
    name: 'staffing-plan-fte',
    title: `Staffing plan, FTE by role: ${scopeIdLabel(target.scope, target.scopeId)}`,
    description: 'FTE available against FTE needed estimated three ways: from workload hours, from a queueing formula and from simulation. Each series has its own dash style and point shape.',
    series: [AVAILABLE, WORKLOAD, ANALYTIC, SIMULATED],
  });
}

/** Solve: annual cost of the staffing plan by role, stacked by year. */
export function staffingPlanCost(rows: readonly StaffingPlanRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const values = rows.filter(inScope(target)).map((row) => ({ role: label(row.role), year: row.year, cost: row.annualCost }));
  if (values.length === 0 || values.every((v) => !Number.isFinite(v.cost))) return undefined;
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Annual staff cost of the plan by role: ${scopeIdLabel(target.scope, target.scopeId)}`,
    width: 520,
    height: 280,
    data: { values },
    mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'Year' },
      y: { field: 'cost', type: 'quantitative', title: 'Annual cost (£)', axis: { format: '~s' }, stack: 'zero' },
      color: { field: 'role', type: 'nominal', title: 'Role', scale: { range: OKABE_ITO } },
    },
  };
  return {
    name: 'staffing-plan-cost',
    title: spec.title,
    description: 'Annual cost of the staff in the plan, stacked by role.',
    spec: spec as unknown as ChartDef['spec'],
    table: { columns: ['Role', 'Year', 'Annual cost (£)'], rows: values.map((v) => [v.role, v.year, round(v.cost, 0)]) },
  };
}
