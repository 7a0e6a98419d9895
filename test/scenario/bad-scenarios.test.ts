import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, ScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { issuesOf, onBaseline, tempScenarios } from './scenario-fixtures.js';

/** Writes one bad scenario extending the baseline and returns its path and its issues. */
async function bad(body: string): Promise<{ file: string; issues: Awaited<ReturnType<typeof issuesOf>> }> {
  const file = join(tempScenarios({ 'bad.yaml': onBaseline(body) }), 'bad.yaml');
  return { file, issues: await issuesOf(file) };
}

describe('bad scenarios give a ScenarioError naming the file, the field, the value and the expectation', () => {
  it('unknown field (a typo)', async () => {
    const { file, issues } = await bad('pathway: { dnaShrae: 0.1 }');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file, path: 'pathway' });
    expect(issues[0]!.message).toMatch(/unknown field 'dnaShrae'; check the spelling/);
  });

  it('wrong type', async () => {
    const { file, issues } = await bad('run: { years: ten }');
    expect(issues).toEqual([expect.objectContaining({ file, path: 'run.years', received: 'ten' })]);
    expect(issues[0]!.message).toMatch(/expected/);
  });

  it('negative rate', async () => {
    const { file, issues } = await bad('demand: { indications: { cardiac: { ratePer100kPerYear: -5 } } }');
    expect(issues).toEqual([{ file, path: 'demand.indications.cardiac.ratePer100kPerYear', message: 'expected a number >= 0', received: -5 }]);
  });

  it('priority shares not summing to 1', async () => {
    const { file, issues } = await bad('demand: { indications: { cardiac: { priorityMix: { urgent: 0.5 } } } }');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file, path: 'demand.indications.cardiac.priorityMix', message: 'expected the referrals shares to sum to 1' });
    expect(issues[0]!.received).toMatchObject({ urgent: 0.5 });
  });

  it('a role in the skill-mix table that does not exist', async () => {
    const { file, issues } = await bad('workforce: { skillMix: { triage: [genomic_associate, genetic_counselor] } }');
    expect(issues).toEqual([expect.objectContaining({ file, path: 'workforce.skillMix.triage.1', received: 'genetic_counselor' })]);
    expect(issues[0]!.message).toMatch(/role 'genetic_counselor' in the skill-mix table does not exist; expected one of .*genetic_counsellor/);
  });

  it('a CGS without staff (staff removed)', async () => {
    const { file, issues } = await bad('workforce: { staff: { Q: null } }');
    expect(issues).toEqual([expect.objectContaining({ file, path: 'workforce.staff.Q' })]);
    expect(issues[0]!.message).toMatch(/CGS 'Q' has no staff; expected FTE for at least one role/);
  });

  it('a CGS without staff (a new CGS added without any) blames the file that added it', async () => {
    const { file, issues } = await bad('geography: { cgs: { R: { name: New service, networkId: east, population: 1000000, psychologyAccess: none } } }');
    expect(issues).toEqual([expect.objectContaining({ file, path: 'workforce.staff.R' })]);
    expect(issues[0]!.message).toMatch(/CGS 'R' has no staff/);
  });

  it('unknown network in includeNetworks', async () => {
    const { file, issues } = await bad('geography: { includeNetworks: [east, north_wset] }');
    expect(issues).toEqual([expect.objectContaining({ file, path: 'geography.includeNetworks.1', received: 'north_wset' })]);
    expect(issues[0]!.message).toMatch(/unknown network 'north_wset'; expected one of .*north_west/);
  });

  it('circular extends', async () => {
    const dir = tempScenarios({ 'a.yaml': 'extends: b.yaml\nname: a\n', 'b.yaml': 'extends: a.yaml\nname: b\n' });
    const issues = await issuesOf(join(dir, 'a.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: join(dir, 'a.yaml'), path: 'extends' });
    expect(issues[0]!.message).toBe(`circular extends: ${join(dir, 'a.yaml')} -> ${join(dir, 'b.yaml')} -> ${join(dir, 'a.yaml')}`);
  });

  it('missing file', async () => {
    const dir = tempScenarios({});
    const issues = await issuesOf(join(dir, 'nope.yaml'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'nope.yaml'), path: '' })]);
    expect(issues[0]!.message).toMatch(/cannot read the scenario file \(ENOENT\)/);
  });

  it('a missing file in extends names the file that extends it', async () => {
    const dir = tempScenarios({ 'top.yaml': 'extends: nope.yaml\nname: top\n' });
    const issues = await issuesOf(join(dir, 'top.yaml'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'top.yaml'), path: 'extends', received: 'nope.yaml' })]);
    expect(issues[0]!.message).toContain(join(dir, 'nope.yaml'));
  });

  it('invalid YAML', async () => {
    const dir = tempScenarios({ 'broken.yaml': 'name: broken\nrun:\n  years: [1, 2\n  seed: 3\n' });
    const issues = await issuesOf(join(dir, 'broken.yaml'));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ file: join(dir, 'broken.yaml'), path: '' });
    expect(issues[0]!.message).toMatch(/^not valid YAML\/JSON: .+line \d+/);
  });

  it('duplicate keys are invalid YAML, not silently the last value', async () => {
    const dir = tempScenarios({ 'dup.yaml': onBaseline('run: { years: 3 }\nrun: { years: 4 }') });
    const issues = await issuesOf(join(dir, 'dup.yaml'));
    expect(issues[0]!.message).toMatch(/not valid YAML\/JSON/);
  });

  it('reports every issue at once, and the message shows file, path, expectation and value', async () => {
    const { file, issues } = await bad('pathway: { dnaShare: 1.5 }\nrun: { years: 0 }');
    expect(issues.map((i) => i.path).sort()).toEqual(['pathway.dnaShare', 'run.years']);
    const error = new ScenarioError(issues);
    expect(error.message).toContain(`${file}: pathway.dnaShare: expected a share <= 1 (got 1.5)`);
    expect(formatIssue(issues.find((i) => i.path === 'run.years')!)).toBe(`${file}: run.years: expected at least 1 year (got 0)`);
  });

  it('a bad value set in a base file is blamed on that file, not on the file extending it', async () => {
    const dir = tempScenarios({ 'base.yaml': onBaseline('pathway: { dnaShare: -0.1 }'), 'top.yaml': 'extends: base.yaml\nname: top\nrun: { years: 2 }\n' });
    const issues = await issuesOf(join(dir, 'top.yaml'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'base.yaml'), path: 'pathway.dnaShare', received: -0.1 })]);
  });

  it('a JSON scenario loads like YAML', async () => {
    const dir = tempScenarios({ 's.json': JSON.stringify({ extends: join(process.cwd(), 'scenarios', 'national-baseline.yaml'), name: 'json', run: { years: 2 } }) });
    expect((await loadScenario(join(dir, 's.json'))).scenario.run.years).toBe(2);
  });
});
