import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, type LoadedScenario } from '../../src/scenario/load-scenario.js';
import { BASELINE, SCENARIOS, leaves } from './scenario-fixtures.js';

const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml')).sort();
const whatIfs = files.filter((f) => f !== 'national-baseline.yaml');
const NETWORKS = ['north_east_yorkshire', 'north_west', 'central_south', 'east', 'south_west', 'north_thames', 'south_east'];
/** Fields that describe a scenario rather than change the model. */
const OWN_FIELDS = new Set(['name', 'description', 'extends']);

describe('shipped scenarios', () => {
  let baseline: LoadedScenario;
  beforeAll(async () => { baseline = await loadScenario(BASELINE); });

  it('include the baseline, one per network and the what-ifs', () => {
    expect(files).toContain('national-baseline.yaml');
    expect(files.filter((f) => f.startsWith('network-'))).toHaveLength(7);
    for (const w of ['faster-mainstreaming', 'higher-complex-demand', 'psychologist-every-cgs', 'genomic-associates-triage', 'virtual-first', 'network-pooled-lists', 'recruitment-plan']) {
      expect(files).toContain(`whatif-${w}.yaml`);
    }
  });

  it.each(files)('%s loads, validates and is named after its file', async (file) => {
    const loaded = await loadScenario(join(SCENARIOS, file));
    expect(loaded.scenario.name).toBe(basename(file, '.yaml'));
    expect(loaded.scenario.description.length).toBeGreaterThan(20);
    expect(Object.isFrozen(loaded.scenario)).toBe(true);
  });

  it('have unique names', () => {
    const names = files.map((f) => (parse(readFileSync(join(SCENARIOS, f), 'utf8')) as { name: string }).name);
    expect(new Set(names).size).toBe(files.length);
  });

  it.each(whatIfs)('%s starts with the schema line and a header comment, and extends a shipped scenario', (file) => {
    const text = readFileSync(join(SCENARIOS, file), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    expect(lines[1]).toMatch(/^# Question: /);
    const doc = parse(text) as { extends: string };
    expect(files).toContain(doc.extends);
  });

  it.each(whatIfs)('%s changes only what it states', async (file) => {
    const loaded = await loadScenario(join(SCENARIOS, file));
    const stated = [...leaves(parse(readFileSync(join(SCENARIOS, file), 'utf8')))].filter(([path]) => !OWN_FIELDS.has(path.split('.')[0]!));
    expect(stated.length).toBeGreaterThan(0);
    const resolved = leaves(loaded.scenario), base = leaves(baseline.scenario);
    for (const [path, value] of stated) expect(resolved.get(path), path).toEqual(value);
    const statedPaths = stated.map(([p]) => p);
    const changed = [...new Set([...resolved.keys(), ...base.keys()])]
      .filter((p) => !OWN_FIELDS.has(p) && JSON.stringify(resolved.get(p)) !== JSON.stringify(base.get(p)));
    expect(changed.length).toBeGreaterThan(0);
    for (const path of changed) expect(statedPaths.some((s) => path === s || path.startsWith(`${s}.`)), `${path} changed but ${file} does not state it`).toBe(true);
  });

  it('network scenarios each simulate one network, all seven covered', async () => {
    const included = await Promise.all(files.filter((f) => f.startsWith('network-')).map(async (f) => (await loadScenario(join(SCENARIOS, f))).scenario.geography.includeNetworks));
    expect(included.map((n) => (n as string[])[0]).sort()).toEqual([...NETWORKS].sort());
    for (const n of included) expect(n).toHaveLength(1);
  });

  it('what-if levers hold what their headers say', async () => {
    const load = async (name: string) => (await loadScenario(join(SCENARIOS, `${name}.yaml`))).scenario;
    const psych = await load('whatif-psychologist-every-cgs');
    for (const [id, cgs] of Object.entries(psych.geography.cgs)) {
      expect(cgs.psychologyAccess).toBe('in_service');
      expect(psych.workforce.staff[id]!.clinical_psychologist).toBeGreaterThan(0);
    }
    const pooled = await load('whatif-network-pooled-lists');
    expect(Object.values(pooled.geography.networks).every((n) => n.poolWaitingList)).toBe(true);
    const virtual = await load('whatif-virtual-first');
    expect(virtual.appointmentModes.face_to_face.share).toBeLessThan(baseline.scenario.appointmentModes.face_to_face.share);
    const ga = await load('whatif-genomic-associates-triage');
    expect(ga.workforce.skillMix.triage![0]).toBe('genomic_associate');
    expect(ga.workforce.skillMix.first_standard!.indexOf('genomic_associate')).toBeGreaterThan(ga.workforce.skillMix.first_standard!.indexOf('genetic_counsellor'));
    const plan = await load('whatif-recruitment-plan');
    const years = plan.workforce.recruitment.map((r) => Number(r.fromDate.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2027);
    expect(Math.max(...years)).toBeLessThanOrEqual(2031);
    for (const role of ['genetic_counsellor', 'clinical_geneticist']) {
      expect(new Set(plan.workforce.recruitment.filter((r) => r.role === role).map((r) => r.networkId))).toEqual(new Set(NETWORKS));
    }
  });
});
