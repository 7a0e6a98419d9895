import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { readResults } from '../../src/report/read-results.js';
import {
  ASSUMPTIONS_COLUMNS, COMPARISON_COLUMNS, RESULT_FILES, STAFF_TIME_COLUMNS, STAFFING_NEED_COLUMNS, SUMMARY_COLUMNS,
  WAIT_DISTRIBUTION_COLUMNS, WAITING_LIST_COLUMNS,
} from '../../src/results/columns.js';
import { comparisonRows } from '../../src/experiments/comparison.js';
import type { MetricSeries } from '../../src/results/replication-table.js';
import { PIPELINE_BAND_COLUMNS as SUPPLY_BAND_COLUMNS, PIPELINE_COLUMNS as SUPPLY_COLUMNS } from '../../src/supply/records.js';
import { PIPELINE_BAND_COLUMNS, PIPELINE_COLUMNS } from '../../src/results/columns.js';
import { cli, FIXTURES } from '../cli/cli.js';

/**
 * The report fixtures are written by a script; this feeds the report builder what `run` and
 * `compare` really write, so a column renamed on one side only fails here.
 */
const SMALL = join(FIXTURES, 'cli-small.yaml');
let dir: string;

const header = (file: string): string[] => readFileSync(file, 'utf8').split('\n')[0]!.split(',');
/** Headline values in report.html with the file each cites. */
const headlines = (page: string) => [...page.matchAll(/<div class="headline" data-metric="([^"]*)" data-source="([^"]*)"[^>]*data-value="([^"]*)"/g)]
  .map((m) => ({ metric: m[1]!, source: m[2]!, value: Number(m[3]) }));

const numericFields = (row: object, allowedBlank: readonly string[] = []) =>
  Object.entries(row).filter(([k, v]) => typeof v === 'number' && !Number.isFinite(v) && !allowedBlank.includes(k)).map(([k]) => k);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-real-report-'));
  writeFileSync(join(dir, 'pooled.yaml'), `extends: ${SMALL}\nname: test-real-pooled\ngeography:\n  networks:\n    south_west:\n      poolWaitingList: true\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report reads what run and compare really write', () => {
  it('run: every file has the shared columns, every value the report reads is a number, every chart and headline is drawn', async () => {
    const out = join(dir, 'run');
    const r = cli(['run', SMALL, '--replications', '2', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const expected: [string, readonly string[]][] = [
      [RESULT_FILES.summary, SUMMARY_COLUMNS], [RESULT_FILES.waitingList, WAITING_LIST_COLUMNS], [RESULT_FILES.staffTime, STAFF_TIME_COLUMNS],
      [RESULT_FILES.staffingNeed, STAFFING_NEED_COLUMNS], [RESULT_FILES.waitDistribution, WAIT_DISTRIBUTION_COLUMNS], [RESULT_FILES.assumptions, ASSUMPTIONS_COLUMNS],
    ];
    for (const [file, columns] of expected) expect(header(join(out, file)), file).toEqual([...columns]);

    const folder = await readResults(out);
    for (const row of folder.waitingList!) expect(numericFields(row), JSON.stringify(row)).toEqual([]);
    for (const row of folder.staffTime!) expect(numericFields(row), JSON.stringify(row)).toEqual([]);
    for (const row of folder.staffingNeed!) expect(numericFields(row), JSON.stringify(row)).toEqual([]);
    // The last wait band is open-ended: its upper bound is the only blank.
    for (const row of folder.waitDistribution!) expect(numericFields(row, row.waitWeeksFrom === 104 ? ['waitWeeksTo'] : []), JSON.stringify(row)).toEqual([]);
    for (const row of folder.summary!) expect(numericFields(row, ['mean', 'ciLow', 'ciHigh', ...(Number.isFinite(row.mean) ? [] : ['uiLow', 'uiHigh'])]), JSON.stringify(row)).toEqual([]);
    expect(folder.summary!.filter((row) => row.metric === 'waiting_list_end').every((row) => Number.isFinite(row.mean))).toBe(true);

    await writeReport(out);
    const charts = (await readdir(join(out, 'charts'))).filter((f) => f.endsWith('.svg')).sort();
    // The small scenario's list is above its target size at a year end, so backlog clearance is drawn beside the recurring need.
    expect(charts).toEqual(['backlog-clearance', 'equity-small-multiples', 'fte-available-vs-needed', 'staff-time', 'wait-distribution', 'waiting-list-cgs', 'waiting-list-national', 'waiting-list-network', 'within-18-weeks']
      .map((name) => `${name}.svg`));
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    // The equity section shows the network's spread between its CGSs as summary.csv has it.
    const last = Math.max(...folder.summary!.map((row) => row.year));
    const spread = folder.summary!.find((row) => row.scope === 'network' && row.metric === 'wait_spread_weeks' && row.year === last)!;
    expect(page).toMatch(new RegExp(`<section id="equity"[\\s\\S]*<td>south west</td><td>${Math.round(spread.mean * 10) / 10}[ <]`));
    const shown = headlines(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const h of shown) {
      expect(h.source).toBe(RESULT_FILES.summary);
      expect(Number.isFinite(h.value), JSON.stringify(h)).toBe(true);
      expect(folder.summary!.some((row) => row.metric === h.metric && row.mean === h.value), JSON.stringify(h)).toBe(true);
    }
  });

  it('compare: comparison.csv has the shared columns and the report shows its differences', async () => {
    const out = join(dir, 'compare');
    const r = cli(['compare', SMALL, join(dir, 'pooled.yaml'), '--replications', '2', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(header(join(out, RESULT_FILES.comparison))).toEqual([...COMPARISON_COLUMNS]);
    const folder = await readResults(out);
    const second = folder.comparison!.filter((row) => row.scenario === 'test-real-pooled');
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((row) => Number.isFinite(row.diffFromFirst)).length).toBeGreaterThan(second.length / 2);

    await writeReport(out);
    const charts = (await readdir(join(out, 'charts'))).filter((f) => f.endsWith('.svg'));
    expect(charts).toContain('paired-differences.svg');
    expect(charts).toContain('waiting-list-scenarios.svg');
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    const shown = headlines(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const h of shown) {
      expect(h.source).toBe(RESULT_FILES.comparison);
      expect(folder.comparison!.some((row) => row.metric === h.metric && row.mean === h.value), JSON.stringify(h)).toBe(true);
    }
  });
});

describe('writers outside src/results use the shared column names', () => {
  it('comparisonRows writes exactly the comparison.csv columns', () => {
    const series = (values: number[]): MetricSeries => ({ scope: { scope: 'national', id: 'england', cgs: [] }, year: 2026, metric: 'waiting_list_end', values: Float64Array.from(values) });
    const rows = comparisonRows([{ name: 'a', table: [series([1, 2, 3])] }, { name: 'b', table: [series([2, 3, 5])] }]);
    for (const row of rows) expect(Object.keys(row)).toEqual([...COMPARISON_COLUMNS]);
  });

  it('the supply pipeline writes the pipeline.csv columns the report reads', () => {
    expect([...SUPPLY_COLUMNS]).toEqual([...PIPELINE_COLUMNS]);
    expect([...SUPPLY_BAND_COLUMNS]).toEqual([...PIPELINE_BAND_COLUMNS]);
  });
});
