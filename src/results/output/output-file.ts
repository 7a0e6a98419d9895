import { copyFileSync, constants, linkSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { claimTarget, type ClaimedTarget } from './claim-target.js';
import { OutputError, OutputExistsError } from './errors.js';
import { onExit } from './exit-cleanup.js';
import { outputFailure } from './fs-errors.js';
import { partialName, uniqueMs } from './names.js';
import { targetState } from './target-state.js';

/** Hard links are how a file is put in place without replacing one; these file systems have none. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * A single results file (`--out report.html`) written safely, the way OutputFolder writes a folder:
 * the target is taken exclusively and checked before any work, the content goes to a hidden partial
 * file beside it, and commit() puts it in place. An existing file is replaced only with `force`; a
 * folder or link never is.
 */
export class OutputFile {
  readonly target: string;
  /** The partial file to write until commit(). */
  readonly temp: string;
  readonly notes: readonly string[];
  private readonly claim: ClaimedTarget;
  private readonly force: boolean;
  private readonly forgetOnExit: () => void;

  private constructor(claim: ClaimedTarget, force: boolean) {
    this.claim = claim;
    this.force = force;
    this.target = claim.target;
    this.notes = claim.notes;
    this.temp = join(claim.dir, partialName(claim.base, process.pid, uniqueMs()));
    this.forgetOnExit = onExit(() => this.abandon());
  }

  static open(target: string, force: boolean): OutputFile {
    return new OutputFile(claimTarget(target, (t) => checkFileTarget(t, force)), force);
  }

  /** Where to write the content. */
  get path(): string {
    return this.temp;
  }

  commit(): void {
    checkFileTarget(this.target, this.force);
    if (this.force) rename(this.temp, this.target);
    else placeWithoutReplacing(this.temp, this.target);
    this.claim.lock.release();
    this.forgetOnExit();
  }

  abandon(): void {
    rmSync(this.temp, { force: true });
    this.claim.lock.release();
    this.forgetOnExit();
  }
}

function checkFileTarget(target: string, force: boolean): void {
  const state = targetState(target);
  if (state === 'missing') return;
  if (state !== 'file') throw new OutputError(target, `${target} is a folder (or link), not a file; choose a file path with --out (it is never replaced, even with --force)`);
  if (!force) throw new OutputExistsError(target, `${target} already exists; choose another file with --out, or pass --force to replace it`);
}

function rename(temp: string, target: string): void {
  try {
    renameSync(temp, target);
  } catch (error) {
    throw outputFailure(error, 'write', target);
  }
}

/** link() fails if the name exists, so a file that appeared meanwhile is refused, never replaced. */
function placeWithoutReplacing(temp: string, target: string): void {
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new OutputExistsError(target, `${target} appeared while this run was writing; it was left as it is: choose another --out`);
    if (!NO_LINKS.has(code)) throw outputFailure(error, 'write', target);
    copyExclusive(temp, target);
  }
  unlinkSync(temp);
}

function copyExclusive(temp: string, target: string): void {
  try {
    copyFileSync(temp, target, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(target, `${target} appeared while this run was writing; it was left as it is: choose another --out`);
    throw outputFailure(error, 'write', target);
  }
}
