import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import type { z } from 'zod';
import { defaultDataDir } from '../package-paths.js';
import type { Assumption } from './data/assumption-builder.js';
import { DEFAULT_TABLE_SPECS } from './data/default-table-specs.js';
import { loadDefaults } from './data/load-defaults.js';
import { ScenarioError, type ScenarioIssue } from './errors.js';
import { deepFreeze, hasPath, isPlainObject, mergeScenario, type Plain } from './merge.js';
import { scenarioSchema, type Scenario } from './schema/scenario.js';
import { overridesToObject } from './set-overrides.js';

export interface LoadOptions {
  /** `path=value` overrides applied last. */
  readonly overrides?: readonly string[];
  readonly dataDir?: string;
  /** Folders of local tables (`--data DIR`), each replacing the default rows with the same key and adding new ones, later folders last. */
  readonly dataOverlays?: readonly string[];
}

/** A validated, frozen scenario with everything needed to reproduce a run from it. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly file: string;
  /** Files merged, base first; `--data DIR` overlays come first, as `--data <folder>`. */
  readonly chain: readonly string[];
  readonly assumptions: readonly Assumption[];
  readonly resolvedYaml: string;
  /** SHA-256 of the resolved scenario. */
  readonly hash: string;
}

interface Layer {
  readonly file: string;
  readonly content: Plain;
}

/**
 * Reads a scenario file (YAML or JSON), follows its `extends:` chain, layers it over the
 * defaults from `data/`, applies `--set` overrides and validates the result. Any problem
 * becomes a ScenarioError naming the file, the field path, the value and what was expected.
 */
export async function loadScenario(file: string, options: LoadOptions = {}): Promise<LoadedScenario> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const layers = readChain(resolve(file), []);
  const overlays = (options.dataOverlays ?? []).map((dir) => checkOverlayDir(resolve(dir)));
  const defaults = await loadDefaults(dataDir, overlays);
  let merged: unknown = defaults.scenario;
  for (const layer of layers) merged = mergeScenario(merged, layer.content);
  const overrides = overridesToObject(options.overrides ?? []);
  merged = mergeScenario(merged, overrides);
  delete (merged as Plain).extends;
  const parsed = scenarioSchema.safeParse(merged);
  if (!parsed.success) {
    const sources: Layer[] = [{ file: '--set', content: overrides }, ...[...layers].reverse(), { file: `${dataDir} (default data)`, content: defaults.scenario }];
    throw new ScenarioError(parsed.error.issues.map((issue) => toScenarioIssue(issue, sources, merged)));
  }
  const scenario = deepFreeze(parsed.data);
  const resolvedYaml = stringify(scenario, { lineWidth: 0 });
  return {
    scenario,
    file: resolve(file),
    chain: [...overlays.map((dir) => `--data ${dir}`), ...layers.map((l) => l.file)],
    assumptions: defaults.assumptions,
    resolvedYaml,
    hash: createHash('sha256').update(JSON.stringify(scenario)).digest('hex'),
  };
}

/** A `--data` folder must exist and hold at least one table, so a typo is not silently ignored. */
function checkOverlayDir(dir: string): string {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new ScenarioError([{ file: dir, path: '', message: `cannot read the --data folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected a folder of CSV tables named as in data/` }]);
  }
  const known = new Set([...DEFAULT_TABLE_SPECS.map((spec) => spec.file)]);
  const unknown = names.filter((name) => name.endsWith('.csv') && !known.has(name));
  if (unknown.length > 0) {
    throw new ScenarioError(unknown.map((name) => ({ file: `${dir}/${name}`, path: '', message: `not a table the model reads; expected one of ${[...known].join(', ')}` })));
  }
  if (!names.some((name) => known.has(name))) {
    throw new ScenarioError([{ file: dir, path: '', message: `the --data folder holds none of the tables the model reads (${[...known].join(', ')})` }]);
  }
  return dir;
}

function readChain(file: string, seen: string[]): Layer[] {
  if (seen.includes(file)) {
    throw new ScenarioError([{ file, path: 'extends', message: `circular extends: ${[...seen, file].join(' -> ')}` }]);
  }
  const content = readScenarioFile(file);
  const base = content.extends;
  if (base === undefined) return [{ file, content }];
  if (typeof base !== 'string') throw new ScenarioError([{ file, path: 'extends', message: 'expected a file path', received: base }]);
  const baseFile = resolve(dirname(file), base);
  if (!existsSync(baseFile)) throw new ScenarioError([{ file, path: 'extends', message: `cannot find the scenario it extends: ${baseFile}`, received: base }]);
  return [...readChain(baseFile, [...seen, file]), { file, content }];
}

function readScenarioFile(file: string): Plain {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScenarioError([{ file, path: '', message: `cannot read the scenario file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
  }
  // YAML 1.2 is a superset of JSON, so one parser reads both.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((e) => ({ file, path: '', message: `not valid YAML/JSON: ${e.message.split('\n')[0]}` })));
  }
  const content: unknown = doc.toJS();
  if (!isPlainObject(content)) throw new ScenarioError([{ file, path: '', message: 'expected a mapping of fields at the top level', received: content }]);
  return content;
}

function toScenarioIssue(issue: z.core.$ZodIssue, sources: Layer[], merged: unknown): ScenarioIssue {
  const path = issue.path.map(String);
  const fullPath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
  // Blame the last layer that set this field, else the nearest enclosing field a scenario layer
  // (not the defaults) sets, else the file loaded: a value nobody set is missing from the scenario.
  const scenarioLayers = sources.slice(0, -1);
  const setBy = (depth: number, layers: Layer[]) => layers.find((s) => hasPath(s.content, fullPath.slice(0, depth)))?.file;
  let blamed = fullPath.length > 0 ? setBy(fullPath.length, sources) : undefined;
  for (let depth = fullPath.length - 1; blamed === undefined && depth > 0; depth--) blamed = setBy(depth, scenarioLayers);
  blamed ??= scenarioLayers[1]?.file ?? sources[sources.length - 1]!.file;
  const message = issue.code === 'unrecognized_keys'
    ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; check the spelling against scenarios/README.md`
    : issue.message;
  const received = issue.code === 'unrecognized_keys' ? undefined : valueAt(merged, path);
  return { file: blamed, path: path.join('.'), message, received };
}

function valueAt(obj: unknown, path: readonly string[]): unknown {
  let node = obj;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Plain)[key];
  }
  return node;
}
