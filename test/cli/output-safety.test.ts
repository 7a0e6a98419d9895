import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, ROOT, snapshot, type CliResult } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const QUICK = ['--workers', '1', '--replications', '1', '--years', '1', '--quiet'];
const tmp = mkdtempSync(join(tmpdir(), 'cgs-output-safety-'));
// Readable by the unprivileged user the read-only test runs as.
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
const fresh = (): string => {
  const dir = join(tmp, `case-${++n}`);
  mkdirSync(dir);
  chmodSync(dir, 0o755);
  return dir;
};

function run(args: readonly string[], options: SpawnSyncOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'cgs-sim'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A run started in the background, to act on its output folder while it works. */
function runInBackground(args: readonly string[]): { pid: number; kill: () => void; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'cgs-sim'), ...args], { cwd: ROOT });
  let stdout = '', stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { pid: child.pid!, kill: () => child.kill('SIGKILL'), done };
}

/** Waits until `test` holds (the run has got that far); fails after a minute. */
async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 12_000; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const partials = (dir: string, base: string): string[] => readdirSync(dir).filter((f) => f.startsWith(`.${base}.partial-`));
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;
/** One line, no stack trace: what a user can act on. */
const oneClearLine = (stderr: string): void => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
};
const earlierResults = (dir: string): void => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run.json'), JSON.stringify({ name: 'old', version: '0.0.1', createdBy: 'cgs-sim 0.0.1 on Node v20.0.0' }));
  writeFileSync(join(dir, 'summary.csv'), 'old results');
};

/**
 * A copy of the built package in a temp folder, beside another project and with an earlier run in
 * its output/, so a scenario name that escaped output/ could only damage copies (never run in /work).
 */
function projectCopy(): { pkg: string; sibling: string; earlier: string; scenario: (name: string) => string } {
  const base = fresh();
  const pkg = join(base, 'cgs-sim'), sibling = join(base, 'other-project'), earlier = join(pkg, 'output', 'earlier-run');
  mkdirSync(pkg);
  for (const entry of ['bin', 'dist', 'data', 'scenarios', 'package.json']) cpSync(join(ROOT, entry), join(pkg, entry), { recursive: true });
  // Linked, not copied (it is large): deleting a folder removes a link in it, never what it points to.
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  mkdirSync(sibling);
  writeFileSync(join(sibling, 'keep.txt'), 'another project');
  earlierResults(earlier);
  const scenario = (name: string): string => {
    const file = join(base, `${name === '.' ? 'dot' : 'dotdot'}.yaml`);
    writeFileSync(file, [
      'extends: cgs-sim/scenarios/national-baseline.yaml', `name: "${name}"`,
      'run: { years: 1, replications: 1 }', 'geography: { includeNetworks: [south_west] }', '',
    ].join('\n'));
    return file;
  };
  return { pkg, sibling, earlier, scenario };
}

