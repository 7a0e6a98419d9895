import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateScenarioDocs } from './generate-scenario-docs.js';
import { scenarioJsonSchema } from './json-schema.js';

/** Writes scenarios/README.md and scenarios/scenario.schema.json under the package root given. */
export async function writeScenarioDocs(rootDir: string): Promise<void> {
  const dir = join(rootDir, 'scenarios');
  await writeFile(join(dir, 'README.md'), generateScenarioDocs(dir));
  await writeFile(join(dir, 'scenario.schema.json'), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
}
