import type { Argv } from 'yargs';
import { UsageError } from '../exit-codes.js';

// Placeholder until the training pipeline command is wired; replaced by the pipeline work.
export const pipelineCommand = {
  command: 'pipeline <scenario>',
  describe: 'Project workforce supply by role and network from the training pipeline',
  builder: (y: Argv) => y.positional('scenario', { type: 'string', demandOption: true }),
  handler: () => {
    throw new UsageError('pipeline: not available yet');
  },
};
