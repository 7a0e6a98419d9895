import { renameSync, rmSync } from 'node:fs';
import { OutputError, OutputExistsError } from './errors.js';
import { outputFailure } from './fs-errors.js';
import { targetState } from './target-state.js';

const OCCUPIED = new Set(['EEXIST', 'ENOTEMPTY', 'ENOTDIR', 'EISDIR']);

/** What --force may replace: nothing, an empty folder, or a folder cgs-sim wrote. Anything else is refused. */
export function checkFolderTarget(target: string, force: boolean): void {
  const state = targetState(target);
  if (state === 'missing' || state === 'empty-folder') return;
  if (state === 'file' || state === 'other') {
    throw new OutputError(target, `${target} is a file (or link), not a folder; results are a folder of files, so choose a folder path with --out (it is never replaced, even with --force)`);
  }
  if (!force) throw new OutputExistsError(target);
  if (state === 'other-folder') {
    throw new OutputError(target, `${target} is not a cgs-sim results folder (it has no run.json written by cgs-sim); --force replaces only results, so choose another --out or empty it yourself`);
  }
}

/**
 * Moves the finished folder into place. rename() replaces at most an empty folder, atomically, so a
 * folder that appeared meanwhile with something in it is refused, never deleted.
 */
export function moveIntoPlace(temp: string, target: string): void {
  try {
    renameSync(temp, target);
  } catch (error) {
    if (!OCCUPIED.has((error as NodeJS.ErrnoException).code ?? '')) throw outputFailure(error, 'move the results into', target);
    throw new OutputExistsError(target, `${target} appeared while this run was writing (made by another program); it was left as it is and these results were not kept: choose another --out`);
  }
}

/**
 * Replaces a cgs-sim results folder: the old one moves aside, the new one moves in, then the old one
 * is deleted. A kill between the moves leaves the aside, which the next run to this target restores.
 */
export function replaceFolder(temp: string, target: string, aside: string): void {
  const state = targetState(target);
  if (state === 'missing' || state === 'empty-folder') return moveIntoPlace(temp, target);
  // Checked again now: what was there at the start may have been swapped for something else.
  if (state !== 'results-folder') {
    throw new OutputError(target, `${target} changed while this run was writing and is no longer a cgs-sim results folder; it was left as it is and these results were not kept: choose another --out`);
  }
  try {
    renameSync(target, aside);
  } catch (error) {
    throw outputFailure(error, 'move the old results aside from', target);
  }
  try {
    renameSync(temp, target);
  } catch (error) {
    try {
      renameSync(aside, target);
    } catch {
      // The aside stays; the next run to this target restores it.
    }
    throw outputFailure(error, 'move the results into', target);
  }
  rmSync(aside, { recursive: true, force: true });
}
