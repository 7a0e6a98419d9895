import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { BASELINE, cli } from '../cli/cli.js';

const dirs: string[] = [];
function overlay(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cgs-overlay-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

async function issuesOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('--data overlay of local tables', () => {
  it('replaces the default rows with the same key, keeps the others and adds new keys', async () => {
    const dir = overlay({
      'staff_baseline.csv': 'cgs_id,role,fte,source\nA,clinical_geneticist,20.5,"local: Northern Genetics Service establishment 2026"\n',
      'waiting_list_start.csv': 'cgs_id,priority,waited_weeks_from,waited_weeks_to,count,source\nA,routine,104,156,40,"local: waiting-list snapshot"\n',
    });
    const base = await loadScenario(BASELINE);
    const local = await loadScenario(BASELINE, { dataOverlays: [dir] });
    expect(base.scenario.workforce.staff.A!.clinical_geneticist).not.toBe(20.5);
    expect(local.scenario.workforce.staff.A!.clinical_geneticist).toBe(20.5);
    expect(local.scenario.workforce.staff.B).toEqual(base.scenario.workforce.staff.B);
    // A band the defaults do not have (they stop at 104 weeks), so the row is added, not replaced.
    const added = local.scenario.startWaitingList.filter((r) => r.cgsId === 'A' && r.waitedWeeksFrom === 104);
    expect(added).toEqual([expect.objectContaining({ priority: 'routine', waitedWeeksTo: 156, count: 40 })]);
    expect(local.scenario.startWaitingList.length).toBe(base.scenario.startWaitingList.length + 1);
    expect(local.assumptions.find((a) => a.path === 'workforce.staff.A.clinical_geneticist')?.source).toMatch(/^local:/);
    expect(local.chain[0]).toBe(`--data ${dir}`);
  });

  it('reports a bad overlay cell against the overlay file, row and column', async () => {
    const dir = overlay({ 'staff_baseline.csv': 'cgs_id,role,fte,source\nA,clinical_geneticist,20,ok\nB,genetic_counsellor,-3,ok\n' });
    const message = await issuesOf(loadScenario(BASELINE, { dataOverlays: [dir] }));
    expect(message).toContain(join(dir, 'staff_baseline.csv'));
    expect(message).toMatch(/row 3, column fte/);
    expect(message).toMatch(/>= 0/);
  });

  it('refuses a table the model does not read and a folder that does not exist, naming them', async () => {
    const dir = overlay({ 'staff.csv': 'cgs_id,role,fte,source\n' });
    expect(await issuesOf(loadScenario(BASELINE, { dataOverlays: [dir] }))).toContain(join(dir, 'staff.csv'));
    expect(await issuesOf(loadScenario(BASELINE, { dataOverlays: [join(dir, 'missing')] }))).toMatch(/cannot read the --data folder/);
  });

  it('is an option of validate on the command line, with exit status 2 for a bad overlay', () => {
    const good = overlay({ 'cgs.csv': '' });
    rmSync(join(good, 'cgs.csv'));
    writeFileSync(join(good, 'pathway.csv'), 'parameter,value,unit,source\nslot_utilisation_share,0.9,share,"local: clinic audit"\n');
    expect(cli(['validate', BASELINE, '--data', good]).status).toBe(0);
    const bad = overlay({ 'pathway.csv': 'parameter,value,unit,source\nslot_utilisation_share,1.5,share,"local"\n' });
    const r = cli(['validate', BASELINE, '--data', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(bad, 'pathway.csv'));
    expect(r.stderr).toMatch(/row 2, column value/);
  });
});
