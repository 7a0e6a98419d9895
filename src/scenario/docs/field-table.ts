import type { JsonSchema } from './json-schema.js';
import { dataSourceOf, fallbackDescription, ruleOf, unitOf } from './field-notes.js';
import { mapValues, type SchemaField } from './schema-fields.js';

/** One row of the field reference: every column a plain string. */
export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly unit: string;
  readonly allowed: string;
  readonly defaultValue: string;
  readonly description: string;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function fieldRow({ path, node }: SchemaField): FieldRow {
  const isShare = node.minimum === 0 && node.maximum === 1;
  return {
    path,
    type: typeOf(node),
    unit: unitOf(path, isShare),
    allowed: [allowedOf(node), ruleOf(path)].filter((s) => s).join('; '),
    defaultValue: defaultOf(path, node),
    description: (typeof node.description === 'string' && node.description !== '' ? node.description : fallbackDescription(path)),
  };
}

export function typeOf(node: JsonSchema): string {
  if (Array.isArray(node.anyOf)) return (node.anyOf as JsonSchema[]).map(typeOf).join(' or ');
  if (Array.isArray(node.enum)) return 'enum';
  if (node.const !== undefined) return `"${String(node.const)}"`;
  if (node.type === 'array') return `list of ${typeOf((node.items as JsonSchema | undefined) ?? {})}`;
  if (node.type === 'object') return mapValues(node) ? 'map' : 'object';
  return typeof node.type === 'string' ? node.type : 'any';
}

export function allowedOf(node: JsonSchema): string {
  const parts: string[] = [];
  if (Array.isArray(node.anyOf)) parts.push(...(node.anyOf as JsonSchema[]).map(allowedOf).filter((s) => s));
  if (Array.isArray(node.enum)) parts.push((node.enum as unknown[]).map((v) => `\`${String(v)}\``).join(', '));
  const range = rangeOf(node);
  if (range) parts.push(range);
  if (typeof node.pattern === 'string') parts.push(patternText(node.pattern));
  if (node.minLength === 1) parts.push('non-empty');
  if (node.type === 'array') parts.push(...itemsText(node));
  const keys = (node.propertyNames as JsonSchema | undefined)?.enum;
  if (Array.isArray(keys)) parts.push(`keys: ${keys.map((k) => `\`${String(k)}\``).join(', ')}`);
  return parts.join('; ');
}

function rangeOf(node: JsonSchema): string {
  const min = node.minimum as number | undefined, hi = node.maximum as number | undefined;
  // zod gives integers the safe-integer bounds; they are not a real limit.
  const lo = min !== undefined && min > -MAX_SAFE ? min : undefined;
  const gt = node.exclusiveMinimum as number | undefined, lt = node.exclusiveMaximum as number | undefined;
  const upper = hi !== undefined && hi < MAX_SAFE ? hi : undefined;
  if (lo !== undefined && upper !== undefined) return `${lo} to ${upper}`;
  const parts = [lo !== undefined ? `>= ${lo}` : '', gt !== undefined ? `> ${gt}` : '', upper !== undefined ? `<= ${upper}` : '', lt !== undefined ? `< ${lt}` : ''];
  return parts.filter((s) => s).join(' and ');
}

function itemsText(node: JsonSchema): string[] {
  const out: string[] = [];
  const min = node.minItems as number | undefined, max = node.maxItems as number | undefined;
  if (min !== undefined && min === max) out.push(`exactly ${min} items`);
  else {
    if (min !== undefined) out.push(`at least ${min} item${min === 1 ? '' : 's'}`);
    if (max !== undefined) out.push(`at most ${max} items`);
  }
  const items = node.items as JsonSchema | undefined;
  if (items && items.type !== 'object') {
    const each = allowedOf(items);
    if (each) out.push(`each ${each}`);
  }
  return out;
}

const PATTERN_TEXT: Readonly<Record<string, string>> = {
  '^[A-Za-z][A-Za-z0-9_]*$': 'an id (letters, digits, underscores)',
  '^\\d{4}-\\d{2}-\\d{2}$': 'YYYY-MM-DD',
};

function patternText(pattern: string): string {
  return PATTERN_TEXT[pattern] ?? `matches \`${pattern}\``;
}

function defaultOf(path: string, node: JsonSchema): string {
  const fromSchema = node.default !== undefined ? `\`${JSON.stringify(node.default)}\`` : '';
  const fromData = dataSourceOf(path) ?? '';
  if (fromSchema && fromData) return `${fromData} (schema: ${fromSchema})`;
  return fromSchema || fromData || (path === 'name' ? 'required' : '—');
}
