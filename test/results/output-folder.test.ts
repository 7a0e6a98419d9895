import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { OutputError, OutputExistsError, OutputFolder } from '../../src/results/output-folder.js';
import { OutputFile } from '../../src/results/output/output-file.js';
import { protectedReason } from '../../src/results/output/protected-paths.js';

const root = mkdtempSync(join(tmpdir(), 'cgs-output-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh folder per test, holding nothing but what the test puts there. */
const fresh = (): string => {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  return dir;
};
/** The id of a process that has exited: nothing runs under it now. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;
/** A live process other than this one: the one that started this test worker. */
const livePid = process.ppid;
const earlierResults = (dir: string, marker = 'old'): void => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run.json'), JSON.stringify({ name: 'x', version: '0.0.1', createdBy: 'cgs-sim 0.0.1 on Node v20.0.0' }));
  writeFileSync(join(dir, 'summary.csv'), marker);
};
const write = (folder: OutputFolder, marker: string): void => {
  writeFileSync(folder.path('run.json'), JSON.stringify({ createdBy: 'cgs-sim test' }));
  writeFileSync(folder.path('summary.csv'), marker);
};
const opened = (fn: () => OutputFolder): unknown => {
  try {
    const folder = fn();
    folder.abandon();
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('OutputFolder: a new target', () => {
  it('writes into a hidden partial folder and moves it into place on commit', () => {
    const dir = fresh(), target = join(dir, 'res');
    const folder = OutputFolder.open(target, false);
    expect(dirname(folder.temp)).toBe(dir);
    expect(folder.temp.startsWith(join(dir, '.res.partial-'))).toBe(true);
    write(folder, 'new');
    expect(existsSync(target)).toBe(false);
    folder.commit();
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['res']);
  });

  it('abandon removes the partial folder and gives the target up', () => {
    const dir = fresh(), target = join(dir, 'res');
    OutputFolder.open(target, false).abandon();
    expect(readdirSync(dir)).toEqual([]);
    OutputFolder.open(target, false).abandon();
  });
});

describe('OutputFolder: what --force may replace', () => {
  it('refuses a file as the target, with or without force, and leaves it as it was', () => {
    const dir = fresh(), file = join(dir, 'notes.txt');
    writeFileSync(file, 'keep me');
    for (const force of [false, true]) {
      const error = opened(() => OutputFolder.open(file, force));
      expect(error).toBeInstanceOf(OutputError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(/is a file/);
    }
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses an unrelated non-empty folder even with force, saying why', () => {
    const dir = fresh(), target = join(dir, 'thesis');
    mkdirSync(target);
    writeFileSync(join(target, 'chapter1.md'), 'years of work');
    // A run.json that cgs-sim did not write does not make a folder ours either.
    writeFileSync(join(target, 'run.json'), JSON.stringify({ createdBy: 'another tool' }));
    const error = opened(() => OutputFolder.open(target, true));
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/not a cgs-sim results folder/);
    expect(readFileSync(join(target, 'chapter1.md'), 'utf8')).toBe('years of work');
  });

  it('without force refuses an earlier results folder; with force replaces it (an earlier version\'s run.json counts)', () => {
    const dir = fresh(), target = join(dir, 'res');
    earlierResults(target);
    expect(opened(() => OutputFolder.open(target, false))).toBeInstanceOf(OutputExistsError);
    const folder = OutputFolder.open(target, true);
    write(folder, 'new');
    folder.commit();
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['res']);
  });

  it('refuses the project folder, a folder holding it and the file-system root, even with force', () => {
    for (const target of [packageRoot(), dirname(packageRoot()), '/']) {
      const error = opened(() => OutputFolder.open(target, true));
      expect(error, target).toBeInstanceOf(OutputError);
      expect((error as Error).message).toMatch(/refusing to write results/);
    }
  });

  it('names the protected places: project, its own folders, the current folder and what holds it', () => {
    const pkg = fresh(), cwd = join(fresh(), 'work', 'here');
    mkdirSync(cwd, { recursive: true });
    expect(protectedReason(pkg, cwd, pkg)).toBe('it is the cgs-sim project folder');
    expect(protectedReason(dirname(pkg), cwd, pkg)).toBe('it holds the cgs-sim project folder');
    expect(protectedReason(join(pkg, 'src'), cwd, pkg)).toMatch(/own src/);
    expect(protectedReason(cwd, cwd, pkg)).toBe('it is the current folder');
    expect(protectedReason(dirname(cwd), cwd, pkg)).toBe('it holds the current folder');
    expect(protectedReason(join(pkg, 'output', 'baseline'), cwd, pkg)).toBeUndefined();
    expect(protectedReason(join(cwd, 'res'), cwd, pkg)).toBeUndefined();
  });
});

describe('OutputFolder: taking a target is exclusive', () => {
  it('a folder that appeared between open and commit is refused and left as it is', () => {
    const dir = fresh(), target = join(dir, 'res');
    const folder = OutputFolder.open(target, false);
    write(folder, 'new');
    mkdirSync(target);
    writeFileSync(join(target, 'theirs.txt'), 'another program wrote this');
    expect(() => folder.commit()).toThrow(OutputExistsError);
    folder.abandon();
    expect(readdirSync(target)).toEqual(['theirs.txt']);
    expect(readdirSync(dir)).toEqual(['res']);
  });

  it('with force, a folder that appeared meanwhile and is not cgs-sim results is refused too', () => {
    const dir = fresh(), target = join(dir, 'res');
    const folder = OutputFolder.open(target, true);
    write(folder, 'new');
    mkdirSync(target);
    writeFileSync(join(target, 'theirs.txt'), 'another program wrote this');
    expect(() => folder.commit()).toThrow(OutputError);
    folder.abandon();
    expect(readdirSync(target)).toEqual(['theirs.txt']);
  });

  it('a second open of a target already open is refused while its holder lives', () => {
    const dir = fresh(), target = join(dir, 'res');
    const first = OutputFolder.open(target, false);
    const error = opened(() => OutputFolder.open(target, true));
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/being written by another cgs-sim run/);
    write(first, 'first');
    first.commit();
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('first');
  });

  it('a lock left by a process that is gone is taken over', () => {
    const dir = fresh(), target = join(dir, 'res');
    writeFileSync(join(dir, '.res.lock'), JSON.stringify({ pid: deadPid(), host: hostname() }));
    const folder = OutputFolder.open(target, false);
    write(folder, 'new');
    folder.commit();
    expect(readdirSync(dir)).toEqual(['res']);
  });
});

