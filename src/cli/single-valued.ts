import { UsageError } from './exit-codes.js';

/** Options that may be given more than once; every other option takes one value. */
export const REPEATABLE_OPTIONS: ReadonlySet<string> = new Set(['set', 'vary', 'target']);
/** Positionals that take several values in some command (`validate <scenario..>`, `compare <scenarios..>`). */
const LIST_POSITIONALS: Readonly<Record<string, ReadonlySet<string>>> = { validate: new Set(['scenario']), compare: new Set(['scenarios']) };

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Refuses a single-valued option given more than once (`--out A --out B`, `--seed 1 --seed 2`):
 * yargs gathers the values into a list, which would otherwise reach code expecting one value.
 */
export function checkSingleValued(argv: Readonly<Record<string, unknown>>): void {
  const command = String((argv._ as unknown[] | undefined)?.[0] ?? '');
  const lists = LIST_POSITIONALS[command] ?? new Set<string>();
  const repeated = new Map<string, unknown[]>();
  for (const [key, value] of Object.entries(argv)) {
    if (key === '_' || key === '$0' || !Array.isArray(value)) continue;
    const name = kebab(key);
    if (REPEATABLE_OPTIONS.has(name) || lists.has(name)) continue;
    repeated.set(name, value);
  }
  const [first] = repeated;
  if (first) {
    const [name, values] = first;
    throw new UsageError(`--${name} was given ${values.length} times (${values.map(String).join(', ')}); give it once`);
  }
}
