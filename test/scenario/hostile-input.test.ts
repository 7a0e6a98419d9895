import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { mergeScenario } from '../../src/scenario/merge.js';
import { BASELINE, SCENARIOS, issuesOf, onBaseline, tempScenarios } from './scenario-fixtures.js';

const EAST = join(SCENARIOS, 'network-east.yaml');

/** Loading must end in a ScenarioError (never another exception); returns its issues and message. */
async function refused(file: string, overrides: string[] = [], memoryBytes?: number) {
  try {
    await loadScenario(file, { overrides, memoryBytes });
  } catch (error) {
    expect(error, (error as Error).stack).toBeInstanceOf(ScenarioError);
    return { issues: (error as ScenarioError).issues, message: (error as Error).message };
  }
  throw new Error(`expected ${file} with ${overrides.join(' ')} to be refused`);
}

const fileWith = (name: string, text: string) => join(tempScenarios({ [name]: text }), name);

afterEach(() => {
  // No test may leave anything on Object.prototype, the way `--set __proto__.polluted=1` did.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof {}.toString).toBe('function');
});

describe('--set cannot reach a prototype: reserved names are unknown fields naming --set', () => {
  it.each([
    ['__proto__.polluted=1', '__proto__'],
    ['__proto__.__proto__.x=1', '__proto__'],
    ['__proto__.hasOwnProperty=1', '__proto__'],
    ['__proto__=1', '__proto__'],
    ['__proto__.toString=1', '__proto__'],
    ['pathway.constructor=1', 'pathway.constructor'],
    ['geography.cgs.prototype.population=1', 'geography.cgs.prototype'],
  ])('--set %s', async (set, path) => {
    const { issues } = await refused(EAST, [set]);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path })]);
    expect(issues[0]!.message).toMatch(/unknown field '(__proto__|constructor|prototype)'/);
  });

  it('a 5,000-level --set path is refused, not a crash', async () => {
    const { issues } = await refused(EAST, [`${'a.'.repeat(5000)}b=1`]);
    expect(issues).toEqual([expect.objectContaining({ file: '--set' })]);
    expect(issues[0]!.message).toMatch(/a path of 5001 fields; expected at most \d+/);
  });

  it('a reserved key inside a --set value is an unknown field', async () => {
    const { issues } = await refused(EAST, ['pathway={__proto__: {dnaShare: 0.9}}']);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'pathway.__proto__' })]);
  });
});

describe('reserved keys in scenario files are unknown fields, never silently dropped', () => {
  it.each([
    ['geography.cgs.__proto__', 'geography:\n  cgs:\n    __proto__: { name: Hidden, networkId: east, population: 1000000, psychologyAccess: none }'],
    ['__proto__', '__proto__: { run: { years: 2 } }'],
    ['pathway.constructor', 'pathway:\n  constructor: { dnaShare: 0.5 }'],
    ['workforce.staff.prototype', 'workforce:\n  staff:\n    prototype: { genetic_counsellor: 1 }'],
  ])('%s', async (path, body) => {
    const file = fileWith('reserved.yaml', onBaseline(body));
    const issues = await issuesOf(file);
    expect(issues).toEqual([expect.objectContaining({ file, path })]);
    expect(issues[0]!.message).toMatch(/unknown field/);
  });

  it('merging keeps a __proto__ key as data, never as the merged object\'s prototype', () => {
    const merged = mergeScenario({ a: 1 }, JSON.parse('{"__proto__": {"polluted": 1}, "b": 2}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['a', '__proto__', 'b']);
    expect(merged.polluted).toBeUndefined();
  });
});

describe('YAML that would throw inside the parser is refused naming file and line', () => {
  it('an alias before its anchor', async () => {
    const file = fileWith('alias.yaml', onBaseline('description: *nope'));
    const issues = await issuesOf(file);
    expect(issues).toEqual([expect.objectContaining({ file, path: 'description' })]);
    expect(issues[0]!.message).toMatch(/alias \*nope has no anchor &nope before it \(line 3\)/);
  });

  it('an alias inside its own anchor (a cycle)', async () => {
    const file = fileWith('cycle.yaml', onBaseline('description: &a [*a]'));
    const issues = await issuesOf(file);
    expect(issues).toEqual([expect.objectContaining({ file, path: 'description.0' })]);
    expect(issues[0]!.message).toMatch(/refers to a value that contains it \(a cycle\) \(line 3\)/);
  });

  it('a billion-laughs file', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const file = fileWith('laughs.yaml', `name: laughs\n${levels.join('\n')}\n`);
    const issues = await issuesOf(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file });
    expect(issues[0]!.message).toMatch(/aliases copy more than [\d,]+ values by here \(line \d+\)/);
  });

  it('nesting deeper than the limit', async () => {
    const file = fileWith('deep.yaml', onBaseline(`description: ${'['.repeat(40)}${']'.repeat(40)}`));
    const issues = await issuesOf(file);
    expect(issues[0]).toMatchObject({ file });
    expect(issues[0]!.message).toMatch(/nested more than 32 levels deep \(line 3\)/);
  });

  it('a 40 MB file is refused by its size before it is parsed', async () => {
    const file = fileWith('huge.yaml', '');
    writeFileSync(file, Buffer.alloc(40 * 1024 * 1024, 'a: 1\n'));
    const started = performance.now();
    const issues = await issuesOf(file);
    expect(performance.now() - started).toBeLessThan(30_000); // It used to run for over a minute; this is not a timing test.
    expect(issues).toEqual([expect.objectContaining({ file, path: '' })]);
    expect(issues[0]!.message).toMatch(/larger than 4 MiB/);
  });
});