describe('OutputFolder: what killed runs left', () => {
  it('removes partial folders of processes that are gone, keeps those of live ones', () => {
    const dir = fresh(), target = join(dir, 'res');
    const dead = `.res.partial-${deadPid()}-1700000000000`, live = `.res.partial-${livePid}-1700000000001`;
    const otherTarget = `.other.partial-${deadPid()}-1700000000002`;
    for (const name of [dead, live, otherTarget]) mkdirSync(join(dir, name));
    const folder = OutputFolder.open(target, false);
    expect(folder.notes.join('\n')).toContain(dead);
    folder.abandon();
    expect(readdirSync(dir).sort()).toEqual([otherTarget, live].sort());
  });

  it('restores an old folder moved aside by a --force run killed before the new one moved in', () => {
    const dir = fresh(), target = join(dir, 'res');
    earlierResults(join(dir, `.res.partial-${deadPid()}-1700000000000.old`), 'the old results');
    const error = opened(() => OutputFolder.open(target, false));
    expect(error).toBeInstanceOf(OutputExistsError);
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('the old results');
    expect(readdirSync(dir)).toEqual(['res']);
  });

  it('removes an aside whose target the killed run had already replaced', () => {
    const dir = fresh(), target = join(dir, 'res');
    earlierResults(target, 'the new results');
    earlierResults(join(dir, `.res.partial-${deadPid()}-1700000000000.old`), 'the old results');
    OutputFolder.open(target, true).abandon();
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('the new results');
    expect(readdirSync(dir)).toEqual(['res']);
  });
});

describe('OutputFolder: file-system errors', () => {
  it('a path through a file is one clear error naming the path', () => {
    const dir = fresh(), file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const error = opened(() => OutputFolder.open(join(file, 'res'), false));
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toContain(join(file, 'res'));
    expect((error as Error).message).toMatch(/not a folder \(ENOTDIR\)/);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('OutputFile: a single results file', () => {
  it('writes beside the target and puts the file in place on commit', () => {
    const dir = fresh(), target = join(dir, 'what-if.html');
    const file = OutputFile.open(target, false);
    writeFileSync(file.path, '<html>');
    expect(existsSync(target)).toBe(false);
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('<html>');
    expect(readdirSync(dir)).toEqual(['what-if.html']);
  });

  it('refuses an existing file without force, replaces it with force, never replaces a folder', () => {
    const dir = fresh(), target = join(dir, 'what-if.html');
    writeFileSync(target, 'old');
    expect(() => OutputFile.open(target, false)).toThrow(OutputExistsError);
    const file = OutputFile.open(target, true);
    writeFileSync(file.path, 'new');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('new');
    const folder = join(dir, 'a-folder.html');
    mkdirSync(folder);
    expect(() => OutputFile.open(folder, true)).toThrow(/is a folder/);
  });

  it('a file that appeared between open and commit is refused and left as it is', () => {
    const dir = fresh(), target = join(dir, 'what-if.html');
    const file = OutputFile.open(target, false);
    writeFileSync(file.path, 'ours');
    writeFileSync(target, 'theirs');
    expect(() => file.commit()).toThrow(OutputExistsError);
    file.abandon();
    expect(readFileSync(target, 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['what-if.html']);
  });
});
