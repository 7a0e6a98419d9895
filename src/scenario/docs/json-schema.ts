import { z } from 'zod';
import { scenarioSchema } from '../schema/scenario.js';

export type JsonSchema = Record<string, unknown>;

/** The scenario schema as zod sees it: JSON Schema draft 2020-12 of what a resolved scenario may contain. */
export function resolvedScenarioJsonSchema(): JsonSchema {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
}

/**
 * JSON Schema for editors' YAML autocompletion (`# yaml-language-server: $schema=./scenario.schema.json`).
 * A scenario file is a layer over the defaults and its `extends:` chain, so nothing is required in
 * a single file: `required` lists are dropped. Unknown fields stay errors, so typos show in the editor.
 */
export function scenarioJsonSchema(): JsonSchema {
  const schema = withoutRequired(resolvedScenarioJsonSchema()) as JsonSchema;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'cgs-sim scenario',
    description:
      'A cgs-sim scenario file (YAML or JSON). It states only what differs from the file it extends ' +
      '(or from the defaults built from data/): objects merge key by key, lists replace, null deletes. ' +
      'Field reference: scenarios/README.md. Cross-field checks (shares summing to 1, ids that must exist) run when the scenario is loaded.',
    ...rest,
  };
}

function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && Array.isArray(value)) continue;
    // `default` and `enum` hold values, not schemas.
    out[key] = key === 'default' || key === 'enum' || key === 'const' ? value : withoutRequired(value);
  }
  return out;
}
