import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, STAFFING_PLAN_COLUMNS, SWEEP_COLUMNS } from '../../src/results/columns.js';
import { cli, FIXTURES } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
let dir: string;
let pooled: string;
let busier: string;

const csv = (path: string) => {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return rows.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v])));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-experiments-'));
  pooled = join(dir, 'pooled.yaml');
  writeFileSync(pooled, `extends: ${SMALL}\nname: test-cli-pooled\ngeography:\n  networks:\n    south_west:\n      poolWaitingList: true\n`);
  busier = join(dir, 'busier.yaml');
  // Twice the cancer referrals: a change no replication noise can hide.
  writeFileSync(busier, `extends: ${SMALL}\nname: test-cli-busier\ndemand:\n  indications:\n    inherited_cancer:\n      ratePer100kPerYear: 280\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cgs-sim compare', () => {
  it('pairs scenarios replication by replication and flags differences whose CI includes zero', () => {
    const out = join(dir, 'compare');
    const r = cli(['compare', SMALL, SMALL, '--out', out, '--quiet', '--workers', '2']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'comparison.csv'));
    expect(Object.keys(rows[0]!)).toEqual([...COMPARISON_COLUMNS]);
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

  it('compares real changes: every metric of every scenario has a difference from the first, and both verdicts occur', () => {
    const out = join(dir, 'compare-pooled');
    const r = cli(['compare', SMALL, pooled, busier, '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'comparison.csv'));
    const first = rows.filter((x) => x.scenario === 'test-cli-small');
    expect(first.every((x) => x.diff_from_first === '' && x.distinguishable === '')).toBe(true);
    const key = (x: Record<string, string>) => `${x.scope}|${x.scope_id}|${x.year}|${x.metric}`;
    const base = new Map(first.map((x) => [key(x), x]));
    for (const name of ['test-cli-pooled', 'test-cli-busier']) {
      const own = rows.filter((x) => x.scenario === name);
      // Every metric, scope and year of the first scenario is compared.
      expect(own.map(key).sort(), name).toEqual([...base.keys()].sort());
      for (const x of own) {
        const defined = x.mean !== '' && base.get(key(x))!.mean !== '';
        const where = `${name} ${key(x)}`;
        if (!defined) {
          // A metric undefined in either scenario (a mean wait with no one seen) has no difference.
          expect(x.diff_from_first, where).toBe('');
          continue;
        }
        expect(Number.isFinite(Number(x.diff_from_first)) && x.diff_from_first !== '', where).toBe(true);
        expect(Number(x.diff_ci_low), where).toBeLessThanOrEqual(Number(x.diff_from_first));
        expect(Number(x.diff_ci_high), where).toBeGreaterThanOrEqual(Number(x.diff_from_first));
        expect(x.distinguishable, where).toBe(Number(x.diff_ci_low) > 0 || Number(x.diff_ci_high) < 0 ? 'yes' : 'no');
      }
    }
    const verdicts = new Set(rows.filter((x) => x.scenario !== 'test-cli-small').map((x) => x.distinguishable));
    expect(verdicts).toContain('yes');
    expect(verdicts).toContain('no');
    // The doubled cancer demand is distinguishable where it must be: national referrals in every year.
    const referrals = rows.filter((x) => x.scenario === 'test-cli-busier' && x.metric === 'referrals_received' && x.scope === 'national');
    expect(referrals.length).toBeGreaterThan(0);
    for (const x of referrals) expect(x.distinguishable, key(x)).toBe('yes');
  });
});

describe('cgs-sim sweep', () => {
  it('writes one-way settings (baseline, low, high) for each varied parameter', () => {
    const out = join(dir, 'sweep');
    const r = cli(['sweep', SMALL, '--vary', 'pathway.dnaShare=0.05:0.25', '--replications', '2', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'sweep.csv'));
    expect(Object.keys(rows[0]!)).toEqual([...SWEEP_COLUMNS]);
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
    // The second year: the default start list has about a third of its patients past 18 weeks
    // (published strain), so no staffing reaches the target as a first-year average.
    const r = cli(['solve', SMALL, '--target', 'pct_within_18_weeks>=0.9', '--target-years', '2027', '--replications', '3', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'staffing_plan.csv'));
    // The columns the report reads are written.
    for (const column of STAFFING_PLAN_COLUMNS) {
      expect(Object.keys(rows[0]!)).toContain(column);
    }
    expect(new Set(rows.map((x) => x.scope_id))).toEqual(new Set(['south_west']));
    for (const x of rows) expect(Number(x.fte_needed_simulated)).toBeGreaterThanOrEqual(Number(x.fte_available) - 1e-9);
    expect(existsSync(join(out, 'recruitment_plan.yaml'))).toBe(true);
  });

  it('adds staff when demand outgrows them, and the plan meets the target', () => {
    const out = join(dir, 'solve-busy');
    // The second year, as above: a start list with a third past 18 weeks cannot average 92% in its first year.
    const r = cli(['solve', SMALL, '--target', 'pct_within_18_weeks>=0.92', '--target-years', '2027', '--set', 'demand.indications.inherited_cancer.ratePer100kPerYear=300',
      '--replications', '3', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rows = csv(join(out, 'staffing_plan.csv'));
    expect(rows.some((x) => Number(x.additional_fte) > 0)).toBe(true);
    const targetYear = rows.filter((x) => x.year === '2027');
    expect(targetYear.length).toBeGreaterThan(0);
    expect(targetYear.every((x) => x.target_met === 'yes')).toBe(true);
    expect(targetYear.every((x) => Number(x.target_1_value) >= 0.92)).toBe(true);
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
