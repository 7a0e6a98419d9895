import { join } from 'node:path';
import type { Argv } from 'yargs';
import { thisExecution } from '../../experiments/outputs/execution.js';
import { mergeShards, type MergedShards } from '../../experiments/shards/merge-shards.js';
import { mergedExecution, writeMergedOutputs } from '../../experiments/shards/merged-outputs.js';
import { ShardError } from '../../experiments/shards/shard-file.js';
import { packageRoot } from '../../package-paths.js';
import type { OutputFolder } from '../../results/output-folder.js';
import { openResults } from '../open-results.js';
import { UsageError } from '../exit-codes.js';

export interface MergeArgs {
  readonly shards: string[];
  readonly out?: string;
  readonly force: boolean;
}

export const mergeCommand = {
  command: 'merge <shards..>',
  describe: 'Combine the shard folders of a run, compare or sweep (--shard K/N) into exactly the results one machine would write',
  builder: (y: Argv) => y
    .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'Shard folders, in any order' })
    .option('out', { type: 'string', describe: 'Results folder (default: output/<name>/, as the unsharded command)' })
    .option('force', { type: 'boolean', default: false, describe: 'Replace an existing results folder' }),
  handler: async (args: MergeArgs) => {
    const target = await mergeShardFolders(args.shards, args.out, args.force);
    console.log(`Merged ${args.shards.length} shard(s). Results in ${target} (open report.html)`);
  },
};

/**
 * Checks every shard before anything is written, then writes the merged results into `opened`
 * (a folder already claimed, which is given up on failure) or `out`; returns the results folder.
 */
export async function mergeShardFolders(dirs: readonly string[], out: string | undefined, force: boolean, opened?: OutputFolder): Promise<string> {
  const started = performance.now();
  let merged: MergedShards;
  try {
    merged = mergeShards(dirs);
  } catch (error) {
    opened?.abandon();
    if (error instanceof ShardError) throw new UsageError(`cannot merge (nothing was written): ${error.message}`);
    throw error;
  }
  const folder = opened ?? openResults(out ?? join(packageRoot(), 'output', defaultName(merged)), force);
  try {
    await writeMergedOutputs(folder, merged, mergedExecution(merged, thisExecution(0, started)));
    folder.commit();
    return folder.target;
  } catch (error) {
    folder.abandon();
    if (error instanceof ShardError) throw new UsageError(`cannot merge (nothing was written): ${error.message}`);
    throw error;
  }
}

/** The folder name the unsharded command would have used. */
function defaultName(merged: MergedShards): string {
  const labels = merged.header.units.map((u) => u.label);
  switch (merged.header.kind) {
    case 'run': return labels[0]!;
    case 'compare': return `compare-${labels.join('-vs-')}`.slice(0, 120);
    case 'sweep': return `sweep-${(merged.header.plan as { baseName: string }).baseName}`;
  }
}
