import { dirname, join } from 'node:path';
import type { Defaults } from '../../src/scenario/data/load-defaults.js';
import { ScenarioError, type ScenarioIssue } from '../../src/scenario/errors.js';
import { loadScenarioContent } from '../../src/scenario/load-scenario.js';
import { clonePlain, isPlainObject, setOwn, type Plain } from '../../src/scenario/merge.js';
import type { FuzzCase, Mutation } from './scenario-mutations.js';
import { simulateTiny } from './tiny-run.js';

/** A shipped scenario read once: its file, its content as parsed, and the resolved baseline values to copy from. */
export interface FuzzBase {
  readonly files: readonly string[];
  readonly contents: readonly Plain[];
  readonly resolved: Plain;
  readonly defaults: Defaults;
}

export type Outcome =
  | { readonly kind: 'accepted'; readonly ms: number }
  | { readonly kind: 'rejected'; readonly ms: number; readonly issues: number }
  | { readonly kind: 'failure'; readonly ms: number; readonly reason: string };

/** A case longer than this counts as a hang. */
export const HANG_MS = 10_000;

/**
 * Runs one case in this process: builds the mutated scenario and its `--set` strings, loads it,
 * and simulates it tiny if accepted. Failures: any exception other than a ScenarioError, a
 * rejection issue naming no field, an impossible value in the results, or a case over HANG_MS.
 */
export async function runFuzzCase(base: FuzzBase, c: FuzzCase): Promise<Outcome> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  const index = c.scenario % base.files.length;
  const content = clonePlain(base.contents[index]!);
  const sets: string[] = [];
  for (const m of c.mutations) apply(content, m, base.resolved, sets);
  try {
    const loaded = await loadScenarioContent(content, join(dirname(base.files[index]!), 'fuzz-case.yaml'), { overrides: sets, defaults: base.defaults });
    const problem = simulateTiny(loaded.scenario, loaded.scenario.run.seed);
    if (problem) return { kind: 'failure', ms: ms(), reason: problem };
    return slow({ kind: 'accepted', ms: ms() });
  } catch (error) {
    if (!(error instanceof ScenarioError)) return { kind: 'failure', ms: ms(), reason: `uncaught ${(error as Error)?.stack ?? String(error)}` };
    const nameless = error.issues.find((i) => !namesField(i));
    if (nameless) return { kind: 'failure', ms: ms(), reason: `a rejection naming no field: ${error.message.split('\n')[0]}` };
    return slow({ kind: 'rejected', ms: ms(), issues: error.issues.length });
  }
}

const slow = (o: Outcome): Outcome => (o.ms > HANG_MS ? { kind: 'failure', ms: o.ms, reason: `took ${(o.ms / 1000).toFixed(1)} s` } : o);

/** An issue names a field by its path, or (an unknown field at the top level) by quoting the key. */
const namesField = (i: ScenarioIssue) => i.path !== '' || /unknown fields? '/.test(i.message);

function apply(content: Plain, m: Mutation, resolved: Plain, sets: string[]): void {
  if (m.op === 'set') return void sets.push(m.text);
  if (m.path.length === 0) return;
  const parent = ensureParent(content, m.path);
  const key = m.path[m.path.length - 1]!;
  if (m.op === 'scale') {
    const value = valueAt(resolved, m.path);
    setOwn(parent, key, typeof value === 'number' ? value * (m.value as number) : value === undefined ? null : clonePlain(value));
    return;
  }
  if (m.op === 'duplicate') {
    const value = valueAt(resolved, m.path);
    if (Array.isArray(value)) setOwn(parent, key, [...value, ...value]);
    else setOwn(parent, `${key}_copy`, clonePlain(value));
    return;
  }
  setOwn(parent, key, m.value);
}

function ensureParent(content: Plain, path: readonly string[]): Plain {
  let node = content;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key) || !isPlainObject(node[key])) setOwn(node, key, {});
    node = node[key] as Plain;
  }
  return node;
}

function valueAt(obj: unknown, path: readonly string[]): unknown {
  let node = obj;
  for (const key of path) node = isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}
