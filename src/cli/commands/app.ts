import { writeFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { appPage } from '../../app/write-app.js';
import { defaultScenarioFile } from '../../package-paths.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { openResultFile } from '../open-results.js';

interface AppArgs {
  readonly scenario?: string;
  readonly set: string[];
  readonly out: string;
  readonly force: boolean;
}

export const appCommand = {
  command: 'app [scenario]',
  describe: 'Write one offline HTML file that runs the scenario in the browser with levers (what-if in a meeting)',
  builder: (y: Argv) => y
    .positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON); default: the national baseline' })
    .option('set', { type: 'string', array: true, default: [] as string[], describe: 'Override a scenario value before the page is built, as `run --set`: --set path=value (repeatable); the levers start from the result' })
    .option('out', { type: 'string', default: 'what-if.html', describe: 'HTML file to write (refused if it exists)' })
    .option('force', { type: 'boolean', default: false, describe: 'Replace the file if it exists' }),
  handler: async (args: AppArgs) => {
    // The file is claimed before any work, written beside its target and moved into place when complete.
    const file = openResultFile(args.out, args.force);
    try {
      const loaded = await loadScenario(args.scenario ?? defaultScenarioFile(), { overrides: args.set });
      writeFileSync(file.path, appPage(loaded, args.set));
      file.commit();
      const sets = args.set.length > 0 ? ` with ${args.set.map((x) => `--set ${x}`).join(' ')}` : '';
      console.log(`What-if page for ${loaded.scenario.name}${sets} written to ${file.target}\nOpen it in a browser (no installation or network needed); it runs ${loaded.scenario.run.replications} replications as it opens.`);
    } catch (error) {
      file.abandon();
      throw error;
    }
  },
};
