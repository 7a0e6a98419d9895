/** A default number and where it came from, as listed in assumptions.csv and the report. */
export interface Assumption {
  readonly path: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Builds a nested scenario object while recording the source of every value it sets. */
export class AssumptionBuilder {
  readonly root: Record<string, unknown> = {};
  readonly assumptions: Assumption[] = [];

  put(path: readonly string[], value: unknown, unit: string, source: string): void {
    // Ids in the tables are checked before they become keys; this guards the prototype regardless.
    const unsafe = path.find((key) => RESERVED_KEYS.has(key));
    if (unsafe !== undefined) throw new Error(`'${unsafe}' cannot be a key of the default scenario (${path.join('.')})`);
    let node = this.root;
    for (const key of path.slice(0, -1)) {
      if (!Object.hasOwn(node, key) || typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
    if (source !== '') {
      this.assumptions.push({ path: path.join('.'), value: Array.isArray(value) ? value.join(' > ') : String(value), unit, source });
    }
  }
}

export { camelCase } from '../naming.js';
