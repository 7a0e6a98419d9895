import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartRenderPool } from '../../src/report/chart-render-pool.js';
import { chartsOfFile } from '../../src/report/early-charts.js';
import { writeReport } from '../../src/report/index.js';
import { runReport } from '../../src/report/kinds/run-report.js';
import { readResults } from '../../src/report/read-results.js';
import { specText, specToSvg } from '../../src/report/render-chart.js';

/** The result files of a run, in the order the run writes them. */
const CHART_FILES = ['waiting_list.csv', 'summary.csv', 'staff_time.csv', 'staffing_need.csv', 'wait_distribution.csv', 'uncertainty_drivers.csv'];
import { fixtureCopy } from './fixture-dir.js';

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

describe('ChartRenderPool', () => {
  it('writes the same chart files and report as drawing on this thread, with the charts drawn early from each file', async () => {
    const here = await fixtureCopy('run');
    const threads = await fixtureCopy('run');
    await writeReport(here, { kind: 'run' });
    pool = new ChartRenderPool(2);
    for (const file of CHART_FILES) pool.drawEarly(threads, file);
    await writeReport(threads, { kind: 'run', writeChart: pool.write });
    const expected = await files(here);
    expect([...expected.keys()].filter((n) => n.startsWith('waiting-list')).length).toBeGreaterThan(2);
    const got = await files(threads);
    expect([...got.keys()]).toEqual([...expected.keys()]);
    for (const [name, bytes] of expected) expect(got.get(name)!.equals(bytes), name).toBe(true);
    expect(await readFile(join(threads, 'report.html'), 'utf8')).toBe(await readFile(join(here, 'report.html'), 'utf8'));
  });

  it('draws every chart of a run report early from the file it comes from, with the spec the report uses', async () => {
    const dir = await fixtureCopy('run');
    const report = runReport(await readResults(dir));
    const early = new Map<string, string>();
    for (const file of CHART_FILES) for (const def of await chartsOfFile(dir, file)) early.set(def.name, specText(def));
    const wanted = [...report.charts, ...(report.equityCharts ?? [])];
    expect(wanted.length).toBeGreaterThan(5);
    for (const def of wanted) expect(early.get(def.name), def.name).toBe(specText(def));
  });

  it('draws a chart again when the report asks for another spec than the one drawn early', async () => {
    const dir = await fixtureCopy('run');
    const [first] = await chartsOfFile(dir, 'waiting_list.csv');
    const changed = { ...first!, spec: { ...first!.spec, title: 'Another title' } } as typeof first & {};
    pool = new ChartRenderPool(2);
    pool.drawEarly(dir, 'waiting_list.csv');
    const drawn = await pool.write(join(dir, 'charts'), changed);
    const expected = await specToSvg(changed.spec);
    expect(expected).toContain('Another title');
    expect(drawn.svg).toBe(expected);
    expect(await readFile(join(dir, 'charts', `${first!.name}.svg`), 'utf8')).toBe(expected);
  });
});
