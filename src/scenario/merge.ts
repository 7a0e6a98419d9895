export type Plain = Record<string, unknown>;

export const isPlainObject = (x: unknown): x is Plain => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Layers `over` on `base`: objects merge key by key, anything else (numbers, strings, lists)
 * replaces, and `null` removes the key, so a scenario states only what it changes.
 */
export function mergeScenario(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: Plain = structuredClone(base);
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key];
    else out[key] = key in out ? mergeScenario(out[key], value) : structuredClone(value);
  }
  return out;
}

/** Whether a dotted path is set in an object (used to say which file a bad value came from). */
export function hasPath(obj: unknown, path: readonly PropertyKey[]): boolean {
  let node = obj;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(String(key) in (node as Plain))) return false;
    node = (node as Plain)[String(key)];
  }
  return true;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
