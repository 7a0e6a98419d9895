import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, readCsv, type CliResult } from '../cli/cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const SAME = ['summary.csv', 'waiting_list.csv', 'staffing_need.csv', 'uncertainty_drivers.csv', 'scenario.resolved.yaml'];

/**
 * With parameter uncertainty on, replication i draws the same inputs whichever worker runs it:
 * one worker, two workers and a repeat give byte-identical results, and `--uncertainty none`
 * turns the draws (and the drivers file) off.
 */
describe('parameter uncertainty from the command line', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cgs-uncertainty-'));
  const out = (name: string) => join(tmp, name);
  const run = (name: string, extra: string[]) => cli(['run', SMALL, '--years', '1', '--replications', '4', '--out', out(name), '--quiet', ...extra]);
  let results: Record<string, CliResult>;
  beforeAll(() => {
    results = {
      one: run('one', ['--workers', '1', '--uncertainty', 'parameters']),
      two: run('two', ['--workers', '2', '--uncertainty', 'parameters']),
      again: run('again', ['--workers', '2', '--uncertainty', 'parameters']),
      none: run('none', ['--workers', '2', '--uncertainty', 'none']),
    };
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('runs in both modes', () => {
    for (const [name, r] of Object.entries(results)) expect(r.status, `${name}: ${r.stderr}`).toBe(0);
    expect(readFileSync(join(out('one'), 'scenario.resolved.yaml'), 'utf8')).toMatch(/uncertainty: parameters/);
    expect(readFileSync(join(out('none'), 'scenario.resolved.yaml'), 'utf8')).toMatch(/uncertainty: none/);
  });

  it('gives identical results with 1 and 2 workers, and when repeated', () => {
    for (const file of SAME) {
      const one = readFileSync(join(out('one'), file), 'utf8');
      expect(readFileSync(join(out('two'), file), 'utf8'), file).toBe(one);
      expect(readFileSync(join(out('again'), file), 'utf8'), file).toBe(one);
    }
  });

  it('ranks every uncertain input for each headline, and writes no ranking without uncertainty', () => {
    const { rows } = readCsv(join(out('one'), 'uncertainty_drivers.csv'));
    const waiting = rows.filter((r) => r.metric === 'waiting_list_end');
    expect(waiting.length).toBeGreaterThan(30);
    expect(waiting.map((r) => Number(r.rank))).toEqual(waiting.map((_, i) => i + 1));
    const sizes = waiting.map((r) => Math.abs(Number(r.rank_correlation)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(() => readFileSync(join(out('none'), 'uncertainty_drivers.csv'))).toThrow();
  });
});
