import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartRenderPool } from '../../src/report/chart-render-pool.js';
import { chartsOfRows } from '../../src/report/early-charts.js';
import { writeReport } from '../../src/report/index.js';
import { runReport } from '../../src/report/kinds/run-report.js';
import { readCsv } from '../../src/report/read-csv.js';
import { readResults } from '../../src/report/read-results.js';
import { specText, specToSvg } from '../../src/report/render-chart.js';
import { fixtureCopy } from './fixture-dir.js';

/** The result files a run draws charts from, in the order the run writes them. */
const CHART_FILES = ['waiting_list.csv', 'summary.csv', 'staff_time.csv', 'staffing_need.csv', 'wait_distribution.csv'];

// The pool runs dist/src/report/chart-render-worker.js (built by `npm test`, as the replication workers are).
let pool: ChartRenderPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(join(dir, 'charts'))).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'charts', n))] as const)));
}

/** The charts a run would hand over early for each file of `dir`, from the rows as read back. */
async function earlyCharts(dir: string) {
  const yaml = await readFile(join(dir, 'scenario.resolved.yaml'), 'utf8');
  const out = [];
  for (const file of CHART_FILES) out.push(...chartsOfRows(dir, file, await readCsv(join(dir, file)), yaml));
  return out;
}

describe('ChartRenderPool', () => {
  it('writes the same chart files and report as drawing on this thread, with the charts drawn early from each file', async () => {
    const here = await fixtureCopy('run');
    const threads = await fixtureCopy('run');
    await writeReport(here, { kind: 'run' });
    pool = new ChartRenderPool(2);
    pool.drawEarly(join(threads, 'charts'), await earlyCharts(threads));
    await writeReport(threads, { kind: 'run', writeChart: pool.write });
    const expected = await files(here);
    expect([...expected.keys()].filter((n) => n.startsWith('waiting-list')).length).toBeGreaterThan(2);
    const got = await files(threads);
    expect([...got.keys()]).toEqual([...expected.keys()]);
    for (const [name, bytes] of expected) expect(got.get(name)!.equals(bytes), name).toBe(true);
    expect(await readFile(join(threads, 'report.html'), 'utf8')).toBe(await readFile(join(here, 'report.html'), 'utf8'));
  });

  it('can draw every chart of a run report early from the file it comes from, with the spec the report uses', async () => {
    const dir = await fixtureCopy('run');
    const report = runReport(await readResults(dir));
    const early = new Map((await earlyCharts(dir)).map((def) => [def.name, specText(def)]));
    const wanted = [...report.charts, ...(report.equityCharts ?? [])];
    expect(wanted.length).toBeGreaterThan(5);
    for (const def of wanted) expect(early.get(def.name), def.name).toBe(specText(def));
  });

  it('draws a chart again when the report asks for another spec than the one drawn early', async () => {
    const dir = await fixtureCopy('run');
    const [first] = await earlyCharts(dir);
    const changed = { ...first!, spec: { ...first!.spec, title: 'Another title' } } as typeof first & {};
    pool = new ChartRenderPool(2);
    pool.drawEarly(join(dir, 'charts'), [first!]);
    const drawn = await pool.write(join(dir, 'charts'), changed);
    const expected = await specToSvg(changed.spec);
    expect(expected).toContain('Another title');
    expect(drawn.svg).toBe(expected);
    expect(await readFile(join(dir, 'charts', `${first!.name}.svg`), 'utf8')).toBe(expected);
  });
});
