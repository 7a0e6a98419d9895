import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE, cli, ROOT } from './cli.js';

const WHATIFS = ['whatif-harmonised-access-criteria', 'whatif-community-engagement', 'whatif-self-referral'] as const;
const file = (name: string) => join(ROOT, 'scenarios', `${name}.yaml`);

let dir: string;
let rows: Record<string, string>[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-access-whatifs-'));
  // The North West only (D: wide criteria today, E: narrow), 3 years, inputs at their values.
  const out = join(dir, 'compare');
  const r = cli(['compare', BASELINE, ...WHATIFS.map(file), '--out', out, '--quiet', '--years', '3', '--replications', '3',
    '--uncertainty', 'none', '--set', 'geography.includeNetworks=[north_west]']);
  expect(r.status, r.stderr).toBe(0);
  const [header, ...lines] = readFileSync(join(out, 'comparison.csv'), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  rows = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v])));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The paired difference from the baseline of one metric. */
function diff(scenario: string, scopeId: string, year: number, metric: string): number {
  const row = rows.find((r) => r.scenario === scenario && r.scope_id === scopeId && r.year === String(year) && r.metric === metric);
  if (row === undefined) throw new Error(`no ${metric} for ${scenario} ${scopeId} ${year}`);
  return Number(row.diff_from_first);
}

describe('the need-and-access what-ifs', () => {
  it.each(WHATIFS)('%s validates', (name) => {
    const r = cli(['validate', file(name)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${name}: all networks`);
  });

  it('harmonised criteria raise access at the narrow CGS and lower it at the wide one, from April 2027 only', () => {
    const s = 'whatif-harmonised-access-criteria';
    expect(diff(s, 'E', 2026, 'access_ratio')).toBe(0);
    expect(diff(s, 'E', 2027, 'access_ratio')).toBeGreaterThan(0.02);
    expect(diff(s, 'D', 2027, 'access_ratio')).toBeLessThan(-0.02);
    expect(diff(s, 'E', 2027, 'triage_closed')).toBeGreaterThan(0);
  });

  it('community engagement raises access_ratio and referrals per 100,000 in its ramp years', () => {
    const s = 'whatif-community-engagement';
    expect(diff(s, 'north_west', 2026, 'access_ratio')).toBe(0);
    expect(diff(s, 'north_west', 2028, 'access_ratio')).toBeGreaterThan(diff(s, 'north_west', 2027, 'access_ratio'));
    expect(diff(s, 'north_west', 2028, 'access_ratio')).toBeGreaterThan(0.01);
    expect(diff(s, 'north_west', 2028, 'referrals_per_100k')).toBeGreaterThan(0);
  });

  it('self-referral adds its own referrals, triage closures and referrals per 100,000', () => {
    const s = 'whatif-self-referral';
    expect(diff(s, 'north_west', 2026, 'self_referral_scheme')).toBe(0);
    expect(diff(s, 'north_west', 2028, 'self_referral_scheme')).toBeGreaterThan(0);
    expect(diff(s, 'north_west', 2028, 'referrals_channel_self_referral')).toBeGreaterThan(0);
    expect(diff(s, 'north_west', 2028, 'triage_closed')).toBeGreaterThan(0);
    expect(diff(s, 'north_west', 2028, 'referrals_per_100k')).toBeGreaterThan(0);
    // Expected need does not move: the scheme changes who is referred, not who needs to be.
    expect(diff(s, 'north_west', 2028, 'expected_referrals')).toBe(0);
  });
});
