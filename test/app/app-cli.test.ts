import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_DATA_ID, type AppData } from '../../src/app/app-data.js';
import { cli, FIXTURES } from '../cli/cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');

function appData(html: string): AppData {
  const match = new RegExp(`<script type="application/json" id="${APP_DATA_ID}">(.*?)</script>`, 's').exec(html);
  if (match === null) throw new Error('no app data in the page');
  return JSON.parse(match[1]!) as AppData;
}

describe('cgs-sim app', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cgs-app-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes one self-contained page with the resolved scenario, and no temporary file left', () => {
    const out = join(tmp, 'page.html');
    const r = cli(['app', SMALL, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(out);
    expect(readdirSync(tmp)).toEqual(['page.html']);
    const html = readFileSync(out, 'utf8');
    // Nothing loaded from elsewhere, and the content policy forbids any connection.
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).toContain("connect-src 'none'");
    const data = appData(html);
    expect(data.scenario.name).toBe('test-cli-small');
    expect(data.scenario.geography.includeNetworks).toEqual(['south_west']);
    expect(data.sourceFile).toBe(SMALL);
    expect(data.assumptions.length).toBeGreaterThan(10);
    expect(data.workerSource.length).toBeGreaterThan(1000);
  });

  it('refuses to replace an existing file unless --force, and leaves it as it was', () => {
    const out = join(tmp, 'existing.html');
    writeFileSync(out, 'keep me');
    const refused = cli(['app', SMALL, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = cli(['app', SMALL, '--out', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(100_000);
  });

  it('stops before writing when the scenario is invalid', () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, `extends: ${SMALL}\nname: bad\nrun: { years: 0 }\n`);
    const out = join(tmp, 'never.html');
    const r = cli(['app', bad, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/run\.years/);
    expect(readdirSync(tmp)).not.toContain('never.html');
  });

  it('--set overrides scenario values as `run --set` does: the page\'s baseline and levers start from them', () => {
    const out = join(tmp, 'set.html');
    const r = cli(['app', SMALL, '--out', out, '--set', 'run.years=3', '--set', 'pathway.familyHistoryWeeks=10', '--set', 'access.underReferralGap=0.25']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('--set run.years=3');
    const html = readFileSync(out, 'utf8');
    const data = appData(html);
    expect(data.scenario.run.years).toBe(3);
    expect(data.scenario.pathway.familyHistoryWeeks).toBe(10);
    expect(data.scenario.access.underReferralGap).toBe(0.25);
    expect(data.sets).toEqual(['run.years=3', 'pathway.familyHistoryWeeks=10', 'access.underReferralGap=0.25']);
    expect(data.setOverrides).toEqual({ run: { years: 3 }, pathway: { familyHistoryWeeks: 10 }, access: { underReferralGap: 0.25 } });
    expect(html).toMatch(/id="set-overrides">Built with --set run\.years=3 --set pathway\.familyHistoryWeeks=10/);
    // Without --set the page is built from the file's own values.
    const plain = join(tmp, 'plain.html');
    expect(cli(['app', SMALL, '--out', plain]).status).toBe(0);
    expect(appData(readFileSync(plain, 'utf8')).scenario.pathway.familyHistoryWeeks).not.toBe(10);
  });

  it('a bad --set stops before writing, naming the field path and the value (exit 2)', () => {
    const cases: [string, RegExp[]][] = [
      ['pathway.dnaShare=1.5', [/--set/, /pathway\.dnaShare/, /1\.5/, /share <= 1/]],
      ['pathway.dnaShare=abc', [/--set/, /pathway\.dnaShare/, /'abc'/]],
      ['pathway.dnaShar=0.1', [/--set/, /pathway/, /dnaShar/]],
      ['pathway.dnaShare', [/--set/, /pathway\.dnaShare/, /path=value/]],
    ];
    for (const [set, patterns] of cases) {
      const out = join(tmp, 'bad-set.html');
      const r = cli(['app', SMALL, '--out', out, '--set', set]);
      expect(r.status, set).toBe(2);
      for (const pattern of patterns) expect(r.stderr, set).toMatch(pattern);
      expect(readdirSync(tmp), set).not.toContain('bad-set.html');
    }
  });
});
