import type { ScenarioIssue } from './errors.js';
import { MAX_YAML_DEPTH } from './yaml/parse-scenario-yaml.js';

/**
 * Keys that name an object's prototype machinery in JavaScript. No scenario field, id or data
 * table key uses them, and letting one through would let input rewrite the objects the loader
 * builds, so they are unknown fields wherever they appear.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const reservedKeyMessage = (key: string) =>
  `unknown field '${key}' (${[...RESERVED_KEYS].join(', ')} are reserved names, never scenario fields); check the spelling against scenarios/README.md`;

/**
 * Checks data read from a file or given in-process before it is merged: no reserved key at any
 * depth, nesting no deeper than MAX_YAML_DEPTH, no value that contains itself, and nothing but
 * plain data (mappings, lists, strings, numbers, booleans, null). Returns one issue per problem.
 */
export function dataShapeIssues(value: unknown, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const ancestors: object[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return;
    const at = path.join('.');
    const proto: unknown = typeof node === 'object' ? Object.getPrototypeOf(node) : undefined;
    if (typeof node !== 'object' || (!Array.isArray(node) && proto !== Object.prototype && proto !== null)) {
      issues.push({ file, path: at, message: 'expected plain data (a mapping, list, string, number or boolean)', received: typeof node });
      return;
    }
    if (ancestors.includes(node)) return void issues.push({ file, path: at, message: 'a value that contains itself (a cycle)' });
    if (ancestors.length >= MAX_YAML_DEPTH) return void issues.push({ file, path: at, message: `nested more than ${MAX_YAML_DEPTH} levels deep` });
    ancestors.push(node);
    for (const key of Object.keys(node)) {
      const child = [...path, key];
      if (RESERVED_KEYS.has(key)) issues.push({ file, path: child.join('.'), message: reservedKeyMessage(key) });
      else walk((node as Record<string, unknown>)[key], child);
    }
    ancestors.pop();
  };
  walk(value, []);
  return issues;
}
