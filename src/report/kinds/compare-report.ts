import { basename } from 'node:path';
import { unique, type ChartDef } from '../charts/chart.js';
import { pairedDifferences } from '../charts/paired-differences.js';
import { scenarioFanOverlay, type ScenarioWaitingList } from '../charts/scenario-fan-overlay.js';
import { scenarioMetric } from '../charts/scenario-metric.js';
import { headlineScope, inScope } from '../charts/scopes.js';
import type { Headline } from '../html/headline.js';
import type { ResultFolder } from '../read-results.js';
import type { ComparisonRow } from '../records-experiments.js';
import { defined, type ReportContent } from './content.js';
import { RESULT_FILES } from '../../results/columns.js';

const OVERLAID_METRICS = ['waiting_list_end', 'pct_within_18_weeks', 'p92_wait_weeks'];

/**
 * Equity as a commissioner compares it (issue 16): how unevenly CGSs wait, and whether referrals
 * match need. Drawn only when the comparison carries them (older result folders do not).
 */
const EQUITY_METRICS = ['wait_spread_weeks', 'wait_gini', 'access_ratio', 'share_first_face_to_face'];

const EQUITY_NOTE = 'Equity between CGSs: the spread of waits is the longest minus the shortest CGS median wait of those on the list, and the Gini index weighs the same medians by population (0: every CGS waits alike); both falling means waits are more even. The access ratio is referrals received per expected need from each population\u2019s age structure (1: referred in line with need), and the face-to-face share is of first appointments. A scenario that reaches under-served communities or opens self-referral raises referrals and the access ratio, and with the same staff can lengthen waits: read these charts beside the waiting list.';

const HEADLINE_METRICS: readonly (readonly [string, string, Headline['format']])[] = [
  ['waiting_list_end', 'Waiting list at year end', 'count'],
  ['pct_within_18_weeks', 'Waiting under 18 weeks', 'share'],
];

function compareHeadlines(rows: readonly ComparisonRow[], scenarios: readonly string[]): Headline[] {
  const target = headlineScope(rows);
  if (target === undefined) return [];
  const scoped = rows.filter(inScope(target));
  const year = Math.max(...scoped.map((row) => row.year));
  return scenarios.flatMap((scenario) => HEADLINE_METRICS.flatMap(([metric, label, format]) => {
    const row = scoped.find((r) => r.scenario === scenario && r.metric === metric && r.year === year);
    if (row === undefined) return [];
    return [{
      label, format, metric, value: row.mean, source: RESULT_FILES.comparison, scenario,
      scope: row.scope, scopeId: row.scopeId, year, ciLow: row.ciLow, ciHigh: row.ciHigh,
    }];
  }));
}

/** Scenario subfolders in the order of `scenarios`, named by their run.json or folder name. */
function subfolderWaitingLists(subfolders: readonly ResultFolder[], scenarios: readonly string[]): ScenarioWaitingList[] {
  const named = subfolders
    .filter((folder) => folder.waitingList !== undefined)
    .map((folder) => ({ scenario: folder.run.name ?? basename(folder.dir), rows: folder.waitingList! }));
  const rank = (name: string) => {
    const index = scenarios.indexOf(name);
    return index === -1 ? scenarios.length : index;
  };
  return named.sort((a, b) => rank(a.scenario) - rank(b.scenario));
}

export function compareReport(folder: ResultFolder, subfolders: readonly ResultFolder[]): ReportContent {
  const rows = folder.comparison ?? [];
  const scenarios = folder.run.scenarios !== undefined && folder.run.scenarios.length > 0
    ? [...folder.run.scenarios]
    : unique(rows.map((row) => row.scenario));
  const notes: string[] = [];
  const overlay = scenarioFanOverlay(subfolderWaitingLists(subfolders, scenarios));
  if (overlay === undefined) notes.push('No scenario subfolder held waiting_list.csv, so the overlaid waiting list fan chart is left out.');
  const charts: ChartDef[] = [
    overlay,
    ...OVERLAID_METRICS.map((metric) => scenarioMetric(rows, metric, scenarios)),
    ...EQUITY_METRICS.map((metric) => scenarioMetric(rows, metric, scenarios)),
    scenarios[0] !== undefined ? pairedDifferences(rows, scenarios[0]) : undefined,
  ].filter(defined);
  if (rows.some((row) => EQUITY_METRICS.includes(row.metric))) notes.push(EQUITY_NOTE);
  return {
    title: folder.run.name ?? `Comparison of ${scenarios.length} scenarios`,
    charts,
    headlines: compareHeadlines(rows, scenarios),
    notes,
  };
}
