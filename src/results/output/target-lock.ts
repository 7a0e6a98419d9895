import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputError } from './errors.js';
import { outputFailure } from './fs-errors.js';
import { lockName } from './names.js';
import { isProcessAlive } from './process-alive.js';

/** A lock file written but not yet filled in is taken as held for this long (a crash there is rare). */
const UNFILLED_LOCK_GRACE_MS = 60_000;

interface Holder {
  readonly pid: number;
  readonly host: string;
}

/**
 * Exclusive claim on one target: a lock file created with O_EXCL beside it, holding the process id
 * and host. A second run to the same target is refused while the holder lives; a lock left by a
 * killed process is taken over.
 */
export class TargetLock {
  private released = false;

  private constructor(readonly file: string) {}

  static acquire(dir: string, base: string, target: string): TargetLock {
    const file = join(dir, lockName(base));
    for (let attempt = 0; attempt < 3; attempt++) {
      if (tryCreate(file, target)) return new TargetLock(file);
      const holder = readHolder(file);
      if (holder === 'gone') continue;
      if (holder !== 'stale') {
        const who = Number.isNaN(holder.pid) ? 'a process just starting' : `process ${holder.pid} on ${holder.host}`;
        throw new OutputError(target, `${target} is being written by another cgs-sim run (${who}); wait for it, or delete ${file} if no run is writing there`);
      }
      removeStale(file, target);
    }
    throw new OutputError(target, `${target}: could not take the lock ${file}; another run keeps taking it`);
  }

  /** Gives the target up (only if the lock is still this process's). */
  release(): void {
    if (this.released) return;
    this.released = true;
    try {
      const holder = readHolder(this.file);
      if (typeof holder === 'object' && holder.pid === process.pid) unlinkSync(this.file);
    } catch {
      // A lock that could not be removed is taken over by the next run once this process is gone.
    }
  }
}

function tryCreate(file: string, target: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw outputFailure(error, 'write results to', target);
  }
  try {
    writeSync(fd, `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Who holds the lock: a live holder, 'stale' when its process is gone, or 'gone' when the file vanished. */
function readHolder(file: string): Holder | 'stale' | 'gone' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  let holder: Partial<Holder> = {};
  try {
    holder = JSON.parse(text) as Partial<Holder>;
  } catch {
    // Created but not yet written, or a crash between the two: stale only once it has stayed that way.
    return lockAgeMs(file) > UNFILLED_LOCK_GRACE_MS ? 'stale' : { pid: NaN, host: 'this machine' };
  }
  const pid = Number(holder.pid), host = String(holder.host ?? '');
  // A process on another machine sharing this folder cannot be checked from here: it holds.
  if (host !== hostname()) return { pid, host: host || 'unknown host' };
  return isProcessAlive(pid) ? { pid, host } : 'stale';
}

function lockAgeMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function removeStale(file: string, target: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw outputFailure(error, 'remove the stale lock of', target);
  }
}
