export type Plain = Record<string, unknown>;

export const isPlainObject = (x: unknown): x is Plain => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Sets an own property, even for a key such as `__proto__` that plain assignment would treat as
 * the object's prototype: merging must never write through to a prototype.
 */
export function setOwn(obj: Plain, key: string, value: unknown): void {
  // Only `__proto__` is an accessor on Object.prototype; every other key assigns as an own property.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** The value of an own property only: inherited members (`toString`, `constructor`) are not data. */
export const ownValue = (obj: unknown, key: string): unknown =>
  isPlainObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;

/** A deep copy of plain data (objects, lists, primitives) built from own properties only. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  if (!isPlainObject(value)) return value;
  const out: Plain = {};
  for (const key of Object.keys(value)) setOwn(out, key, clonePlain(value[key]));
  return out as T;
}

/**
 * Layers `over` on `base`: objects merge key by key, anything else (numbers, strings, lists)
 * replaces, and `null` removes the key, so a scenario states only what it changes.
 */
export function mergeScenario(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return clonePlain(over);
  const out = clonePlain(base);
  mergeInto(out, over);
  return out;
}

/** Merges `over` into `out`, an object this module made (never one the caller holds). */
function mergeInto(out: Plain, over: Plain): void {
  for (const key of Object.keys(over)) {
    const value = over[key];
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    if (value === null) delete out[key];
    else if (isPlainObject(current) && isPlainObject(value)) mergeInto(current, value);
    else setOwn(out, key, clonePlain(value));
  }
}

/** Whether a dotted path is set in an object (used to say which file a bad value came from). */
export function hasPath(obj: unknown, path: readonly PropertyKey[]): boolean {
  let node = obj;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, String(key))) return false;
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
