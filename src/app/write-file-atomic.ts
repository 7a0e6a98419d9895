import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputExistsError } from '../results/output-folder.js';

/**
 * Writes one file safely: refused if it exists unless `force`, written to a temporary sibling
 * and renamed into place, so a reader never sees half a file and a failure leaves the old one.
 * (One small function so it can later give way to a shared single-file writer.)
 */
export function writeFileAtomic(target: string, content: string, force: boolean): string {
  const path = resolve(target);
  if (!force && existsSync(path)) throw new OutputExistsError(path);
  const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}-${Date.now()}`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return path;
}

/** Checks before any work that `target` may be written. */
export function checkWritable(target: string, force: boolean): void {
  const path = resolve(target);
  if (!force && existsSync(path)) throw new OutputExistsError(path);
}
