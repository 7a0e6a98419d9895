import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { defaultDataDir } from '../package-paths.js';
import type { Assumption } from './data/assumption-builder.js';
import { loadDefaults, type Defaults } from './data/load-defaults.js';
import { ScenarioError, type ScenarioIssue } from './errors.js';
import { deepFreeze, hasPath, isPlainObject, mergeScenario, ownValue, type Plain } from './merge.js';
import { dataShapeIssues, RESERVED_KEYS } from './reserved-keys.js';
import { defaultMemoryBytes, runSizeIssues } from './run-size.js';
import { scenarioSchema, type Scenario } from './schema/scenario.js';
import { overridesToObject } from './set-overrides.js';
import { parseScenarioYaml } from './yaml/parse-scenario-yaml.js';
import { readBoundedFile, UnreadableFileError } from './yaml/read-bounded-file.js';

export interface LoadOptions {
  /** `path=value` overrides applied last. */
  readonly overrides?: readonly string[];
  readonly dataDir?: string;
  /** Default tables already read from `dataDir` (saves reading them again for many scenarios). */
  readonly defaults?: Defaults;
  /** Memory a run may use, bytes (default: this process's heap limit); a larger estimate is refused. */
  readonly memoryBytes?: number;
}

/** A validated, frozen scenario with everything needed to reproduce a run from it. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly file: string;
  /** Files merged, base first. */
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

/** `extends:` chains longer than this are mistakes (the shipped ones are two files deep). */
export const MAX_EXTENDS_DEPTH = 16;

/**
 * Reads a scenario file (YAML or JSON), follows its `extends:` chain, layers it over the
 * defaults from `data/`, applies `--set` overrides and validates the result. Any problem
 * becomes a ScenarioError naming the file, the field path, the value and what was expected.
 */
export async function loadScenario(file: string, options: LoadOptions = {}): Promise<LoadedScenario> {
  const path = resolve(file);
  return resolveLayers(path, chainFrom(path, readScenarioFile(path), []), options);
}

/**
 * Like loadScenario for a scenario already in memory (a notebook, the fuzz suite): `content` is
 * checked as if read from `file`, whose folder its `extends:` is relative to.
 */
export async function loadScenarioContent(content: unknown, file: string, options: LoadOptions = {}): Promise<LoadedScenario> {
  const path = resolve(file);
  return resolveLayers(path, chainFrom(path, checkedContent(content, path), []), options);
}

async function resolveLayers(file: string, layers: Layer[], options: LoadOptions): Promise<LoadedScenario> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const defaults = options.defaults ?? (await loadDefaults(dataDir));
  const defaultsFile = `${dataDir} (default data)`;
  const overrides = overridesToObject(options.overrides ?? []);
  const shapeIssues = [...dataShapeIssues(defaults.scenario, defaultsFile), ...dataShapeIssues(overrides, '--set')];
  if (shapeIssues.length > 0) throw new ScenarioError(shapeIssues);
  let merged: unknown = defaults.scenario;
  for (const layer of layers) merged = mergeScenario(merged, layer.content);
  merged = mergeScenario(merged, overrides);
  delete (merged as Plain).extends;
  const sources: Layer[] = [{ file: '--set', content: overrides }, ...[...layers].reverse(), { file: defaultsFile, content: defaults.scenario }];
  const parsed = scenarioSchema.safeParse(merged);
  if (!parsed.success) throw new ScenarioError(parsed.error.issues.map((issue) => toScenarioIssue(issue, sources, merged)));
  const scenario = deepFreeze(parsed.data);
  const sizeIssues = runSizeIssues(scenario, options.memoryBytes ?? defaultMemoryBytes());
  if (sizeIssues.length > 0) throw new ScenarioError(sizeIssues.map((i) => ({ ...i, file: blame(i.path.split('.'), sources) })));
  const resolvedYaml = stringify(scenario, { lineWidth: 0 });
  return {
    scenario,
    file,
    chain: layers.map((l) => l.file),
    assumptions: defaults.assumptions,
    resolvedYaml,
    hash: createHash('sha256').update(JSON.stringify(scenario)).digest('hex'),
  };
}

