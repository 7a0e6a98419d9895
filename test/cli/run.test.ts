import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, listFiles, readCsv, snapshot, type CliResult } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const ROLES = ['clinical_geneticist', 'specialty_registrar', 'genetic_counsellor', 'trainee_genetic_counsellor', 'genomic_associate', 'family_history_coordinator', 'clinical_psychologist'];
const METRICS = [
  'referrals_received', 'referrals_mainstreamed', 'first_appointments', 'waiting_list_end', 'pct_within_18_weeks', 'p92_wait_weeks',
  'median_weeks_to_diagnosis', 'psychology_unmet', ...ROLES.flatMap((r) => [`utilisation_${r}`, `fte_available_${r}`, `fte_needed_${r}`]),
];
/** Files that must not depend on the number of worker threads (run.json records it, and wall time). */
const DETERMINISTIC = ['summary.csv', 'waiting_list.csv', 'staff_time.csv', 'staffing_need.csv', 'wait_distribution.csv', 'assumptions.csv', 'scenario.resolved.yaml'];

/**
 * End to end through `node bin/cgs-sim`, on a two-year South West fixture with three
 * replications. Three runs are shared by the tests below: one worker, two workers, another seed.
 */
describe('cgs-sim run', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cgs-cli-run-'));
  const one = join(tmp, 'one-worker');
  const two = join(tmp, 'two-workers');
  const seed7 = join(tmp, 'seed-7');
  let results: Record<string, CliResult>;
  beforeAll(() => {
    results = {
      one: cli(['run', SMALL, '--workers', '1', '--out', one, '--quiet']),
      two: cli(['run', SMALL, '--workers', '2', '--out', two, '--quiet']),
      seed7: cli(['run', SMALL, '--workers', '2', '--seed', '7', '--out', seed7, '--quiet']),
    };
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 and prints where the results are', () => {
    for (const [name, r] of Object.entries(results)) {
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain('Results in');
    }
  });

  it('writes every result file, run.json, report.html and charts/', () => {
    const files = listFiles(one);
    for (const f of [...DETERMINISTIC, 'run.json', 'report.html']) expect(files, f).toContain(f);
    expect(statSync(join(one, 'charts')).isDirectory()).toBe(true);
    expect(readdirSync(join(one, 'charts')).some((f) => f.endsWith('.svg'))).toBe(true);
    expect(readFileSync(join(one, 'report.html'), 'utf8')).toMatch(/<html/i);
    // Nothing is left behind from the temporary folder the results were written in.
    expect(readdirSync(tmp).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('summary.csv has the documented columns, every scope and every headline and per-role metric', () => {
    const { header, rows } = readCsv(join(one, 'summary.csv'));
    expect(header).toEqual(['scope', 'scope_id', 'year', 'metric', 'mean', 'ci_low', 'ci_high', 'n', 'ui_low', 'ui_high']);
    const scopes = new Set(rows.map((r) => `${r.scope}/${r.scope_id}`));
    expect([...scopes].sort()).toEqual(['cgs/L', 'cgs/M', 'national/simulated_networks', 'network/south_west']);
    const have = new Set(rows.map((r) => `${r.scope}/${r.scope_id}/${r.year}/${r.metric}`));
    for (const scope of scopes) {
      for (const year of ['2026', '2027']) {
        for (const metric of METRICS) expect(have.has(`${scope}/${year}/${metric}`), `${scope} ${year} ${metric}`).toBe(true);
      }
    }
    for (const r of rows) {
      if (r.mean === '') continue; // No value (e.g. utilisation of a role nobody has).
      expect(Number(r.n), `${r.scope_id} ${r.year} ${r.metric}`).toBeGreaterThanOrEqual(1);
      expect(Number(r.ci_low)).toBeLessThanOrEqual(Number(r.mean));
      expect(Number(r.ci_high)).toBeGreaterThanOrEqual(Number(r.mean));
    }
    const count = rows.find((r) => r.scope === 'national' && r.year === '2026' && r.metric === 'referrals_received')!;
    expect(count.n).toBe('3');
    expect(Number(count.mean)).toBeGreaterThan(1000);
  });

  it('counts add up from CGS to network to national (means of sums = sums of means, to 6 significant digits)', () => {
    const { rows } = readCsv(join(one, 'summary.csv'));
    const mean = (scope: string, id: string, year: string, metric: string) =>
      Number(rows.find((r) => r.scope === scope && r.scope_id === id && r.year === year && r.metric === metric)!.mean);
    for (const year of ['2026', '2027']) {
      for (const metric of ['referrals_received', 'first_appointments', 'waiting_list_end', 'fte_available_genetic_counsellor']) {
        const sum = mean('cgs', 'L', year, metric) + mean('cgs', 'M', year, metric);
        // Each figure is written rounded to 6 significant digits: allow that rounding on three of them.
        const tolerance = 3 * 5e-6 * Math.max(1, Math.abs(sum));
        expect(Math.abs(mean('network', 'south_west', year, metric) - sum)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(mean('national', 'simulated_networks', year, metric) - sum)).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('run.json records the run', () => {
    const run = JSON.parse(readFileSync(join(one, 'run.json'), 'utf8')) as Record<string, unknown>;
    expect(run).toMatchObject({ name: 'test-cli-small', seed: 1, replications: 3, workers: 1, years: [2026, 2027] });
    expect((run.eventsPerReplication as number[]).length).toBe(3);
    expect(JSON.parse(readFileSync(join(seed7, 'run.json'), 'utf8'))).toMatchObject({ seed: 7, workers: 2 });
  });

  it('same scenario and seed: byte-identical results with 1 and 2 worker threads', () => {
    for (const f of DETERMINISTIC) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
  });

  it('charts drawn on chart threads (2 workers) are the bytes drawn on the main thread (1 worker), and so is the report', () => {
    const charts = readdirSync(join(one, 'charts')).sort();
    expect(charts.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(3);
    expect(readdirSync(join(two, 'charts')).sort()).toEqual(charts);
    for (const f of charts) expect(readFileSync(join(two, 'charts', f)).equals(readFileSync(join(one, 'charts', f))), f).toBe(true);
    // Only the run-time line (wall time and workers) may differ.
    const report = (dir: string) => readFileSync(join(dir, 'report.html'), 'utf8').replace(/<dt>Run time<\/dt><dd>[^<]*<\/dd>/, '');
    expect(report(two)).toBe(report(one));
    expect(report(one)).not.toBe(readFileSync(join(one, 'report.html'), 'utf8'));
  });

  it('another seed gives other results (and records the seed in the resolved scenario)', () => {
    for (const f of ['summary.csv', 'waiting_list.csv', 'staff_time.csv', 'wait_distribution.csv']) {
      expect(readFileSync(join(seed7, f)).equals(readFileSync(join(one, f))), f).toBe(false);
    }
    const resolved = (dir: string) => readFileSync(join(dir, 'scenario.resolved.yaml'), 'utf8');
    expect(resolved(seed7)).toMatch(/^ {2}seed: 7$/m);
    expect(resolved(one)).toMatch(/^ {2}seed: 1$/m);
    // Nothing else in the scenario differs.
    expect(resolved(seed7).replace(/^ {2}seed: 7$/m, '  seed: 1')).toBe(resolved(one));
  });

  it('into an existing results folder without --force: exits 2, says why, leaves the folder untouched', () => {
    const before = snapshot(one);
    const r = cli(['run', SMALL, '--workers', '1', '--replications', '1', '--years', '1', '--out', one, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(one);
    expect(r.stderr).toContain('--force');
    const after = snapshot(one);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [f, [mtime, content]] of before) {
      expect(after.get(f)![0], f).toBe(mtime);
      expect(after.get(f)![1].equals(content), f).toBe(true);
    }
    expect(readdirSync(tmp).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('with --force: replaces the folder with the new results', () => {
    // Reuses the seed-7 results (the tests above are done with them).
    const target = seed7;
    expect(existsSync(join(target, 'summary.csv'))).toBe(true);
    const r = cli(['run', SMALL, '--workers', '1', '--replications', '2', '--years', '1', '--seed', '3', '--out', target, '--quiet', '--force']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(target, 'run.json'), 'utf8'))).toMatchObject({ replications: 2, seed: 3 });
    const { rows } = readCsv(join(target, 'summary.csv'));
    expect(new Set(rows.map((x) => x.year))).toEqual(new Set(['2026']));
    expect(rows.find((x) => x.scope === 'national' && x.metric === 'referrals_received')!.n).toBe('2');
    expect(readdirSync(tmp).filter((f) => f.includes('partial') || f.endsWith('.old'))).toEqual([]);
  });
});
