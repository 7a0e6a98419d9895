import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportKind } from '../../src/report/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const KINDS: readonly ReportKind[] = ['run', 'compare', 'solve', 'sweep', 'pipeline'];
export const MALICIOUS = '<script>alert(1)</script>';

/** A fresh copy of a fixture folder, so writing the report never touches the fixtures. */
export async function fixtureCopy(kind: ReportKind): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `cgs-report-${kind}-`));
  await cp(join(FIXTURES, kind), dir, { recursive: true });
  return dir;
}

/** Replaces a text in one file of a copied folder (used to plant a malicious scenario name). */
export async function replaceInFile(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.split(from).join(to));
}

/** Minimal CSV reader for tests: the fixtures have no quoted commas in the columns read here. */
export async function readCsvRecords(path: string): Promise<Record<string, string>[]> {
  const [header, ...lines] = (await readFile(path, 'utf8')).trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));
}
