import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { fixtureCopy } from './fixture-dir.js';

/** Adds equity rows to the compare fixture's comparison.csv: the what-if narrows the spread and raises access. */
async function withEquityRows(dir: string): Promise<void> {
  const file = join(dir, 'comparison.csv');
  const text = await readFile(file, 'utf8');
  const [header, ...lines] = text.trimEnd().split('\n');
  const keys = [...new Set(lines.map((l) => l.split(',').slice(0, 4).join(',')))].filter((k) => k.includes(',national,'));
  const scenarios = [...new Set(keys.map((k) => k.split(',')[0]!))];
  const added = keys.flatMap((key) => {
    const first = key.startsWith(`${scenarios[0]},`);
    return [
      `${key},wait_spread_weeks,${first ? 12 : 7},${first ? 11 : 6},${first ? 13 : 8},${first ? 0 : -5},${first ? '' : -6},${first ? '' : -4},${first ? '' : 'yes'}`,
      `${key},access_ratio,${first ? 0.91 : 0.97},0.9,0.99,${first ? 0 : 0.06},${first ? '' : 0.05},${first ? '' : 0.07},${first ? '' : 'yes'}`,
    ];
  });
  await writeFile(file, [header, ...lines, ...added].join('\n') + '\n');
}

describe('compare report: equity between CGSs', () => {
  it('draws the spread of waits and the access ratio by scenario and says how to read them', async () => {
    const dir = await fixtureCopy('compare');
    await withEquityRows(dir);
    await writeReport(dir, { kind: 'compare' });
    const charts = await readdir(join(dir, 'charts'));
    expect(charts).toContain('scenarios-wait-spread-weeks.svg');
    expect(charts).toContain('scenarios-access-ratio.svg');
    // Only metrics the comparison carries are drawn.
    expect(charts).not.toContain('scenarios-wait-gini.svg');
    const page = await readFile(join(dir, 'report.html'), 'utf8');
    expect(page).toContain('Spread of CGS median waits by scenario');
    expect(page).toMatch(/Equity between CGSs: the spread of waits/);
    const spec = JSON.parse(await readFile(join(dir, 'charts', 'scenarios-access-ratio.vl.json'), 'utf8'));
    expect(JSON.stringify(spec)).toContain('0.97');
  });

  it('leaves the equity charts and note out of a comparison without equity metrics', async () => {
    const dir = await fixtureCopy('compare');
    await writeReport(dir, { kind: 'compare' });
    const charts = await readdir(join(dir, 'charts'));
    expect(charts.some((c) => c.startsWith('scenarios-wait-spread'))).toBe(false);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).not.toMatch(/Equity between CGSs/);
  });
});
