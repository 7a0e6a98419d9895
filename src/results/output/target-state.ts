import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What is at a results path now, as far as replacing it is concerned. */
export type TargetState = 'missing' | 'empty-folder' | 'results-folder' | 'other-folder' | 'file' | 'other';

/** The file every cgs-sim results folder holds, from the first version on; it names cgs-sim in `createdBy`. */
export const RESULTS_MARKER = 'run.json';

const MAX_MARKER_BYTES = 1_000_000;

export function targetState(path: string): TargetState {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (stat.isFile()) return 'file';
  if (!stat.isDirectory()) return 'other';
  if (readdirSync(path).length === 0) return 'empty-folder';
  return isResultsFolder(path) ? 'results-folder' : 'other-folder';
}

/** A folder cgs-sim wrote: its run.json is a regular file whose JSON says cgs-sim created it. */
export function isResultsFolder(dir: string): boolean {
  const marker = join(dir, RESULTS_MARKER);
  try {
    const stat = lstatSync(marker);
    // A run.json of megabytes is not one cgs-sim wrote; no need to read it.
    if (!stat.isFile() || stat.size > MAX_MARKER_BYTES) return false;
    const json = JSON.parse(readFileSync(marker, 'utf8')) as unknown;
    const createdBy = typeof json === 'object' && json !== null ? (json as { createdBy?: unknown }).createdBy : undefined;
    return typeof createdBy === 'string' && createdBy.startsWith('cgs-sim');
  } catch {
    return false;
  }
}
