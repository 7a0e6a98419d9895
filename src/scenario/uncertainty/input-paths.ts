/**
 * Resolving an uncertain input's path pattern (`demand.indications.*.ratePer100kPerYear`) to
 * the concrete scenario values it names. `*` matches every key of an object or entry of a list.
 */

export type ValuePath = readonly (string | number)[];

/** Every path to a number that the pattern names, in the scenario's key order. */
export function numericPathsOf(root: unknown, pattern: string): ValuePath[] {
  const found: ValuePath[] = [];
  walk(root, pattern.split('.'), 0, [], found);
  return found;
}

function walk(node: unknown, segments: readonly string[], depth: number, path: (string | number)[], found: ValuePath[]): void {
  if (depth === segments.length) {
    if (typeof node === 'number') found.push([...path]);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const segment = segments[depth]!;
  if (Array.isArray(node)) {
    const indices = segment === '*' ? node.keys() : /^\d+$/.test(segment) ? [Number(segment)] : [];
    for (const i of indices) if (i < node.length) walk(node[i], segments, depth + 1, [...path, i], found);
    return;
  }
  const record = node as Record<string, unknown>;
  const keys = segment === '*' ? Object.keys(record) : Object.hasOwn(record, segment) ? [segment] : [];
  for (const key of keys) walk(record[key], segments, depth + 1, [...path, key], found);
}

export function getAt(root: unknown, path: ValuePath): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

export function setAt(root: unknown, path: ValuePath, value: number): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}
