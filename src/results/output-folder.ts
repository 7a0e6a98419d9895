import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Raised before any work starts when results would overwrite an existing folder. */
export class OutputExistsError extends Error {
  constructor(readonly dir: string) {
    super(`${dir} already holds results; choose another folder with --out, or pass --force to replace it`);
    this.name = 'OutputExistsError';
  }
}

/**
 * A results folder written safely: everything goes into a temporary sibling folder, which
 * replaces the target only once complete. An existing non-empty target is never overwritten
 * unless `force`, and a failed run leaves the old results as they were.
 */
export class OutputFolder {
  readonly target: string;
  readonly temp: string;

  private constructor(target: string) {
    this.target = target;
    this.temp = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${Date.now()}`);
  }

  /** Checks the target can be written (call before simulating) and opens the temporary folder. */
  static open(target: string, force: boolean): OutputFolder {
    const dir = resolve(target);
    if (!force && existsSync(dir) && readdirSync(dir).length > 0) throw new OutputExistsError(dir);
    const folder = new OutputFolder(dir);
    mkdirSync(folder.temp, { recursive: true });
    return folder;
  }

  path(name: string): string {
    return join(this.temp, name);
  }

  /** Moves the finished results into place (replacing the old folder only when forced). */
  commit(): void {
    let old: string | null = null;
    if (existsSync(this.target)) {
      old = `${this.temp}.old`;
      renameSync(this.target, old);
    }
    try {
      renameSync(this.temp, this.target);
    } catch (error) {
      if (old) renameSync(old, this.target);
      throw error;
    }
    if (old) rmSync(old, { recursive: true, force: true });
  }

  /** Removes the temporary folder after a failure; the target is untouched. */
  abandon(): void {
    rmSync(this.temp, { recursive: true, force: true });
  }
}
