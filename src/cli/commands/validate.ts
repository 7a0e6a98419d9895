import type { Argv } from 'yargs';
import { loadScenario } from '../../scenario/load-scenario.js';

export const validateCommand = {
  command: 'validate <scenario..>',
  describe: 'Check scenario files without running them (exit status 2 if any is invalid)',
  builder: (y: Argv) => y.positional('scenario', { type: 'string', array: true, demandOption: true })
    .option('set', { type: 'string', array: true, default: [] as string[], describe: 'Override a value: --set path=value' })
    .option('data', { type: 'string', array: true, default: [] as string[], describe: 'Folder of local data tables overlaying data/ (repeatable)' }),
  handler: async (args: { scenario: string[]; set: string[]; data: string[] }) => {
    for (const file of args.scenario) {
      const loaded = await loadScenario(file, { overrides: args.set, dataOverlays: args.data });
      const s = loaded.scenario;
      const networks = s.geography.includeNetworks === 'all' ? 'all networks' : s.geography.includeNetworks.join(', ');
      console.log(`${file}: valid (${s.name}: ${networks}, ${s.run.startYear}/${String((s.run.startYear + 1) % 100).padStart(2, '0')} for ${s.run.years} years, ${s.run.replications} replications)`);
    }
  },
};
