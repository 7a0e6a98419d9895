import { ScenarioError, type ScenarioIssue } from './errors.js';
import { isPlainObject, setOwn, type Plain } from './merge.js';
import { RESERVED_KEYS, reservedKeyMessage } from './reserved-keys.js';
import { MAX_YAML_DEPTH, parseScenarioYaml } from './yaml/parse-scenario-yaml.js';
import { MAX_SCENARIO_FILE_BYTES } from './yaml/read-bounded-file.js';

const EXAMPLE = 'e.g. --set demand.indications.cardiac.ratePer100kPerYear=30';

/**
 * Turns `--set path=value` strings into an object to layer on the scenario. Values are read
 * as YAML scalars or flow collections (`--set a.b=0.3`, `--set a.list=[x, y]`), with the same
 * limits as scenario files. A path is field names joined by dots: none empty, none reserved.
 */
export function overridesToObject(sets: readonly string[]): Plain {
  const out: Plain = {};
  const issues: ScenarioIssue[] = [];
  for (const item of sets) {
    const parsed = parseOverride(item);
    if ('issue' in parsed) {
      issues.push(parsed.issue);
      continue;
    }
    let node = out;
    for (const key of parsed.path.slice(0, -1)) {
      if (!Object.hasOwn(node, key) || !isPlainObject(node[key])) setOwn(node, key, {});
      node = node[key] as Plain;
    }
    setOwn(node, parsed.path[parsed.path.length - 1]!, parsed.value);
  }
  if (issues.length > 0) throw new ScenarioError(issues);
  return out;
}

type Parsed = { readonly path: string[]; readonly value: unknown } | { readonly issue: ScenarioIssue };

function parseOverride(item: string): Parsed {
  const eq = item.indexOf('=');
  const issue = (path: string, message: string, received?: unknown): Parsed => ({ issue: { file: '--set', path, message, received } });
  if (eq <= 0) return issue(item.trim() === '' ? '(empty)' : item, `expected path=value, ${EXAMPLE}`);
  const pathText = item.slice(0, eq);
  const path = pathText.split('.');
  if (path.length > MAX_YAML_DEPTH) return issue(`${path.slice(0, 3).join('.')}...`, `a path of ${path.length} fields; expected at most ${MAX_YAML_DEPTH}`);
  if (path.some((k) => k.trim() === '')) return issue(pathText, `expected field names joined by dots, none empty (${EXAMPLE})`);
  const reserved = path.findIndex((k) => RESERVED_KEYS.has(k));
  if (reserved >= 0) return issue(path.slice(0, reserved + 1).join('.'), reservedKeyMessage(path[reserved]!));
  const text = item.slice(eq + 1);
  if (text.trim() === '') return issue(pathText, 'expected a value after "=" (to remove a field, write path=null)');
  if (text.length > MAX_SCENARIO_FILE_BYTES) return issue(pathText, `a value longer than ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MiB, the most a scenario file may be`);
  try {
    return { path, value: parseScenarioYaml(text, '--set') };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return issue(pathText, `cannot read the value: ${error.issues[0]!.message}`, text);
  }
}