describe('scenario names that are not plain file names', () => {
  for (const name of ['..', '.']) {
    it(`name "${name}" with --force is refused at validation; the project, its other runs and a sibling project are intact`, () => {
      const copy = projectCopy();
      const before = snapshot(copy.sibling);
      const r = spawnSync(process.execPath, ['bin/cgs-sim', 'run', copy.scenario(name), '--force', '--workers', '1', '--quiet'], { cwd: copy.pkg, encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stdout).toBe(2);
      expect(r.stderr).toContain(`name: expected a plain file name`);
      expect(r.stderr).toContain(`(got '${name}')`);
      for (const entry of ['package.json', 'bin', 'dist', 'data', 'scenarios']) expect(existsSync(join(copy.pkg, entry)), entry).toBe(true);
      expect(readFileSync(join(copy.earlier, 'summary.csv'), 'utf8')).toBe('old results');
      expect(snapshot(copy.sibling)).toEqual(before);
    });
  }
});

describe('--out that is not ours to replace', () => {
  it('a file: refused with one clear line, with or without --force, and left as it was', () => {
    const dir = fresh(), file = join(dir, 'notes.txt');
    writeFileSync(file, 'keep me');
    for (const force of [[], ['--force']]) {
      const r = cli(['run', SMALL, '--out', file, ...QUICK, ...force]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain('is a file');
      oneClearLine(r.stderr);
    }
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('--force refuses an unrelated non-empty folder but replaces an earlier results folder (recognised by run.json)', () => {
    const dir = fresh(), unrelated = join(dir, 'thesis'), results = join(dir, 'res');
    mkdirSync(unrelated);
    writeFileSync(join(unrelated, 'chapter1.md'), 'years of work');
    const refused = cli(['run', SMALL, '--out', unrelated, ...QUICK, '--force']);
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('not a cgs-sim results folder');
    oneClearLine(refused.stderr);
    expect(readdirSync(unrelated)).toEqual(['chapter1.md']);

    earlierResults(results);
    const replaced = cli(['run', SMALL, '--out', results, ...QUICK, '--force']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(results, 'run.json'), 'utf8'))).toMatchObject({ name: 'test-cli-small', replications: 1 });
    expect(readFileSync(join(results, 'summary.csv'), 'utf8')).toMatch(/^scope,/);
    expect(readdirSync(dir).sort()).toEqual(['res', 'thesis']);
  });

  it('every writing command goes through the same check (a file as --out is refused before simulating)', () => {
    const dir = fresh(), file = join(dir, 'notes.txt');
    writeFileSync(file, 'keep me');
    const commands = [
      ['compare', SMALL, SMALL], ['sweep', SMALL, '--vary', 'pathway.dnaShare=0.05:0.25'],
      ['solve', SMALL, '--target', 'pct_within_18_weeks>=0.9'], ['pipeline', join(ROOT, 'scenarios', 'baseline-pipeline.yaml')],
    ];
    for (const command of commands) {
      const r = cli([...command, '--out', file, '--force', '--quiet', '--workers', '1']);
      expect(r.status, `${command[0]}: ${r.stderr}`).toBe(2);
      expect(r.stderr, command[0]).toContain('is a file');
    }
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('taking a target is exclusive', () => {
  it('a folder that appears while a run writes (without --force) is refused, never deleted', async () => {
    const dir = fresh(), target = join(dir, 'res');
    const child = runInBackground(['run', SMALL, '--out', target, ...QUICK]);
    await until(() => partials(dir, 'res').length > 0, 'the run to open its partial folder');
    mkdirSync(target);
    writeFileSync(join(target, 'theirs.txt'), 'written by another program');
    const r = await child.done;
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('appeared while this run was writing');
    expect(readdirSync(target)).toEqual(['theirs.txt']);
    expect(readdirSync(dir)).toEqual(['res']);
  });
});

describe('what killed runs leave', () => {
  it('a run killed mid-way leaves the target alone; the next run to it removes the leftovers of the dead process only', async () => {
    const dir = fresh(), target = join(dir, 'res');
    earlierResults(target);
    const child = runInBackground(['run', SMALL, '--out', target, ...QUICK, '--force']);
    await until(() => partials(dir, 'res').length > 0, 'the run to open its partial folder');
    child.kill();
    await child.done;
    const killed = partials(dir, 'res');
    expect(killed).toHaveLength(1);
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('old results');
    // One more left by a process that is gone, and one by a live process (this test), which stays.
    const dead = `.res.partial-${deadPid()}-1700000000000`, live = `.res.partial-${process.pid}-1700000000001`;
    mkdirSync(join(dir, dead));
    mkdirSync(join(dir, live));

    const r = cli(['run', SMALL, '--out', target, ...QUICK, '--force']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(killed[0]);
    expect(readdirSync(dir).sort()).toEqual([live, 'res'].sort());
    expect(JSON.parse(readFileSync(join(target, 'run.json'), 'utf8'))).toMatchObject({ name: 'test-cli-small' });
  });
});

describe('file-system errors', () => {
  it('a read-only parent folder: one clear line naming the path, exit 2, nothing written', () => {
    const dir = fresh(), readOnly = join(dir, 'read-only'), target = join(readOnly, 'res');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    try {
      // root may write anywhere: run as an unprivileged user so the permission applies.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = run(['run', SMALL, '--out', target, ...QUICK], { ...asUser, cwd: dir });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(target);
      expect(r.stderr).toContain('permission denied (EACCES)');
      oneClearLine(r.stderr);
      expect(readdirSync(readOnly)).toEqual([]);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });
});
