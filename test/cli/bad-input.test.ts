import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASELINE, cli, FIXTURES } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'cgs-cli-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A scenario file extending the shipped baseline (one network, one year) with `body` added. */
function scenarioFile(name: string, body: string): string {
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(file, `extends: ${JSON.stringify(BASELINE)}\nname: ${name}\nrun: { years: 1, replications: 1 }\ngeography: { includeNetworks: [south_west] }\n${body}\n`);
  return file;
}

interface BadCase {
  readonly name: string;
  readonly body: string;
  readonly sets?: string[];
  /** Who is blamed: the scenario file, or '--set'. */
  readonly blamed?: string;
  readonly path: string;
  /** The value as the error prints it, if the error has one. */
  readonly value?: string;
  readonly expected: RegExp;
}

const CASES: BadCase[] = [
  { name: 'unknown-field', body: 'pathway: { dnaShrae: 0.1 }', path: 'pathway', value: "'dnaShrae'", expected: /unknown field 'dnaShrae'/ },
  { name: 'negative-rate', body: 'demand: { indications: { cardiac: { ratePer100kPerYear: -5 } } }', path: 'demand.indications.cardiac.ratePer100kPerYear', value: '(got -5)', expected: /expected a number >= 0/ },
  { name: 'shares-not-summing', body: 'demand: { indications: { cardiac: { priorityMix: { urgent: 0.5 } } } }', path: 'demand.indications.cardiac.priorityMix', value: '"urgent":0.5', expected: /shares to sum to 1/ },
  { name: 'unknown-role', body: 'workforce: { skillMix: { triage: [genetic_counselor] } }', path: 'workforce.skillMix.triage.0', value: "(got 'genetic_counselor')", expected: /does not exist; expected one of .*genetic_counsellor/ },
  {
    name: 'cgs-without-staff',
    body: 'workforce: { staff: { M: { clinical_geneticist: 0, specialty_registrar: 0, genetic_counsellor: 0, trainee_genetic_counsellor: 0, genomic_associate: 0, family_history_coordinator: 0 } } }',
    path: 'workforce.staff.M', value: '"clinical_geneticist":0', expected: /CGS 'M' has no staff; expected FTE for at least one role/,
  },
  { name: 'bad-set', body: '', sets: ['--set', 'pathway.dnaShare=1.5'], blamed: '--set', path: 'pathway.dnaShare', value: '(got 1.5)', expected: /expected a share <= 1/ },
];

describe('cgs-sim run with a bad scenario: exit 2, the file, field, value and expectation on stderr, no output', () => {
  it.each(CASES)('$name', (c) => {
    const file = scenarioFile(c.name, c.body);
    const out = join(tmp, `out-${c.name}`);
    const r = cli(['run', file, '--workers', '1', '--out', out, '--quiet', ...(c.sets ?? [])]);
    expect(r.status, r.stderr).toBe(2);
    const line = r.stderr.split('\n').find((l) => l.includes(`${c.blamed ?? file}: ${c.path}:`));
    expect(line, `no line naming ${c.blamed ?? file}: ${c.path} in:\n${r.stderr}`).toBeDefined();
    expect(line).toMatch(c.expected);
    if (c.value) expect(line).toContain(c.value);
    expect(r.stderr).not.toMatch(/\n\s+at /); // A message for the user, not a stack trace.
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.startsWith(`.out-${c.name}`))).toEqual([]);
  });
});

describe('cgs-sim validate', () => {
  it('accepts good files (exit 0, one line each)', () => {
    const r = cli(['validate', SMALL, join(FIXTURES, 'stationary-south-west.yaml')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${SMALL}: valid (test-cli-small: south_west, 2026/27 for 2 years, 3 replications)`);
    expect(r.stdout).toContain('stationary-south-west.yaml: valid');
  });

  it('rejects a bad file among good ones (exit 2, naming the file, field and value)', () => {
    const bad = scenarioFile('validate-bad', 'demand: { indications: { cardiac: { ratePer100kPerYear: -5 } } }');
    const r = cli(['validate', SMALL, bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}: demand.indications.cardiac.ratePer100kPerYear: expected a number >= 0 (got -5)`);
  });

  it('applies --set before validating', () => {
    const r = cli(['validate', SMALL, '--set', 'appointmentModes.video.share=0.9']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/appointmentModes: expected the appointment mode shares to sum to 1/);
  });
});

describe('cgs-sim help and usage errors', () => {
  it('--help lists the commands (exit 0)', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['run [scenario]', 'validate <scenario..>', 'compare', 'solve', 'sweep']) expect(r.stdout).toContain(command);
  });

  it('run --help lists the options', () => {
    const r = cli(['run', '--help']);
    expect(r.status).toBe(0);
    for (const option of ['--replications', '--workers', '--out', '--force', '--set', '--years', '--seed']) expect(r.stdout).toContain(option);
  });

  it('a misspelt option or a bad number exits 2 without a stack trace', () => {
    for (const args of [['run', SMALL, '--replicatons', '2'], ['run', SMALL, '--workers', '0', '--out', join(tmp, 'never')]]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/replicatons|--workers: expected an integer >= 1, got 0/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });
});
