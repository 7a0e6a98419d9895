import { join } from 'node:path';
import { pipelineAllocation, pipelineAnchors, pipelineFlows, type AllocationPoint, type AnchorPoint, type FlowPoint } from '../charts/pipeline-flows.js';
import { pipelineSupervision } from '../charts/pipeline-supervision.js';
import { pipelineAllocationWaits, waitSpread, type AllocationWaitsPoint } from '../charts/pipeline-waits.js';
import { pipelineStocks, pipelineSupply } from '../charts/pipeline.js';
import type { Headline } from '../html/headline.js';
import { num, readCsvIfPresent, str, type CsvRow } from '../read-csv.js';
import type { ResultFolder } from '../read-results.js';
import type { PipelineRow } from '../records-experiments.js';
import { defined, type ReportContent } from './content.js';
import { RESULT_FILES } from '../../results/columns.js';

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** Final-year totals over networks and roles. */
export function pipelineHeadlines(rows: readonly PipelineRow[]): Headline[] {
  if (rows.length === 0) return [];
  const year = Math.max(...rows.map((row) => row.year));
  const final = rows.filter((row) => row.year === year);
  const base = { source: RESULT_FILES.pipeline, scope: 'national', scopeId: 'all networks', year };
  return [
    { ...base, label: 'FTE supply, all roles', metric: 'fte_supply', value: sum(final.map((r) => r.fteSupply)), format: 'fte' },
    { ...base, label: 'FTE needed, all roles', metric: 'fte_needed', value: sum(final.map((r) => r.fteNeeded)), format: 'fte' },
    { ...base, label: 'FTE gap, all roles', metric: 'gap', value: sum(final.map((r) => r.gap)), format: 'fte' },
    { ...base, label: 'Trainees in training', metric: 'trainees', value: sum(final.map((r) => r.trainees)), format: 'count' },
  ];
}

async function rowsOf<T>(dir: string, file: string, map: (row: CsvRow) => T): Promise<T[]> {
  return ((await readCsvIfPresent(join(dir, file))) ?? []).map(map);
}

export async function pipelineReport(folder: ResultFolder): Promise<ReportContent> {
  const rows = folder.pipeline ?? [];
  const [flows, allocation, anchors, supervision, summary, waits] = await Promise.all([
    rowsOf<FlowPoint>(folder.dir, RESULT_FILES.supplyFlows, (r) => ({ year: num(r, 'year'), network: str(r, 'network'), role: str(r, 'role'), route: str(r, 'route'), heads: num(r, 'heads') })),
    rowsOf<AllocationPoint>(folder.dir, RESULT_FILES.trainingAllocation, (r) => ({
      network: str(r, 'network'), role: str(r, 'role'), places: num(r, 'places'), placesPopulationShare: num(r, 'places_population_share'),
      gapClosedFte: num(r, 'gap_closed_fte'), ftePer100kBefore: num(r, 'fte_per_100k_before'), ftePer100kAfter: num(r, 'fte_per_100k_after'),
    })),
    rowsOf<AnchorPoint>(folder.dir, RESULT_FILES.supplyAnchors, (r) => ({
      year: num(r, 'year'), role: str(r, 'role'), measure: str(r, 'measure'), anchor: num(r, 'anchor'), low: num(r, 'low'), high: num(r, 'high'),
      model: num(r, 'model'), within: str(r, 'within'), note: str(r, 'note'),
    })),
    rowsOf(folder.dir, RESULT_FILES.supplySupervision, (r) => ({
      year: num(r, 'year'), network: str(r, 'network'), role: str(r, 'role'), notHosted: num(r, 'intake_not_hosted'), short: num(r, 'supervisor_fte_short'),
      fte: num(r, 'supervision_fte'), givenHoursPerWeek: num(r, 'supervision_hours_per_week'), reservedHoursPerWeek: num(r, 'reserved_hours_per_week'),
    })),
    rowsOf(folder.dir, RESULT_FILES.trainingAllocationSummary, (r) => ({ role: str(r, 'role'), split: str(r, 'split'), closed: num(r, 'gap_closed_fte'), spread: num(r, 'fte_per_100k_spread'), short: num(r, 'supervisor_fte_short') })),
    rowsOf<AllocationWaitsPoint>(folder.dir, RESULT_FILES.trainingAllocationWaits, (r) => ({
      split: str(r, 'split'), network: str(r, 'network'), year: num(r, 'year'), replications: num(r, 'replications'),
      medianWaitWeeks: num(r, 'median_wait_weeks'), pctWithin18Weeks: num(r, 'pct_within_18_weeks'),
    })),
  ]);
  const notes = [
    ...anchors.filter((a) => !Number.isFinite(a.model)).map((a) => `Anchor not shown (${a.role} ${a.measure.replaceAll('_', ' ')} ${a.year}, published ${a.anchor}): ${a.note}.`),
    ...anchors.filter((a) => a.within === 'false').map((a) => `Anchor missed: ${a.role} ${a.measure.replaceAll('_', ' ')} ${a.year} is ${a.model.toFixed(1)} in the projection against ${a.anchor} published (tolerance ${a.low}-${a.high}).`),
    ...supervisionNotes(supervision),
    ...summary.filter((s) => s.split === 'gap_closing').map((s) => {
      const population = summary.find((p) => p.role === s.role && p.split === 'population_share');
      return `Allocation, ${s.role}: the gap-closing split closes ${s.closed.toFixed(1)} FTE of the final year's gaps against ${population?.closed.toFixed(1) ?? '?'} by population share; the spread of FTE per 100,000 between networks is ${s.spread.toFixed(2)} against ${population?.spread.toFixed(2) ?? '?'}${s.short > 0 ? `; hosting it needs ${s.short.toFixed(1)} more supervisor FTE than the networks have` : ''}.${waits.length > 0 ? '' : ' The spread of waits between networks under each split needs --with-waits (a service-model run per split).'}`;
    }),
    ...waitsNotes(waits),
  ];
  return {
    title: folder.run.name ?? 'Training pipeline',
    charts: [pipelineSupply(rows), pipelineStocks(rows), pipelineFlows(flows), pipelineSupervision(supervision), pipelineAnchors(anchors), pipelineAllocation(allocation), pipelineAllocationWaits(waits)].filter(defined),
    headlines: pipelineHeadlines(rows),
    notes,
  };
}

