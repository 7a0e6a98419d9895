import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { OutputError } from './errors.js';
import { outputFailure } from './fs-errors.js';
import { recoverLeftovers } from './leftovers.js';
import { protectedReason } from './protected-paths.js';
import { TargetLock } from './target-lock.js';

/** A results path this process has the exclusive right to write, with its folder made and leftovers tidied. */
export interface ClaimedTarget {
  /** Absolute path of the folder or file to write. */
  readonly target: string;
  /** The folder holding it, where the lock and temporary entries live. */
  readonly dir: string;
  readonly base: string;
  readonly lock: TargetLock;
  /** What was recovered or removed from interrupted runs. */
  readonly notes: readonly string[];
}

/**
 * The steps every writing command shares before it simulates: refuse protected paths, make the
 * parent folder, take the lock, and tidy what killed runs left. `check` then judges what is at the
 * target; if it throws, the lock is given back.
 */
export function claimTarget(path: string, check: (target: string) => void): ClaimedTarget {
  const target = resolve(path);
  const dir = dirname(target), base = basename(target);
  const reason = protectedReason(target);
  if (reason !== undefined) throw new OutputError(target, `refusing to write results to ${target}: ${reason}; choose another --out`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // mkdir -p reports a file on the path as EEXIST; say what it means.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError(target, `cannot create the folder for ${target}: part of the path is a file, not a folder (ENOTDIR)`);
    throw outputFailure(error, 'create the folder for', target);
  }
  const lock = TargetLock.acquire(dir, base, target);
  try {
    const notes = recoverLeftovers(dir, base, target);
    check(target);
    return { target, dir, base, lock, notes };
  } catch (error) {
    lock.release();
    throw error;
  }
}
