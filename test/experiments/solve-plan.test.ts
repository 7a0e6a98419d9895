import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli, FIXTURES } from '../cli/cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
let dir: string;
let busier: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-solve-plan-'));
  busier = join(dir, 'busier.yaml');
  // Demand well above today's staff: the list builds up over the years before the target year.
  writeFileSync(busier, `extends: ${SMALL}\nname: test-solve-busier\ndemand:\n  indications:\n    inherited_cancer:\n      ratePer100kPerYear: 300\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csvRows = (file: string) => {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
};

describe('solve for a late target year, then run with the recruitment plan pasted in', () => {
  it('finds a plan from the first years, with staff in post after the time to fill a post, that run confirms', () => {
    const out = join(dir, 'solve');
    const target = 'pct_within_18_weeks>=0.9';
    const r = cli(['solve', busier, '--target', target, '--years', '4', '--target-years', '2029', '--replications', '3', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const plan = parse(readFileSync(join(out, 'recruitment_plan.yaml'), 'utf8')) as { role: string; fromDate: string; fteChange: number }[];
    expect(plan.length).toBeGreaterThan(0);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { timeToFillMonths: Record<string, number> };
    for (const entry of plan) {
      // Recruited at the start of a financial year at the earliest, in post the role's time to fill later.
      const months = Math.ceil(run.timeToFillMonths[entry.role]!);
      const earliest = new Date(Date.UTC(2026, 3 + months, 1)).toISOString().slice(0, 10);
      expect(entry.fromDate >= earliest, `${entry.role} in post ${entry.fromDate}, not before ${earliest}`).toBe(true);
    }
    const rows = csvRows(join(out, 'staffing_plan.csv'));
    expect(rows.filter((x) => x.year === '2029').every((x) => x.target_met === 'yes')).toBe(true);

    const pasted = join(dir, 'with-plan.yaml');
    writeFileSync(pasted, `extends: ${busier}\nname: test-solve-with-plan\nworkforce:\n  recruitment:\n${stringify(plan).replace(/^/gm, '    ')}`);
    const ran = cli(['run', pasted, '--years', '4', '--replications', '3', '--out', join(dir, 'run'), '--quiet']);
    expect(ran.status, ran.stderr).toBe(0);
    const summary = csvRows(join(dir, 'run', 'summary.csv'));
    const met = summary.find((x) => x.scope === 'network' && x.scope_id === 'south_west' && x.year === '2029' && x.metric === 'pct_within_18_weeks')!;
    expect(Number(met.ci_low)).toBeGreaterThanOrEqual(0.9);
    // Without the plan the target is missed in 2029 (so the plan is what meets it).
    const without = cli(['run', busier, '--years', '4', '--replications', '3', '--out', join(dir, 'run-without'), '--quiet']);
    expect(without.status, without.stderr).toBe(0);
    const missed = csvRows(join(dir, 'run-without', 'summary.csv')).find((x) => x.scope === 'network' && x.scope_id === 'south_west' && x.year === '2029' && x.metric === 'pct_within_18_weeks')!;
    expect(Number(missed.ci_low)).toBeLessThan(0.9);
  }, 600_000);
});
