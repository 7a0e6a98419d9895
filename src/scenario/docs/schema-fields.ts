import type { JsonSchema } from './json-schema.js';

/** One documented field of the scenario schema. */
export interface SchemaField {
  /** Dotted path; `<id>` stands for a key of a map, `[]` for an item of a list. */
  readonly path: string;
  readonly node: JsonSchema;
}

/**
 * Flattens a JSON Schema into its field paths, parents before children, in schema order.
 * Maps (records) descend through `<id>`, lists of objects through `[]`; lists of plain values
 * are one field.
 */
export function schemaFields(root: JsonSchema): SchemaField[] {
  const out: SchemaField[] = [];
  for (const [key, child] of Object.entries(properties(root))) walk(child, key, out);
  return out;
}

function walk(node: JsonSchema, path: string, out: SchemaField[]): void {
  out.push({ path, node });
  for (const [key, child] of Object.entries(properties(node))) walk(child, `${path}.${key}`, out);
  const values = mapValues(node);
  if (values) walk(values, `${path}.<id>`, out);
  const items = node.items as JsonSchema | undefined;
  if (node.type === 'array' && items && isObject(items)) walk(items, `${path}[]`, out);
}

export function properties(node: JsonSchema): Record<string, JsonSchema> {
  return (node.properties as Record<string, JsonSchema> | undefined) ?? {};
}

/** The schema of a map's values, when the node is a map (an object keyed by ids). */
export function mapValues(node: JsonSchema): JsonSchema | undefined {
  const extra = node.additionalProperties;
  return node.type === 'object' && node.properties === undefined && typeof extra === 'object' && extra !== null ? (extra as JsonSchema) : undefined;
}

export const isObject = (node: JsonSchema): boolean => node.type === 'object';
