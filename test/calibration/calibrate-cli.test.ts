import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, ROOT } from '../cli/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cgs-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cgs-sim calibrate', () => {
  it('fits the shipped anchors (the North West, which has one), writes a calibrated scenario that validates from anywhere, fit.csv and a calibration report', () => {
    const out = join(dir, 'cal');
    const r = cli(['calibrate', join(FIXTURES, 'cli-small.yaml'), '--observed', join(ROOT, 'data', 'observed', 'published-anchors.csv'),
      '--out', out, '--replications', '2', '--max-evaluations', '6', '--workers', '2', '--quiet', '--set', 'geography.includeNetworks=[north_west]']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Observed vs simulated/);
    const yaml = readFileSync(join(out, 'calibrated.yaml'), 'utf8');
    expect(yaml).toMatch(/^extends: \.\.\//m);
    expect(cli(['validate', join(out, 'calibrated.yaml')]).status).toBe(0);
    const fit = readFileSync(join(out, 'fit.csv'), 'utf8').trim().split('\n');
    expect(fit[0]).toMatch(/^year,year_simulated,scope,scope_id,metric,observed/);
    // Every anchor has a row: compared ones with a simulated value, the others with a note saying why not.
    expect(fit.length - 1).toBe(readFileSync(join(ROOT, 'data', 'observed', 'published-anchors.csv'), 'utf8').trim().split('\n').length - 1);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/Validate-fit/);
    expect(html).toMatch(/Fitted parameters/);
  }, 300_000);

  it('refuses an unknown --fit path before simulating, with exit status 2', () => {
    const r = cli(['calibrate', join(FIXTURES, 'cli-small.yaml'), '--observed', join(ROOT, 'data', 'observed', 'published-anchors.csv'),
      '--out', join(dir, 'bad'), '--fit', 'pathway.noSuchThing', '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--fit pathway\.noSuchThing/);
  });
});