function chainFrom(file: string, content: Plain, seen: string[]): Layer[] {
  if (seen.includes(file)) {
    throw new ScenarioError([{ file, path: 'extends', message: `circular extends: ${[...seen, file].join(' -> ')}` }]);
  }
  const base = ownValue(content, 'extends');
  if (base === undefined) return [{ file, content }];
  if (typeof base !== 'string' || base === '') throw new ScenarioError([{ file, path: 'extends', message: 'expected a file path', received: base }]);
  if (seen.length + 1 >= MAX_EXTENDS_DEPTH) {
    throw new ScenarioError([{ file, path: 'extends', message: `an extends chain more than ${MAX_EXTENDS_DEPTH} files long`, received: base }]);
  }
  const baseFile = resolve(dirname(file), base);
  const baseContent = readScenarioFile(baseFile, (reason) => ({ file, path: 'extends', message: `cannot use the scenario it extends, ${baseFile}: ${reason}`, received: base }));
  return [...chainFrom(baseFile, baseContent, [...seen, file]), { file, content }];
}

/** Reads and parses one scenario file; `unreadable` says whom to blame when it cannot be read at all. */
function readScenarioFile(file: string, unreadable = (reason: string): ScenarioIssue => ({ file, path: '', message: reason })): Plain {
  let text: string;
  try {
    text = readBoundedFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new ScenarioError([unreadable(error.reason)]);
    throw error;
  }
  // YAML 1.2 is a superset of JSON, so one parser reads both.
  return checkedContent(parseScenarioYaml(text, file), file);
}

function checkedContent(content: unknown, file: string): Plain {
  if (!isPlainObject(content)) throw new ScenarioError([{ file, path: '', message: 'expected a mapping of fields at the top level', received: content }]);
  const issues = dataShapeIssues(content, file);
  if (issues.length > 0) throw new ScenarioError(issues);
  return content;
}

/** Unknown keys named in one message: the first few, then how many more. */
const MAX_KEYS_NAMED = 5;

function toScenarioIssue(issue: z.core.$ZodIssue, sources: Layer[], merged: unknown): ScenarioIssue {
  const path = issue.path.map(String);
  if (issue.code !== 'unrecognized_keys') return { file: blame(path, sources), path: path.join('.'), message: issue.message, received: valueAt(merged, path) };
  const named = issue.keys.slice(0, MAX_KEYS_NAMED).map((k) => `'${k}'`).join(', ');
  const more = issue.keys.length > MAX_KEYS_NAMED ? ` and ${issue.keys.length - MAX_KEYS_NAMED} more` : '';
  const message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${named}${more}; check the spelling against scenarios/README.md`;
  return { file: blame([...path, issue.keys[0]!], sources), path: path.join('.'), message };
}

/**
 * The file to blame for a field: the last layer that set it, else the nearest enclosing field a
 * scenario layer (not the defaults) sets, else the file loaded: a value nobody set is missing from the scenario.
 */
function blame(fullPath: readonly string[], sources: Layer[]): string {
  const scenarioLayers = sources.slice(0, -1);
  const setBy = (depth: number, layers: Layer[]) => layers.find((s) => hasPath(s.content, fullPath.slice(0, depth)))?.file;
  let blamed = fullPath.length > 0 ? setBy(fullPath.length, sources) : undefined;
  for (let depth = fullPath.length - 1; blamed === undefined && depth > 0; depth--) blamed = setBy(depth, scenarioLayers);
  return blamed ?? scenarioLayers[1]?.file ?? sources[sources.length - 1]!.file;
}

function valueAt(obj: unknown, path: readonly string[]): unknown {
  let node = obj;
  for (const key of path) {
    if (RESERVED_KEYS.has(key)) return undefined;
    node = Array.isArray(node) ? node[Number(key)] : ownValue(node, key);
  }
  return node;
}
