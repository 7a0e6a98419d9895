import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../package-paths.js';
import { FIELD_REFERENCE_INTRO, HOW_SCENARIOS_WORK, SIMPLIFICATIONS, TITLE } from './docs-intro.js';
import { fieldRow, type FieldRow } from './field-table.js';
import { LIMITS } from './limits-text.js';
import { resolvedScenarioJsonSchema } from './json-schema.js';
import { schemaFields } from './schema-fields.js';

/**
 * The Markdown of scenarios/README.md: a hand-written guide, the shipped scenarios (read from
 * their files' `name` and `description`) and a field reference generated from the zod schema.
 */
export function generateScenarioDocs(scenariosDir: string = join(packageRoot(), 'scenarios')): string {
  return [TITLE, HOW_SCENARIOS_WORK, shippedScenarios(scenariosDir), SIMPLIFICATIONS, LIMITS, FIELD_REFERENCE_INTRO, fieldReference()].join('\n');
}

/** Every field of the schema as a table row, parents before children. */
export function scenarioFieldRows(): FieldRow[] {
  return schemaFields(resolvedScenarioJsonSchema()).map(fieldRow);
}

function shippedScenarios(dir: string): string {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort(byBaselineFirst);
  const lines = files.map((f) => {
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as { description?: unknown; extends?: unknown } | null;
    const description = typeof doc?.description === 'string' ? doc.description.trim().replace(/\s+/g, ' ') : '';
    const base = typeof doc?.extends === 'string' ? ` (extends \`${doc.extends}\`)` : '';
    return `- [\`${f}\`](${f})${base}: ${description}`;
  });
  return `## Shipped scenarios\n\n${lines.join('\n')}\n`;
}

function byBaselineFirst(a: string, b: string): number {
  const rank = (f: string) => (f.startsWith('national-baseline') ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

function fieldReference(): string {
  const rows = scenarioFieldRows();
  const sections = new Map<string, FieldRow[]>();
  for (const row of rows) {
    const top = row.path.split(/[.[]/)[0]!;
    const hasChildren = rows.some((r) => r.path.startsWith(`${top}.`) || r.path.startsWith(`${top}[]`));
    const section = hasChildren ? top : '(top level)';
    sections.set(section, [...(sections.get(section) ?? []), row]);
  }
  return [...sections].map(([name, list]) => `### ${name === '(top level)' ? 'Top level' : `\`${name}\``}\n\n${table(list)}`).join('\n');
}

function table(rows: readonly FieldRow[]): string {
  const head = '| Field | Type | Unit | Allowed | Default | Description |\n|---|---|---|---|---|---|';
  const body = rows.map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${cell(r.unit)} | ${cell(r.allowed)} | ${cell(r.defaultValue)} | ${cell(r.description)} |`);
  return `${head}\n${body.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
