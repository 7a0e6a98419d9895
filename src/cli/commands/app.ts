import type { Argv } from 'yargs';
import { checkWritable } from '../../app/write-file-atomic.js';
import { writeAppPage } from '../../app/write-app.js';
import { defaultScenarioFile } from '../../package-paths.js';
import { loadScenario } from '../../scenario/load-scenario.js';

interface AppArgs {
  readonly scenario?: string;
  readonly out: string;
  readonly force: boolean;
}

export const appCommand = {
  command: 'app [scenario]',
  describe: 'Write one offline HTML file that runs the scenario in the browser with levers (what-if in a meeting)',
  builder: (y: Argv) => y
    .positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON); default: the national baseline' })
    .option('out', { type: 'string', default: 'what-if.html', describe: 'HTML file to write' })
    .option('force', { type: 'boolean', default: false, describe: 'Replace the file if it exists' }),
  handler: async (args: AppArgs) => {
    checkWritable(args.out, args.force);
    const loaded = await loadScenario(args.scenario ?? defaultScenarioFile());
    const path = writeAppPage(loaded, args.out, args.force);
    console.log(`What-if page for ${loaded.scenario.name} written to ${path}\nOpen it in a browser (no installation or network needed); it runs ${loaded.scenario.run.replications} replications as it opens.`);
  },
};
