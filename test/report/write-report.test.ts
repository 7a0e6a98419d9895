import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind, writeReport } from '../../src/report/index.js';
import { fixtureCopy, FIXTURES, KINDS } from './fixture-dir.js';

const EXPECTED_CHARTS: Readonly<Record<string, readonly string[]>> = {
  run: ['waiting-list-national', 'waiting-list-network', 'waiting-list-cgs', 'within-18-weeks', 'wait-distribution', 'staff-time', 'fte-available-vs-needed', 'equity-small-multiples'],
  compare: ['waiting-list-scenarios', 'scenarios-waiting-list-end', 'scenarios-pct-within-18-weeks', 'scenarios-p92-wait-weeks', 'paired-differences'],
  solve: ['staffing-plan-fte', 'staffing-plan-cost'],
  sweep: ['tornado-waiting-list-end', 'tornado-pct-within-18-weeks'],
  pipeline: ['pipeline-supply-vs-need', 'pipeline-stocks'],
};

describe.each(KINDS)('writeReport(%s)', (kind) => {
  it('detects the kind from the files present', async () => {
    expect(await detectKind(join(FIXTURES, kind))).toBe(kind);
  });

  it('writes every chart as SVG, PNG and vega-lite JSON, and report.html', async () => {
    const dir = await fixtureCopy(kind);
    const { files } = await writeReport(dir);
    const chartFiles = (await readdir(join(dir, 'charts'))).sort();
    const expected = EXPECTED_CHARTS[kind]!.flatMap((name) => [`${name}.png`, `${name}.svg`, `${name}.vl.json`]).sort();
    expect(chartFiles).toEqual(expected);
    expect(files).toContain(join(dir, 'report.html'));
    expect(files).toHaveLength(expected.length + 1);
    for (const file of files) await expect(access(file)).resolves.toBeUndefined();
    const png = await readFile(join(dir, 'charts', `${EXPECTED_CHARTS[kind]![0]}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('writes a self-contained report.html with no network references', async () => {
    const dir = await fixtureCopy(kind);
    await writeReport(dir, { kind });
    const page = await readFile(join(dir, 'report.html'), 'utf8');
    // Namespace declarations (xmlns="http://www.w3.org/...") name a namespace, they are never fetched.
    const withoutNamespaces = page.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/<script|<link|<iframe|<img|@import|@font-face/i);
    for (const name of EXPECTED_CHARTS[kind]!) expect(page).toContain(`data-chart="${name}"`);
    for (const heading of ['Objectives', 'Model logic', 'Data', 'Experimentation', 'Implementation']) {
      expect(page).toContain(heading);
    }
  });
});

describe('writeReport with missing optional files', () => {
  it('leaves out only the charts whose files are missing, and says so', async () => {
    const { rm } = await import('node:fs/promises');
    const dir = await fixtureCopy('run');
    await rm(join(dir, 'staff_time.csv'));
    await rm(join(dir, 'wait_distribution.csv'));
    await writeReport(dir);
    const charts = await readdir(join(dir, 'charts'));
    expect(charts.some((f) => f.startsWith('staff-time'))).toBe(false);
    expect(charts).toContain('within-18-weeks.svg');
    const page = await readFile(join(dir, 'report.html'), 'utf8');
    expect(page).toContain('staff_time.csv was not found');
  });

  it('names the folder and the expected files when the kind cannot be told', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'cgs-report-empty-'));
    await expect(writeReport(dir)).rejects.toThrow(/Cannot tell the report kind.*summary\.csv/);
  });
});

describe('HTML escaping', () => {
  it('shows a malicious scenario name as text in the page, the charts and the tables', async () => {
    const { MALICIOUS, replaceInFile } = await import('./fixture-dir.js');
    const dir = await fixtureCopy('compare');
    await replaceInFile(join(dir, 'run.json'), 'Mainstreaming and counsellor options', MALICIOUS);
    await replaceInFile(join(dir, 'run.json'), 'Mainstreaming +20%', MALICIOUS);
    await replaceInFile(join(dir, 'comparison.csv'), 'Mainstreaming +20%', MALICIOUS);
    await writeReport(dir);
    const page = await readFile(join(dir, 'report.html'), 'utf8');
    expect(page).not.toContain(MALICIOUS);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<h1 id="report-title">&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(page).toContain('data-scenario="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