describe('extends: follows only regular files', () => {
  it.each([
    ['a named pipe', (dir: string) => { execFileSync('mkfifo', [join(dir, 'pipe')]); return 'pipe'; }, /a named pipe, not a regular file/],
    ['/dev/zero', () => '/dev/zero', /a device, not a regular file/],
    ['a folder', () => '.', /a folder, not a regular file/],
  ])('%s is refused without reading it', async (_what, make, expected) => {
    const dir = tempScenarios({});
    const target = make(dir);
    const file = join(dir, 'top.yaml');
    writeFileSync(file, `extends: ${target}\nname: top\n`);
    const issues = await issuesOf(file);
    expect(issues).toEqual([expect.objectContaining({ file, path: 'extends', received: target })]);
    expect(issues[0]!.message).toMatch(expected);
  });
});

describe('thousands of mistakes give a readable message', () => {
  it('200,000 unknown ids: every issue kept, at most 20 printed, then how many more', async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `    X${i}: {}`);
    const file = fileWith('many.yaml', onBaseline(`workforce:\n  staff:\n${lines.join('\n')}`));
    const { issues, message } = await refused(file);
    expect(issues.length).toBeGreaterThanOrEqual(200_000);
    expect(message.split('\n')).toHaveLength(21);
    expect(message).toMatch(/\n\.\.\. and \d{6} more issues$/);
    expect(message.length).toBeLessThan(21 * 700);
  });
});

describe('valid but extreme scenarios are refused before running when they cannot run', () => {
  it('a warm-up as long as the run', async () => {
    const { issues } = await refused(EAST, ['run.warmupYears=5', 'run.years=1']);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'run.warmupYears', received: 5 })]);
    expect(issues[0]!.message).toMatch(/expected fewer warm-up years than years simulated/);
  });

  it('includeNetworks: [] simulates no CGS', async () => {
    const { issues } = await refused(EAST, ['geography.includeNetworks=[]']);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'geography.includeNetworks' })]);
  });

  it('a network without CGSs simulates no CGS', async () => {
    const { issues } = await refused(EAST, ['geography.networks.empty={name: Empty}', 'geography.includeNetworks=[empty]']);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'geography.includeNetworks' })]);
    expect(issues[0]!.message).toMatch(/simulates no CGS/);
  });

  it('fteChange: 1e308 (which wrote blank cells for Infinity)', async () => {
    const { issues } = await refused(EAST, ['workforce.recruitment=[{role: genetic_counsellor, cgsId: C, fteChange: 1e308, fromDate: "2027-01-01"}]']);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'workforce.recruitment.0.fteChange', received: 1e308 })]);
  });

  it('population: 1e10 (which ran for over 11 minutes)', async () => {
    const { issues } = await refused(EAST, ['geography.cgs.C.population=1e10']);
    expect(issues).toEqual([expect.objectContaining({ path: 'geography.cgs.C.population', message: 'expected a number <= 100,000,000' })]);
  });

  it('a run whose patients would not fit in memory names the largest CGS', async () => {
    const { issues } = await refused(BASELINE, ['geography.cgs.A.population=1e8', 'run.years=50'], 2e9);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'geography.cgs.A.population' })]);
    expect(issues[0]!.message).toMatch(/patients in the system at once .* could need [\d.]+ GB per replication, more than the [\d.]+ GB available/);
  });

  it('replications whose results would not fit in memory', async () => {
    const { issues } = await refused(EAST, ['run.replications=100000'], 2e9);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'run.replications', received: 100000 })]);
  });

  const rows = (n: number) => `startWaitingList:\n${'  - {cgsId: C, priority: routine, waitedWeeksFrom: 0, waitedWeeksTo: 1, count: 1}\n'.repeat(n)}`;

  it('a 300,000-row start list (which ran out of memory) is refused by its size', async () => {
    const file = fileWith('rows.yaml', onBaseline(rows(300_000)));
    const { issues } = await refused(file);
    expect(issues).toEqual([expect.objectContaining({ file, path: '' })]);
    expect(issues[0]!.message).toMatch(/larger than 4 MiB/);
  });

  it('a start list of more rows than the limit, in a file small enough to read', async () => {
    const file = fileWith('rows.yaml', onBaseline(rows(10_001)));
    const { issues } = await refused(file);
    expect(issues).toEqual([expect.objectContaining({ file, path: 'startWaitingList', message: 'expected at most 10,000 rows' })]);
  });

  it('a --set value longer than a scenario file may be', async () => {
    const { issues } = await refused(EAST, [`description=${'x'.repeat(5 * 1024 * 1024)}`]);
    expect(issues).toEqual([expect.objectContaining({ file: '--set', path: 'description' })]);
    expect(issues[0]!.message).toMatch(/longer than 4 MiB/);
  });

  it('the same scenarios within the limits still load', async () => {
    const loaded = await loadScenario(EAST, { overrides: ['run.warmupYears=1', 'run.years=2', 'geography.cgs.C.population=1e8'] });
    expect(loaded.scenario.geography.cgs.C!.population).toBe(1e8);
  });
});
