import { REPEATABLE_OPTIONS } from './single-valued.js';
import { UsageError } from './exit-codes.js';

/**
 * Refuses a repeatable option with nothing after it (`--set` at the end, `--set --quiet`,
 * `--set=`): yargs would otherwise drop it silently and run without the change the user meant.
 */
export function checkRepeatableHaveValues(tokens: readonly string[]): void {
  tokens.forEach((token, i) => {
    if (token === '--') return;
    const [flag, inline] = splitFlag(token);
    if (!REPEATABLE_OPTIONS.has(flag)) return;
    const value = inline ?? tokens[i + 1];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${flag}: expected a value after it, e.g. --${flag} ${EXAMPLES[flag] ?? 'VALUE'}`);
    }
  });
}

const EXAMPLES: Record<string, string> = {
  set: 'pathway.dnaShare=0.1',
  vary: 'pathway.dnaShare=0.05:0.2',
  target: '"pct_within_18_weeks>=0.92"',
};

/**
 * Refuses a numeric option whose value is not a number (`--precision abc`, `--years x`): yargs
 * reads it as NaN, which would otherwise pass as a value. Names the option and the text given.
 */
export function checkNumbers(argv: Readonly<Record<string, unknown>>, tokens: readonly string[]): void {
  for (const [key, value] of Object.entries(argv)) {
    if (typeof value !== 'number' || !Number.isNaN(value) || /[A-Z]/.test(key)) continue;
    throw new UsageError(`--${key}: expected a number (got '${rawValue(key, tokens) ?? ''}')`);
  }
}

function rawValue(flag: string, tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const [name, inline] = splitFlag(tokens[i]!);
    if (name === flag) return inline ?? tokens[i + 1];
  }
  return undefined;
}

/** `--name=value` → ['name', 'value']; `--name` → ['name', undefined]; anything else → ['', undefined]. */
function splitFlag(token: string): [string, string | undefined] {
  if (!token.startsWith('--')) return ['', undefined];
  const eq = token.indexOf('=');
  return eq < 0 ? [token.slice(2), undefined] : [token.slice(2, eq), token.slice(eq + 1)];
}
