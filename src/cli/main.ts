import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ScenarioError } from '../scenario/errors.js';
import { compareCommand } from './commands/compare.js';
import { mergeCommand } from './commands/merge.js';
import { pipelineCommand } from './commands/pipeline.js';
import { runCommand } from './commands/run.js';
import { solveCommand } from './commands/solve.js';
import { sweepCommand } from './commands/sweep.js';
import { docsCommand, schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_BAD_INPUT, EXIT_FAILURE, UsageError, userErrorMessage } from './exit-codes.js';

/** The command line: the only code that prints results or sets exit statuses. */
export async function main(argv: string[]): Promise<void> {
  try {
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
      .command(schemaCommand as never)
      .command(docsCommand as never)
      .demandCommand(1, 'Name a command: run, validate, compare, solve, sweep, merge, pipeline, schema, docs')
      .strict()
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
      .help()
      .version()
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
