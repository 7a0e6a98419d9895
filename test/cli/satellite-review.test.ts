import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE, cli, readCsv, ROOT } from './cli.js';

const WHATIF = join(ROOT, 'scenarios', 'whatif-satellite-review.yaml');
let dir: string;
let baseline: Map<string, number>;
let review: Map<string, number>;

/**
 * The shipped satellite review against the national baseline, South West only, 2 years (the
 * change starts in the second), 2 replications. The longest journeys' relative risk is raised to
 * 3 in both runs so that the fall in non-attendance shows through two replications' noise; travel
 * and the satellite share move by far more than noise at the shipped values.
 */
function run(scenario: string, out: string): Map<string, number> {
  const r = cli(['run', scenario, '--out', out, '--replications', '2', '--years', '2', '--uncertainty', 'none', '--workers', '1', '--quiet',
    '--set', 'geography.includeNetworks=[south_west]', '--set', 'clinicSettings.dnaRelativeRisk.over_60_min=3']);
  expect(r.status, r.stderr).toBe(0);
  const { rows } = readCsv(join(out, 'summary.csv'));
  return new Map(rows.filter((row) => row.year === '2027').map((row) => [`${row.scope_id}|${row.metric}`, Number(row.mean)]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-satellite-review-'));
  baseline = run(BASELINE, join(dir, 'baseline'));
  review = run(WHATIF, join(dir, 'review'));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('whatif-satellite-review from the command line', () => {
  it('more satellite clinics at L and M: more staff travel, more first appointments at satellites', () => {
    for (const cgs of ['L', 'M']) {
      expect(review.get(`${cgs}|staff_travel_hours`)!, cgs).toBeGreaterThan(1.5 * baseline.get(`${cgs}|staff_travel_hours`)!);
      expect(review.get(`${cgs}|share_first_satellite`)!, cgs).toBeGreaterThan(baseline.get(`${cgs}|share_first_satellite`)! + 0.05);
      // Satellites move face-to-face appointments nearer; they do not change how many are face to face.
      expect(Math.abs(review.get(`${cgs}|share_first_face_to_face`)! - baseline.get(`${cgs}|share_first_face_to_face`)!), cgs).toBeLessThan(0.03);
    }
  });

  it('patients living over an hour away miss fewer appointments, and so do patients overall', () => {
    expect(review.get('south_west|dna_rate_over_60_min')!).toBeLessThan(baseline.get('south_west|dna_rate_over_60_min')!);
    expect(review.get('south_west|dna_rate')!).toBeLessThan(baseline.get('south_west|dna_rate')!);
  });
});
