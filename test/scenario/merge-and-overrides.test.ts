import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { mergeScenario } from '../../src/scenario/merge.js';
import { overridesToObject } from '../../src/scenario/set-overrides.js';
import { BASELINE, SCENARIOS, issuesOf, onBaseline, tempScenarios } from './scenario-fixtures.js';

describe('merging layers', () => {
  it('objects merge by key, lists and scalars replace, null deletes', () => {
    const base = { a: { x: 1, y: 2 }, list: [1, 2, 3], keep: 'k', gone: { deep: 1 } };
    const over = { a: { y: 20, z: 30 }, list: [9], gone: null };
    expect(mergeScenario(base, over)).toEqual({ a: { x: 1, y: 20, z: 30 }, list: [9], keep: 'k' });
    expect(base).toEqual({ a: { x: 1, y: 2 }, list: [1, 2, 3], keep: 'k', gone: { deep: 1 } });
  });

  it('an extends chain applies base first, each file relative to its own folder', async () => {
    const dir = tempScenarios({});
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'middle.yaml'), onBaseline('run: { years: 4 }\npathway: { dnaShare: 0.2 }'));
    writeFileSync(join(dir, 'sub', 'top.yaml'), 'extends: ../middle.yaml\nname: top\npathway: { dnaShare: 0.25 }\n');
    const loaded = await loadScenario(join(dir, 'sub', 'top.yaml'));
    const baseline = await loadScenario(BASELINE);
    expect(loaded.chain).toEqual([BASELINE, join(dir, 'middle.yaml'), join(dir, 'sub', 'top.yaml')]);
    expect(loaded.scenario.name).toBe('top');
    expect(loaded.scenario.run.years).toBe(4);
    expect(loaded.scenario.pathway.dnaShare).toBe(0.25);
    expect(loaded.scenario.run.seed).toBe(baseline.scenario.run.seed);
    expect(loaded.scenario.pathway.dnaRebookShare).toBe(baseline.scenario.pathway.dnaRebookShare);
    expect(loaded.scenario).not.toHaveProperty('extends');
  });

  it('a list in a what-if replaces the whole list; null turns an optional section off', async () => {
    const dir = tempScenarios({ 'x.yaml': onBaseline('workforce: { skillMix: { triage: [clinical_geneticist] } }\ndemand: { indications: { cardiac: { mainstreaming: null } } }') });
    const s = (await loadScenario(join(dir, 'x.yaml'))).scenario;
    expect(s.workforce.skillMix.triage).toEqual(['clinical_geneticist']);
    expect(s.demand.indications.cardiac!.mainstreaming).toBeUndefined();
    expect(s.demand.indications.inherited_cancer!.mainstreaming).toBeDefined();
  });
});

describe('--set overrides', () => {
  it('parse nested paths, YAML scalars and flow lists', () => {
    expect(overridesToObject(['run.years=3', 'demand.indications.cardiac.ratePer100kPerYear=30', 'a.list=[x, y]', 'a.flag=true'])).toEqual({
      run: { years: 3 }, demand: { indications: { cardiac: { ratePer100kPerYear: 30 } } }, a: { list: ['x', 'y'], flag: true },
    });
  });

  it('apply last, over the whole extends chain', async () => {
    const file = join(SCENARIOS, 'whatif-virtual-first.yaml');
    const loaded = await loadScenario(file, {
      overrides: ['run.years=3', 'demand.indications.cardiac.ratePer100kPerYear=30', 'appointmentModes.video.share=0.3', 'appointmentModes.telephone.share=0.5',
        'workforce.skillMix.triage=[genetic_counsellor, clinical_geneticist]', 'geography.networks.east.poolWaitingList=true'],
    });
    const s = loaded.scenario;
    expect(s.run.years).toBe(3);
    expect(s.demand.indications.cardiac!.ratePer100kPerYear).toBe(30);
    expect(s.demand.indications.cardiac!.annualGrowthShare).toBe((await loadScenario(BASELINE)).scenario.demand.indications.cardiac!.annualGrowthShare);
    expect(s.appointmentModes.video.share).toBe(0.3);
    expect(s.appointmentModes.face_to_face.share).toBe(0.2);
    expect(s.workforce.skillMix.triage).toEqual(['genetic_counsellor', 'clinical_geneticist']);
    expect(s.geography.networks.east!.poolWaitingList).toBe(true);
    expect(s.geography.networks.north_west!.poolWaitingList).toBe(false);
  });

  it('a misspelt --set path is an unknown-field issue blamed on --set', async () => {
    const issues = await issuesOf(BASELINE, { overrides: ['demand.indications.cardiac.ratePer100kPerYer=30'] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: '--set', path: 'demand.indications.cardiac' });
    expect(issues[0]!.message).toContain("unknown field 'ratePer100kPerYer'");
  });

  it('a bad --set value names --set, the path, the value and the expectation', async () => {
    const issues = await issuesOf(BASELINE, { overrides: ['run.years=0'] });
    expect(issues).toEqual([{ file: '--set', path: 'run.years', message: 'expected at least 1 year', received: 0 }]);
  });

  it('a --set without "=" is an issue naming --set', async () => {
    const issues = await issuesOf(BASELINE, { overrides: ['run.years'] });
    expect(issues[0]).toMatchObject({ file: '--set', path: 'run.years' });
    expect(issues[0]!.message).toContain('expected path=value');
  });
});
