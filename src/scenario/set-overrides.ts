import { parse } from 'yaml';
import { ScenarioError } from './errors.js';
import type { Plain } from './merge.js';

/**
 * Turns `--set path=value` strings into an object to layer on the scenario. Values are read
 * as YAML scalars or flow collections (`--set a.b=0.3`, `--set a.list=[x, y]`).
 */
export function overridesToObject(sets: readonly string[]): Plain {
  const out: Plain = {};
  for (const item of sets) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new ScenarioError([{ file: '--set', path: item, message: 'expected path=value, e.g. --set demand.indications.cardiac.ratePer100kPerYear=30' }]);
    }
    const path = item.slice(0, eq).split('.');
    let value: unknown;
    try {
      value = parse(item.slice(eq + 1));
    } catch (error) {
      throw new ScenarioError([{ file: '--set', path: item.slice(0, eq), message: `cannot read the value: ${(error as Error).message}` }]);
    }
    let node = out;
    for (const key of path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Plain;
    }
    node[path[path.length - 1]!] = value;
  }
  return out;
}
