import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateScenarioDocs, scenarioFieldRows } from '../../src/scenario/docs/generate-scenario-docs.js';
import { scenarioJsonSchema } from '../../src/scenario/docs/json-schema.js';
import { scenarioSchema } from '../../src/scenario/schema/scenario.js';
import { SCENARIOS } from './scenario-fixtures.js';

const REGENERATE = 'scenarios/README.md is out of date with the schema or the scenario files: run `npm run docs` (cgs-sim docs) and commit the result';

/**
 * Field paths read straight from the zod objects, independently of the JSON Schema walk the
 * generator uses: `<id>` for record keys, `[]` for items of lists of objects.
 */
function zodPaths(schema: z.core.$ZodType, path: string, out: string[]): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (s: unknown) => zodPaths(s as z.core.$ZodType, path, out);
  switch (def.type) {
    case 'optional': case 'default': case 'nullable': case 'readonly': case 'prefault': return inner(def.innerType);
    case 'pipe': return inner(def.in);
    case 'object':
      if (path) out.push(path);
      for (const [k, v] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) zodPaths(v, path ? `${path}.${k}` : k, out);
      return out;
    case 'record':
      out.push(path);
      return zodPaths(def.valueType as z.core.$ZodType, `${path}.<id>`, out);
    case 'array': {
      out.push(path);
      const element = def.element as z.core.$ZodType;
      const elementType = (element._zod.def as { type: string }).type;
      return elementType === 'object' ? zodPaths(element, `${path}[]`, out) : out;
    }
    default:
      out.push(path);
      return out;
  }
}

describe('scenario documentation', () => {
  const readme = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');

  it('scenarios/README.md is what the generator writes', () => {
    expect(readme === generateScenarioDocs(), REGENERATE).toBe(true);
  });

  it('scenarios/scenario.schema.json is what the generator writes', () => {
    const onDisk = JSON.parse(readFileSync(join(SCENARIOS, 'scenario.schema.json'), 'utf8')) as unknown;
    expect(JSON.stringify(onDisk) === JSON.stringify(scenarioJsonSchema()), REGENERATE.replace('README.md', 'scenario.schema.json')).toBe(true);
  });

  it('every schema field path appears in the README field reference', () => {
    const paths = zodPaths(scenarioSchema, '', []);
    expect(paths.length).toBeGreaterThan(150);
    const missing = paths.filter((p) => !readme.includes(`| \`${p}\` |`));
    expect(missing, REGENERATE).toEqual([]);
  });

  it('every field has a type and a description, and unit-bearing names have a unit', () => {
    for (const row of scenarioFieldRows()) {
      expect(row.type, row.path).not.toBe('');
      expect(row.description, `${row.path} has no description`).not.toBe('');
      if (/(Share|Minutes|Weeks|Days|Months|Years|Gbp|Factor)$/.test(row.path)) expect(row.unit, row.path).not.toBe('');
    }
  });

  it('the README explains extends, merging, --set, data sources, the shipped scenarios and the simplifications', () => {
    for (const text of ['extends:', 'lists', '`null` deletes', '--set path=value', 'data/README.md', 'pct_within_18_weeks', 'warmupYears', '1 April', 'displaces clinics']) {
      expect(readme).toContain(text);
    }
    for (const file of ['national-baseline.yaml', 'whatif-recruitment-plan.yaml', 'network-east.yaml']) expect(readme).toContain(`[\`${file}\`](${file})`);
  });

  it('the editor schema is draft 2020-12, titled, and requires no field (scenario files are layers)', () => {
    const schema = scenarioJsonSchema() as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBeTypeOf('string');
    expect(schema.description).toBeTypeOf('string');
    expect(JSON.stringify(schema)).not.toContain('"required"');
    expect(schema.additionalProperties).toBe(false);
  });
});
