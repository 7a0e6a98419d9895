import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { packageVersion } from '../results/write-run-results.js';
import { ScenarioError } from '../scenario/errors.js';
import { appCommand } from './commands/app.js';
import { calibrateCommand } from './commands/calibrate.js';
import { compareCommand } from './commands/compare.js';
import { mergeCommand } from './commands/merge.js';
import { pipelineCommand } from './commands/pipeline.js';
import { runCommand } from './commands/run.js';
import { solveCommand } from './commands/solve.js';
import { sweepCommand } from './commands/sweep.js';
import { docsCommand, schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_BAD_INPUT, EXIT_FAILURE, UsageError, userErrorMessage } from './exit-codes.js';
import { checkNumbers, checkRepeatableHaveValues } from './flag-values.js';
import { checkSingleValued } from './single-valued.js';

/** The command line: the only code that prints results or sets exit statuses. */
export async function main(argv: string[]): Promise<void> {
  try {
    checkRepeatableHaveValues(argv);
    await yargs(argv)
      .scriptName('cgs-sim')
      .usage('$0 <command> [options]\n\nWorkforce capacity planning simulator for NHS Clinical Genomic Services.')
      .command(runCommand as never)
      .command(compareCommand as never)
      .command(solveCommand as never)
      .command(sweepCommand as never)
      .command(mergeCommand as never)
      .command(pipelineCommand as never)
      .command(validateCommand as never)
      .command(calibrateCommand as never)
      .command(schemaCommand as never)
      .command(docsCommand as never)
      .command(appCommand as never)
      .demandCommand(1, 'Name a command: run, validate, compare, solve, sweep, merge, pipeline, calibrate, app, schema, docs')
      .strict()
      // After yargs has checked the arguments and before any command runs: one value per
      // single-valued option, and numbers that are numbers.
      .middleware((args) => {
        checkSingleValued(args);
        checkNumbers(args, argv);
      })
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
      .help()
      // yargs looks for package.json from the entry point and, in an installed package, may not find it.
      .version(packageVersion())
      .wrap(Math.min(110, process.stdout.columns ?? 110))
      .parseAsync();
  } catch (error) {
    process.exitCode = report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof ScenarioError) {
    console.error(`Invalid scenario (nothing was simulated or written):\n${error.issues.length > 1 ? '' : ''}${error.message.split('\n').map((l) => `  ${l}`).join('\n')}`);
    return EXIT_BAD_INPUT;
  }
  const message = userErrorMessage(error);
  if (message !== undefined) {
    console.error(`cgs-sim: ${message}`);
    return EXIT_BAD_INPUT;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT_FAILURE;
}

await main(hideBin(process.argv));
