import type { Argv } from 'yargs';
import { packageRoot } from '../../package-paths.js';

export const schemaCommand = {
  command: 'schema',
  describe: 'Print the JSON Schema of scenario files (for editor autocompletion)',
  builder: (y: Argv) => y,
  handler: async () => {
    // Loaded on demand: only these commands need the documentation generators.
    const { scenarioJsonSchema } = await import('../../scenario/docs/json-schema.js');
    process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  },
};

export const docsCommand = {
  command: 'docs',
  describe: 'Regenerate scenarios/README.md and scenarios/scenario.schema.json from the schema',
  builder: (y: Argv) => y,
  handler: async () => {
    const { writeScenarioDocs } = await import('../../scenario/docs/write-scenario-docs.js');
    await writeScenarioDocs(packageRoot());
    console.log('Wrote scenarios/README.md and scenarios/scenario.schema.json');
  },
};
