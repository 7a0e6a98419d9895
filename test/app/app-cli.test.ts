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
});
