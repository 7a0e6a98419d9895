import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
let dir: string;
let pooled: string;

const csv = (path: string) => {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return rows.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v])));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-experiments-'));
  pooled = join(dir, 'pooled.yaml');
  writeFileSync(pooled, `extends: ${SMALL}\nname: test-cli-pooled\ngeography:\n  networks:\n    south_west:\n      poolWaitingList: true\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cgs-sim compare', () => {
  it('pairs scenarios replication by replication and flags differences whose CI includes zero', () => {
    const out = join(dir, 'compare');
    const r = cli(['compare', SMALL, SMALL, '--out', out, '--quiet', '--workers', '2']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'comparison.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['scenario', 'scope', 'scope_id', 'year', 'metric', 'mean', 'ci_low', 'ci_high', 'diff_from_first', 'diff_ci_low', 'diff_ci_high', 'distinguishable']);
    // The same scenario twice: common random numbers make every paired difference exactly 0.
    const second = rows.filter((x) => x.scenario === 'test-cli-small-2');
    expect(second.length).toBeGreaterThan(100);
    for (const x of second) {
      if (x.diff_from_first === '') continue;
      expect(Number(x.diff_from_first)).toBe(0);
      expect(x.distinguishable).toBe('no');
    }
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect(existsSync(join(out, 'test-cli-small', 'summary.csv'))).toBe(true);
    expect(r.stdout).toContain('not distinguishable');
  });

  it('compares a real change and reports the first scenario with empty difference columns', () => {
    const out = join(dir, 'compare-pooled');
    const r = cli(['compare', SMALL, pooled, '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'comparison.csv'));
    expect(rows.filter((x) => x.scenario === 'test-cli-small').every((x) => x.diff_from_first === '' && x.distinguishable === '')).toBe(true);
    expect(new Set(rows.filter((x) => x.scenario === 'test-cli-pooled').map((x) => x.distinguishable))).toContain('no');
  });
});

describe('cgs-sim sweep', () => {
  it('writes one-way settings (baseline, low, high) for each varied parameter', () => {
    const out = join(dir, 'sweep');
    const r = cli(['sweep', SMALL, '--vary', 'pathway.dnaShare=0.05:0.25', '--replications', '2', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'sweep.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['parameter', 'value', 'low_or_high', 'metric', 'year', 'mean', 'ci_low', 'ci_high']);
    expect(new Set(rows.map((x) => x.low_or_high))).toEqual(new Set(['baseline', 'low', 'high']));
    const dna = (level: string) => rows.find((x) => x.low_or_high === level && x.metric === 'dna' && x.year === '2026')!;
    expect(Number(dna('high').mean)).toBeGreaterThan(Number(dna('low').mean));
  });

  it('rejects a --vary path that does not exist, with exit status 2 and nothing written', () => {
    const out = join(dir, 'sweep-bad');
    const r = cli(['sweep', SMALL, '--vary', 'pathway.dnaShar=0.05:0.25', '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'pathway.dnaShar' is not a field of the scenario");
    expect(existsSync(out)).toBe(false);
  });
});

describe('cgs-sim solve', () => {
  it('writes staffing_plan.csv with the workload, analytic and simulated FTE side by side', () => {
    const out = join(dir, 'solve');
    const r = cli(['solve', SMALL, '--target', 'pct_within_18_weeks>=0.9', '--replications', '3', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'staffing_plan.csv'));
    for (const column of ['year', 'scope', 'scope_id', 'role', 'fte_available', 'fte_needed_workload', 'fte_needed_analytic', 'fte_needed_simulated', 'annual_cost']) {
      expect(Object.keys(rows[0]!)).toContain(column);
    }
    expect(new Set(rows.map((x) => x.scope_id))).toEqual(new Set(['south_west']));
    for (const x of rows) expect(Number(x.fte_needed_simulated)).toBeGreaterThanOrEqual(Number(x.fte_available) - 1e-9);
    expect(existsSync(join(out, 'recruitment_plan.yaml'))).toBe(true);
  });

  it('adds staff when demand outgrows them, and the plan meets the target', () => {
    const out = join(dir, 'solve-busy');
    const r = cli(['solve', SMALL, '--target', 'pct_within_18_weeks>=0.92', '--set', 'demand.indications.inherited_cancer.ratePer100kPerYear=300',
      '--replications', '3', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'staffing_plan.csv'));
    expect(rows.some((x) => Number(x.additional_fte) > 0)).toBe(true);
    expect(rows.every((x) => x.target_met === 'yes')).toBe(true);
    expect(rows.every((x) => Number(x.target_1_value) >= 0.92)).toBe(true);
  });

  it.each([
    [['--target', 'pct_within_18_weeks>=0.92', '--target', 'pct_within_18_weeks<=0.5'], 'contradictory targets'],
    [['--target', 'pct_within_18_weks>=0.92'], "unknown metric 'pct_within_18_weks'"],
    [['--target', 'pct_within_18_weeks>=0.92', '--roles', 'surgeon'], 'unknown role(s) surgeon'],
  ])('rejects bad requests (%j) with exit status 2', (args, message) => {
    const out = join(dir, `solve-bad-${Math.random().toString(36).slice(2)}`);
    const r = cli(['solve', SMALL, ...args, '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('reports an unreachable target with the best achieved and the binding constraint, exit 2, nothing written', () => {
    const out = join(dir, 'solve-unreachable');
    // Diagnosis needs a laboratory test with weeks of turnaround: no staffing brings the median under a week.
    const r = cli(['solve', SMALL, '--target', 'median_weeks_to_diagnosis<=1', '--roles', 'genomic_associate', '--max-extra-fte-share', '1',
      '--replications', '2', '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('target cannot be met');
    expect(r.stderr).toContain('best achieved median_weeks_to_diagnosis');
    expect(r.stderr).toContain('binding constraint');
    expect(existsSync(out)).toBe(false);
  });
});
