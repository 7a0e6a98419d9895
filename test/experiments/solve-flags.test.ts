import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../cli/cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'cgs-solve-flags-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `--years` is a count in every command; solve's target years have their own flag. */
describe('solve: one meaning per flag', () => {
  it('a range given to --years stops with exit 2, naming --target-years and showing the corrected command', () => {
    const out = join(dir, 'range');
    const r = cli(['solve', SMALL, '--target', 'pct_within_18_weeks>=0.92', '--years', '2026-2030', '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--target-years');
    expect(r.stderr).toContain(`solve ${SMALL} --target "pct_within_18_weeks>=0.92" --target-years 2026-2030 --out ${out} --quiet`);
    expect(existsSync(out)).toBe(false);
  });

  it('target years outside the simulated years are refused with a pointer to --years N', () => {
    const out = join(dir, 'outside');
    const r = cli(['solve', SMALL, '--target', 'pct_within_18_weeks>=0.92', '--years', '2', '--target-years', '2029', '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--target-years 2029: expected years within the scenario\'s 2026-2027');
    expect(existsSync(out)).toBe(false);
  });
});
