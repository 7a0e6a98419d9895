import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'scenarios');
export const BASELINE = join(ROOT, 'scenarios', 'national-baseline.yaml');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/cgs-sim <args>` from the package root, as a user would (uses dist/). */
export function cli(args: readonly string[]): CliResult {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` first (npm test does)');
  const r = spawnSync(process.execPath, ['bin/cgs-sim', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (relative paths, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Path → [mtime in ms, contents] for every file under `dir`, to show a folder was left untouched. */
export function snapshot(dir: string): Map<string, [number, Buffer]> {
  return new Map(listFiles(dir).map((f) => [f, [statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f))]]));
}

/** A CSV without quoted commas in it, as rows of named cells. */
export function readCsv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const [first, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const header = first!.split(',');
  return { header, rows: lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [header[i]!, cell]))) };
}
