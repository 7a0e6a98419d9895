import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASELINE, cli, FIXTURES } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'cgs-cli-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Exit 2 with one clear line on stderr (no stack trace), nothing on stdout, no results folder. */
function expectRefused(args: string[], expected: RegExp, out = join(tmp, 'never')): void {
  const r = cli(args);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(expected);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
}

describe('flags: a single-valued flag given twice, a --set without a value and a non-number are clear errors', () => {
  const out = join(tmp, 'never');
  it.each([
    [['--out', join(tmp, 'a'), '--out', join(tmp, 'b')], /--out was given 2 times .*; give it once/],
    [['--seed', '1', '--seed', '2'], /--seed was given 2 times \(1, 2\); give it once/],
    [['--set'], /--set: expected a value after it/],
    [['--set', '--quiet'], /--set: expected a value after it/],
    [['--set='], /--set: expected a value after it/],
    [['--set', 'run.years'], /--set: run.years: expected path=value/],
    [['--set', 'run.years='], /--set: run.years: expected a value after "="/],
    [['--precision', 'abc'], /--precision: expected a number \(got 'abc'\)/],
    [['--years', 'x'], /--years: expected a number \(got 'x'\)/],
    [['--replications', 'many'], /--replications: expected a whole number or "auto", got 'many'/],
  ])('run %j', (flags, expected) => {
    expectRefused(['run', SMALL, '--workers', '1', '--quiet', ...(flags.includes('--out') ? [] : ['--out', out]), ...flags], expected);
  });

  it('repeatable flags stay repeatable', () => {
    const r = cli(['validate', SMALL, '--set', 'pathway.dnaShare=0.1', '--set', 'run.years=1']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/valid .* for 1 years/);
  });
});

describe('hostile scenarios through the command line: exit 2 naming the field, nothing simulated', () => {
  const scenario = (name: string, body: string) => {
    const file = join(tmp, `${name}.yaml`);
    writeFileSync(file, `extends: ${JSON.stringify(BASELINE)}\nname: ${name}\nrun: { years: 1, replications: 1 }\ngeography: { includeNetworks: [south_west] }\n${body}\n`);
    return file;
  };

  it.each([
    ['run --set __proto__.toString=1', [], ['--set', '__proto__.toString=1'], /--set: __proto__: unknown field '__proto__'/],
    ['validate --set __proto__=1', [], ['--set', '__proto__=1'], /--set: __proto__: unknown field '__proto__'/],
    ['warm-up as long as the run', [], ['--warmup-years', '5', '--years', '1'], /--set: run.warmupYears: expected fewer warm-up years than years simulated/],
    ['includeNetworks: []', [], ['--set', 'geography.includeNetworks=[]'], /geography.includeNetworks: expected at least one network/],
    ['alias before its anchor', ['description: *nope'], [], /description: alias \*nope has no anchor &nope before it \(line 5\)/],
    ['self-referencing alias', ['description: &a [*a]'], [], /description.0: alias \*a refers to a value that contains it \(a cycle\) \(line 5\)/],
  ])('%s', (name, body, flags, expected) => {
    const file = scenario(name.replace(/\W+/g, '-'), body.join('\n'));
    const command = name.startsWith('validate') ? ['validate', file] : ['run', file, '--workers', '1', '--quiet', '--out', join(tmp, 'never')];
    expectRefused([...command, ...flags], expected);
  });

  it('extends: a FIFO is refused at once instead of hanging', () => {
    execFileSync('mkfifo', [join(tmp, 'pipe')]);
    const file = join(tmp, 'fifo.yaml');
    writeFileSync(file, 'extends: pipe\nname: fifo\n');
    expectRefused(['validate', file], /extends: cannot use the scenario it extends, .*pipe: a named pipe, not a regular file/);
  });
});
