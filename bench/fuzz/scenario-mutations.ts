import fc from 'fast-check';

/** One change to a scenario: at a field path, or a `--set` string. */
export type Mutation =
  | { readonly op: 'drop' | 'duplicate' | 'retype' | 'number' | 'string' | 'reserved-key' | 'scale'; readonly path: readonly string[]; readonly value: unknown }
  | { readonly op: 'set'; readonly text: string };

/** A fuzz case: which shipped scenario, and what was done to it. */
export interface FuzzCase {
  readonly scenario: number;
  readonly mutations: readonly Mutation[];
}

/** Numbers at the edges: zero, signs, tiny and huge magnitudes, non-integers, and non-finite values. */
export const EXTREME_NUMBERS = [0, -0, -1, 1, 0.5, 1.5, 2, 1e-308, 1e-9, 12, 50, 51, 1e6, 1e8, 1e9, 1e10, 2 ** 53, 1e308, -1e308, Infinity, -Infinity, NaN] as const;

/** Strings a careless or hostile user might type. */
export const WEIRD_STRINGS = [
  '', ' ', '\u0000', 'é', '💥', '../..', '.', '..', '__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', 'NaN', '1e3', '-1',
  'a'.repeat(20_000), '\n', 'all', 'A', 'genetic_counsellor', '2026-02-30', '0x10',
] as const;

export const RESERVED = ['__proto__', 'constructor', 'prototype'] as const;

/** Factors on a value already there: valid but extreme scenarios, most of them accepted. */
export const SCALE_FACTORS = [0, 0.01, 0.5, 0.99, 1.01, 2, 10, 100, 1000] as const;

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EXTREME_NUMBERS),
  fc.constantFrom(...WEIRD_STRINGS),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom(1, 'x', null), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'name', '__proto__', 'constructor'), fc.constantFrom(1, 'x'), { maxKeys: 2 }),
);

/** `--set` strings: mostly path=value on real paths, some malformed. */
function setText(paths: readonly (readonly string[])[]): fc.Arbitrary<string> {
  const realPath = fc.constantFrom(...paths).map((p) => p.join('.'));
  const yamlValue = fc.oneof(
    fc.constantFrom('0', '-1', '1e308', '.inf', '.nan', '[]', '{}', 'null', 'x', "''", '[a, b]', '&a [*a]', '*nope', '{__proto__: 1}', '0x10'),
    fc.constantFrom(...EXTREME_NUMBERS).map(String),
  );
  return fc.oneof(
    fc.tuple(realPath, yamlValue).map(([p, v]) => `${p}=${v}`),
    fc.tuple(fc.constantFrom(...RESERVED), realPath).map(([r, p]) => `${r}.${p}=1`),
    fc.tuple(realPath, fc.constantFrom(...RESERVED)).map(([p, r]) => `${p}.${r}=1`),
    fc.constantFrom('', '=', '=1', 'a..b=1', '.=1', 'run.years', 'run.years=', `${'a.'.repeat(5000)}a=1`, '__proto__=1'),
  );
}

/** Field paths (from the resolved baseline) to mutate, with a few made deeper or reserved. */
function mutation(paths: readonly (readonly string[])[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    path.map((p) => ({ op: 'drop' as const, path: p, value: null })),
    fc.tuple(path, fc.constantFrom(...SCALE_FACTORS)).map(([p, value]) => ({ op: 'scale' as const, path: p, value })),
    fc.tuple(path, fc.constantFrom(...SCALE_FACTORS)).map(([p, value]) => ({ op: 'scale' as const, path: p, value })),
    path.map((p) => ({ op: 'duplicate' as const, path: p, value: undefined })),
    fc.tuple(path, anyValue).map(([p, value]) => ({ op: 'retype' as const, path: p, value })),
    fc.tuple(path, fc.constantFrom(...EXTREME_NUMBERS)).map(([p, value]) => ({ op: 'number' as const, path: p, value })),
    fc.tuple(path, fc.constantFrom(...WEIRD_STRINGS)).map(([p, value]) => ({ op: 'string' as const, path: p, value })),
    fc.tuple(path, fc.constantFrom(...RESERVED), anyValue).map(([p, key, value]) => ({ op: 'reserved-key' as const, path: [...p.slice(0, -1), key], value })),
    setText(paths).map((text) => ({ op: 'set' as const, text })),
  );
}

/** Cases: one of `scenarioCount` shipped scenarios with one to four mutations. */
export function fuzzCases(scenarioCount: number, paths: readonly (readonly string[])[]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    scenario: fc.nat({ max: scenarioCount - 1 }),
    mutations: fc.array(mutation(paths), { minLength: 1, maxLength: 4 }),
  });
}
