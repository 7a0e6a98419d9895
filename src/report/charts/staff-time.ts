import type { StaffTimeRow } from '../records.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, label, OKABE_ITO } from './theme.js';

/** NHS activity order, direct patient care first. */
const ACTIVITY_ORDER = [
  'clinic', 'triage', 'mdt', 'advice_guidance', 'admin', 'training_mainstream', 'supervision', 'research', 'other',
];

/** Hours by activity for each role, one stacked bar per year. */
export function staffTime(rows: readonly StaffTimeRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const scoped = rows.filter(inScope(target));
  const present = unique(scoped.map((row) => row.activity));
  const activities = [
    ...ACTIVITY_ORDER.filter((a) => present.includes(a)),
    ...present.filter((a) => !ACTIVITY_ORDER.includes(a)),
  ].map(label);
  const values = scoped.map((row) => ({
    role: label(row.role),
    activity: label(row.activity),
    order: activities.indexOf(label(row.activity)),
    year: row.year,
    hours: row.hoursMean,
  }));
  const place = scopeIdLabel(target.scope, target.scopeId);
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Where staff time goes, by role and activity: ${place}`,
    data: { values },
    facet: { field: 'role', type: 'nominal', title: 'Role', sort: unique(values.map((v) => v.role)) },
    columns: 4,
    spec: {
      width: 150,
      height: 200,
      mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: 'Year' },
        y: { field: 'hours', type: 'quantitative', title: 'Staff hours per year', stack: 'zero' },
        color: {
          field: 'activity', type: 'nominal', title: 'Activity',
          scale: { domain: activities, range: OKABE_ITO.slice(0, activities.length) },
        },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [{ field: 'role' }, { field: 'activity' }, { field: 'year' }, { field: 'hours', format: ',.0f' }],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
  const lastYear = Math.max(...values.map((v) => v.year));
  return {
    name: 'staff-time',
    title: spec.title,
    description: `Mean staff hours per year by activity for each role. Stack order (bottom to top): ${activities.join(', ')}. The table gives the final year.`,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Role', 'Activity', `Hours in ${lastYear}`],
      rows: values.filter((v) => v.year === lastYear).map((v) => [v.role, v.activity, round(v.hours, 0)]),
    },
  };
}
