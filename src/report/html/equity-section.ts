import { round, type DataTable } from '../charts/chart.js';
import { scopeIdLabel } from '../charts/scopes.js';
import { allCgsReference, cgsEquity, equityYear, type CgsEquity } from '../equity-records.js';
import { worstServed } from '../equity-worst.js';
import type { SummaryRow } from '../records.js';
import type { RenderedChart } from '../render-chart.js';
import { chartFigure } from './chart-figure.js';
import { dataTable } from './data-table.js';
import { html } from './escape.js';

export const NOT_AVAILABLE = 'not available in this run';

/** Spreads between CGSs (and networks) in summary.csv, as the section's first table shows them. */
const SPREADS = [
  ['wait_spread_weeks', 'Spread of median waits between CGSs (weeks)', 1],
  ['wait_gini', 'Gini index of CGS median waits (population-weighted)', 3],
  ['pct_within_18_weeks_spread', 'Spread of share within 18 weeks between CGSs (points)', 100],
] as const;

export interface EquityInput {
  readonly summary?: readonly SummaryRow[];
  readonly scenarioYaml?: string;
}

/**
 * The equity section: how evenly each network and the nation serve their population in the
 * last year (spreads of waits between CGSs and networks), each CGS's waits and access grouped
 * by network (the chart), and the worst-served CGSs with the figures that explain them.
 */
export function equitySection(input: EquityInput, charts: readonly RenderedChart[]): string {
  const summary = input.summary ?? [];
  const year = equityYear(summary);
  if (year === undefined) return '';
  const records = cgsEquity(summary, input.scenarioYaml, year);
  const spreads = spreadTable(summary, year);
  const worst = worstTable(records);
  const parts = [
    html`<p>How evenly the service reaches and treats the population in ${year}/${String((year + 1) % 100).padStart(2, '0')}: the spread of waits between CGSs and between networks, then each CGS grouped by its network, then the CGSs served worst and the figures behind them. Means over replications; intervals are 95% confidence intervals of the mean.</p>`,
    spreads === undefined ? html`<p>Spreads between CGSs: ${NOT_AVAILABLE} (results written before they were measured).</p>` : dataTable(spreads, `How evenly each network serves its population, ${year}`),
    ...charts.map(chartFigure),
    worst === undefined ? '<p>No CGS stands out as worse served than the best on any measure (intervals overlap).</p>' : dataTable(worst, `Worst-served CGSs, ${year}, and why`),
    html`<p class="note">${missingFigures(records)}</p>`,
  ];
  return `<section id="equity" aria-labelledby="equity-title"><h2 id="equity-title">Equity of access</h2>\n${parts.join('\n')}\n</section>`;
}

function spreadTable(summary: readonly SummaryRow[], year: number): DataTable | undefined {
  const at = (scope: string, id: string, metric: string) => summary.find((r) => r.scope === scope && r.scopeId === id && r.year === year && r.metric === metric);
  const places = [...new Map(summary.filter((r) => (r.scope === 'national' || r.scope === 'network') && r.metric === SPREADS[0][0] && r.year === year).map((r) => [`${r.scope}|${r.scopeId}`, r])).values()];
  if (places.length === 0) return undefined;
  places.sort((a, b) => Number(b.scope === 'national') - Number(a.scope === 'national'));
  const shown = (row: SummaryRow | undefined, scale: number) => (row === undefined || !Number.isFinite(row.mean) ? '' : interval(row, scale));
  const rows = places.map((p) => [`${placeLabel(p)}${p.scope === 'national' ? ' (all CGSs)' : ''}`, ...SPREADS.map(([m, , scale]) => shown(at(p.scope, p.scopeId, m), scale))]);
  const national = places.find((p) => p.scope === 'national');
  if (national !== undefined && summary.filter((r) => r.scope === 'network' && r.year === year && r.metric === SPREADS[0][0]).length > 1) {
    rows.push([`${placeLabel(national)}, between networks`, ...SPREADS.map(([m, , scale]) => shown(at('national', national.scopeId, `${m}_between_networks`), scale))]);
  }
  return { columns: ['Place', ...SPREADS.map(([, title]) => title)], rows };
}

function placeLabel(row: SummaryRow): string {
  if (row.scope !== 'national') return scopeIdLabel(row.scope, row.scopeId);
  return row.scopeId === 'england' ? 'England' : row.scopeId === 'simulated_networks' ? 'All simulated networks' : scopeIdLabel(row.scope, row.scopeId);
}

function interval(row: SummaryRow, scale: number): string {
  const digits = scale === 1 ? 1 : scale === 100 ? 0 : 3;
  const f = (v: number) => (scale === 100 ? round(v * 100, 0) : round(v, digits));
  return Number.isFinite(row.ciLow) && row.ciLow !== row.ciHigh ? `${f(row.mean)} (${f(row.ciLow)}–${f(row.ciHigh)})` : String(f(row.mean));
}

function worstTable(records: readonly CgsEquity[]): DataTable | undefined {
  const worst = worstServed(records);
  if (worst.length === 0) return undefined;
  const reference = allCgsReference(records);
  const per100k = (v: number | undefined, all: number | undefined) =>
    v === undefined ? NOT_AVAILABLE : `${round(v, 2)}${all !== undefined ? ` (all CGSs ${round(all, 2)})` : ''}`;
  const share = (v: number | undefined) => (v === undefined ? NOT_AVAILABLE : `${round(v * 100)}%`);
  const modes = (r: CgsEquity) => (r.shareFirstFaceToFace === undefined && r.shareFirstVideo === undefined && r.shareFirstTelephone === undefined ? NOT_AVAILABLE
    : `${share(r.shareFirstFaceToFace)} / ${share(r.shareFirstVideo)} / ${share(r.shareFirstTelephone)}`);
  return {
    columns: ['CGS', 'Network', 'Why', 'Staff FTE per 100k', 'Referrals per 100k', 'DNA share', 'First appointments face to face / video / telephone'],
    rows: worst.map(({ record: r, reasons }) => [
      r.cgs, scopeIdLabel('network', r.network), reasons.join('; '),
      per100k(r.staffFtePer100k, reference.staffFtePer100k), per100k(r.referralsPer100k, reference.referralsPer100k), share(r.dnaShare), modes(r),
    ]),
  };
}

/** Names the figures this run could not give, so an empty column is read as absent, not zero. */
function missingFigures(records: readonly CgsEquity[]): string {
  const absent = [
    records.every((r) => r.accessRatio === undefined) ? 'access ratio (referrals per expected need)' : undefined,
    records.every((r) => r.referralsPer100k === undefined) ? 'referrals per 100k' : undefined,
    records.every((r) => r.shareFirstFaceToFace === undefined) ? 'first appointments by mode' : undefined,
    records.every((r) => r.population === undefined) ? 'CGS populations (scenario.resolved.yaml), so staff per 100k' : undefined,
  ].filter((x): x is string => x !== undefined);
  return absent.length === 0 ? 'Every equity figure was available in this run.' : `Not available in this run: ${absent.join('; ')}.`;
}

