import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { claimTarget, type ClaimedTarget } from './output/claim-target.js';
import { onExit } from './output/exit-cleanup.js';
import { checkFolderTarget, moveIntoPlace, replaceFolder } from './output/folder-moves.js';
import { outputFailure } from './output/fs-errors.js';
import { ASIDE_SUFFIX, partialName, uniqueMs } from './output/names.js';

export { OutputError, OutputExistsError } from './output/errors.js';

/**
 * A results folder written safely. Opening takes the target exclusively (a lock beside it) and checks
 * it before anything is simulated; everything is written into a hidden partial folder beside it,
 * which moves into place only once complete. Never replaced: a file, the project or a folder holding
 * it or the current folder, or (even with `force`) a folder cgs-sim did not write. A failed or
 * killed run leaves the old results as they were; the next run to the target tidies what it left.
 */
export class OutputFolder {
  readonly target: string;
  /** The partial folder the results are written into until commit(). */
  readonly temp: string;
  /** What opening recovered or removed from interrupted runs (sentences for the user). */
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

  /** Takes and checks the target (call before simulating) and opens the partial folder. */
  static open(target: string, force: boolean): OutputFolder {
    const claim = claimTarget(target, (t) => checkFolderTarget(t, force));
    const folder = new OutputFolder(claim, force);
    try {
      mkdirSync(folder.temp);
    } catch (error) {
      folder.abandon();
      throw outputFailure(error, 'create the results folder', claim.target);
    }
    return folder;
  }

  path(name: string): string {
    return join(this.temp, name);
  }

  /** Moves the finished results into place, replacing an earlier results folder only when forced. */
  commit(): void {
    if (this.force) replaceFolder(this.temp, this.target, `${this.temp}${ASIDE_SUFFIX}`);
    else moveIntoPlace(this.temp, this.target);
    this.claim.lock.release();
    this.forgetOnExit();
  }

  /** Removes the partial folder after a failure and gives the target up; the target is untouched. */
  abandon(): void {
    rmSync(this.temp, { recursive: true, force: true });
    this.claim.lock.release();
    this.forgetOnExit();
  }
}