/** Where supervisors could not host the places commissioned, and the clinic time supervision takes. */
function supervisionNotes(rows: readonly { year: number; network: string; role: string; notHosted: number; short: number; fte: number }[]): string[] {
  if (rows.length === 0) return [];
  const notes: string[] = [];
  const short = rows.filter((r) => r.short > 0.05);
  if (short.length > 0) {
    const worst = short.reduce((a, b) => (b.short > a.short ? b : a));
    const years = [...new Set(short.map((r) => r.year))];
    notes.push(`Training places exceed what supervisors can host in ${years.length} year(s) (${years[0]}-${years.at(-1)}): ${sum(rows.map((r) => r.notHosted)).toFixed(1)} filled places not started in all; at worst ${worst.network} needs ${worst.short.toFixed(1)} more FTE of ${worst.role} in ${worst.year} (supply_supervision.csv).`);
  }
  const last = Math.max(...rows.map((r) => r.year));
  const byRole = new Map<string, number>();
  for (const r of rows.filter((x) => x.year === last)) byRole.set(r.role, (byRole.get(r.role) ?? 0) + r.fte);
  const given = [...byRole].filter(([, fte]) => fte > 0.05).map(([role, fte]) => `${role} ${fte.toFixed(1)} FTE`);
  if (given.length > 0) notes.push(`Supervising trainees takes this much qualified time in ${last} (time not in clinic): ${given.join(', ')}.`);
  return notes;
}

/** The spread of waits between networks under each split (training_allocation_waits.csv, from --with-waits). */
function waitsNotes(rows: readonly AllocationWaitsPoint[]): string[] {
  if (rows.length === 0) return [];
  const spread = (split: string) => `${waitSpread(rows, split, 'medianWaitWeeks').toFixed(1)} weeks of median wait and ${(waitSpread(rows, split, 'pctWithin18Weeks') * 100).toFixed(1)} points of % within 18 weeks`;
  return [`Waits between networks in ${rows[0]!.year} with staffing from the pipeline (${rows[0]!.replications} replication(s) per split, same seed): the spread is ${spread('gap_closing')} under the gap-closing split, ${spread('population_share')} under the population-share split, and ${spread('current_schedule')} with places as scheduled.`];
}
