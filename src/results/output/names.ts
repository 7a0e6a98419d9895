/**
 * Names of the hidden entries written beside a target `<base>`: the lock, the partial (temporary)
 * folder or file of a run, and the old folder a --force swap moves aside. Each carries the writing
 * process id, so a later run can tell a live run's entries from a killed one's. The dot keeps them out
 * of folder listings; they are never results.
 */
export const lockName = (base: string): string => `.${base}.lock`;
export const partialName = (base: string, pid: number, ms: number): string => `.${base}.partial-${pid}-${ms}`;
export const ASIDE_SUFFIX = '.old';

export interface Leftover {
  readonly name: string;
  readonly pid: number;
  readonly ms: number;
  /** An old folder moved aside by a --force swap (rather than a run's partial results). */
  readonly aside: boolean;
}

/** The leftover this directory entry is for target `base`, or undefined when it is anything else. */
export function parseLeftover(name: string, base: string): Leftover | undefined {
  const prefix = `.${base}.partial-`;
  if (!name.startsWith(prefix)) return undefined;
  const m = /^(\d{1,10})-(\d{1,16})(\.old)?$/.exec(name.slice(prefix.length));
  if (!m) return undefined;
  return { name, pid: Number(m[1]), ms: Number(m[2]), aside: m[3] !== undefined };
}

let lastMs = 0;
/** Milliseconds for a new partial name, increasing within a process so two names never collide. */
export function uniqueMs(): number {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return lastMs;
}
