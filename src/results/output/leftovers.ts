import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { outputFailure } from './fs-errors.js';
import { parseLeftover, type Leftover } from './names.js';
import { isProcessAlive } from './process-alive.js';
import { isResultsFolder, targetState } from './target-state.js';

/**
 * Tidies what killed runs left beside a target (call while holding its lock). Only entries of
 * processes that are gone are touched. An old folder moved aside by a --force swap is restored when
 * the target is missing (the kill came between the two moves) and removed otherwise; partial
 * results are removed. Returns a sentence per action, for the user.
 */
export function recoverLeftovers(dir: string, base: string, target: string): string[] {
  const dead = listLeftovers(dir, base).filter((l) => l.pid !== process.pid && !isProcessAlive(l.pid));
  const notes: string[] = [];
  // Newest aside first: it holds the results the target had just before the interrupted swap.
  for (const aside of dead.filter((l) => l.aside).sort((a, b) => b.ms - a.ms)) {
    const path = join(dir, aside.name);
    // A half-deleted aside (killed while removing it) has lost its run.json: never restore that.
    if (targetState(target) === 'missing' && isResultsFolder(path)) {
      move(path, target);
      notes.push(`restored ${target} from ${path}, left by an interrupted --force run (process ${aside.pid})`);
    } else {
      remove(path);
      notes.push(`removed ${path}, the old results an interrupted --force run (process ${aside.pid}) had already replaced`);
    }
  }
  for (const partial of dead.filter((l) => !l.aside)) {
    remove(join(dir, partial.name));
    notes.push(`removed ${join(dir, partial.name)}, partial results of an interrupted run (process ${partial.pid})`);
  }
  return notes;
}

function listLeftovers(dir: string, base: string): Leftover[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw outputFailure(error, 'list', dir);
  }
  return names.map((name) => parseLeftover(name, base)).filter((l): l is Leftover => l !== undefined);
}

function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    throw outputFailure(error, `restore ${from} to`, to);
  }
}

function remove(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch (error) {
    throw outputFailure(error, 'remove the leftover', path);
  }
}
