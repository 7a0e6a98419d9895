import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchObservations } from '../../src/calibration/simulated.js';
import { compileModel } from '../../src/model/model-config.js';
import { metricNames } from '../../src/results/measures.js';
import { ScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { readObserved } from '../../src/scenario/observed.js';
import { BASELINE, ROOT } from '../cli/cli.js';

const HEADER = 'year,scope,scope_id,metric,value,source,confidence';

function tempFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cgs-observed-'));
  const file = join(dir, 'observed.csv');
  writeFileSync(file, text);
  return file;
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try { await promise; } catch (error) { if (error instanceof ScenarioError) return error.message; throw error; }
  throw new Error('expected a ScenarioError');
}

describe('observed data files', () => {
  it('reads the shipped anchors and template, with every anchor\'s metric and scope known to the model', async () => {
    const anchors = await readObserved(join(ROOT, 'data', 'observed', 'published-anchors.csv'));
    const template = await readObserved(join(ROOT, 'data', 'observed', 'template.csv'));
    expect(anchors.length).toBeGreaterThan(5);
    expect(template.length).toBeGreaterThan(0);
    const { scenario } = await loadScenario(BASELINE);
    const matches = matchObservations(anchors, scenario, metricNames(compileModel(scenario)));
    expect(matches.filter((m) => m.year !== undefined && m.observation.weight > 0).length).toBeGreaterThan(3);
    for (const a of anchors) expect(a.source.length).toBeGreaterThan(30);
  });

  it('allows the optional columns to be left out, with weight 1', async () => {
    const file = tempFile(`${HEADER}\n2026,national,england,referrals_received,190000,local return,H\n`);
    const [o] = await readObserved(file);
    expect(o).toMatchObject({ year: 2026, weight: 1, low: undefined, value: 190000 });
    rmSync(file);
  });

  it('names the file, row and column of a bad cell', async () => {
    const file = tempFile(`${HEADER},low,high\n2026,national,england,dna,100,x,H,,\n2026,network,east,dna,100,x,Q,,\n2026,cgs,A,dna,100,x,H,120,130\n`);
    const message = await messageOf(readObserved(file));
    expect(message).toContain(file);
    expect(message).toMatch(/row 3, column confidence/);
    expect(message).toMatch(/row 4, column value: expected value >= low/);
  });

  it('names the row of an unknown metric or scope id when matched against a scenario', async () => {
    const file = tempFile(`${HEADER}\n2026,national,england,referals_received,1,x,H\n2026,cgs,Z,dna,1,x,H\n`);
    const observations = await readObserved(file);
    const { scenario } = await loadScenario(BASELINE);
    const message = await messageOf(Promise.resolve().then(() => matchObservations(observations, scenario, metricNames(compileModel(scenario)))));
    expect(message).toMatch(/row 2, column metric: unknown metric/);
    expect(message).toMatch(/row 3, column scope_id: unknown cgs id/);
  });
});
