import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPEATABLE_OPTIONS } from '../../src/cli/single-valued.js';
import { ROOT } from './cli.js';

/** Every `--option` a command declares as a list, from the CLI sources. */
function listOptions(): string[] {
  const dir = join(ROOT, 'src', 'cli');
  const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'commands')).map((f) => join(dir, 'commands', f))].filter((f) => f.endsWith('.ts'));
  const found = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\.option\('([a-z-]+)',\s*\{[^}]*array: true/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

describe('list options stay repeatable', () => {
  it('every option declared with array: true may be given more than once', () => {
    const lists = listOptions();
    expect(lists).toContain('set');
    expect(lists.filter((name) => !REPEATABLE_OPTIONS.has(name))).toEqual([]);
  });
});
