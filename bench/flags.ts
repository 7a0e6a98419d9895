/**
 * Minimal `--name value` / `--flag` parsing for benchmark subcommands. Each subcommand
 * declares its numeric flags with defaults; unknown flags and bad numbers are errors that
 * name the flag and the value, so a typo never silently benchmarks the default.
 */
export interface ParsedFlags<T extends Record<string, number>> {
  readonly values: T;
  readonly json: boolean;
}

export function parseFlags<T extends Record<string, number>>(argv: readonly string[], defaults: T): ParsedFlags<T> {
  const values: Record<string, number> = { ...defaults };
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') {
      json = true;
      continue;
    }
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(arg);
    if (!match || !(match[1]! in defaults)) {
      throw new Error(`Unknown argument \`${arg}\`; expected --json or one of ${Object.keys(defaults).map((k) => `--${k}`).join(', ')}`);
    }
    const raw = match[2] ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || raw === '' || !Number.isFinite(value)) {
      throw new Error(`Expected \`--${match[1]}\` to be a finite number, got \`${raw}\``);
    }
    values[match[1]!] = value;
  }
  return { values: values as T, json };
}
