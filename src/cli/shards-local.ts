import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../package-paths.js';
import { openResults } from './open-results.js';
import { mergeShardFolders } from './commands/merge.js';
import type { SimulationArgs } from './shared-options.js';

/** Flags the parent sets for each shard process itself (with a value, or alone). */
const PARENT_VALUE_FLAGS = ['shards-local', 'shardsLocal', 'out', 'workers'];
const PARENT_BARE_FLAGS = ['force', 'quiet'];

/**
 * `--shards-local N`: starts N `cgs-sim ... --shard K/N` processes on this machine, each with its
 * share of the workers and its own shard folder, then merges them into --out exactly as a
 * cluster's merge job would. The shard folders live in a private temporary folder, removed after.
 */
export async function runShardsLocally(count: number, args: SimulationArgs): Promise<void> {
  // A named results folder is claimed before any work, so existing results stop the run at once.
  const opened = args.out !== undefined ? openResults(args.out, args.force) : undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'cgs-sim-shards-'));
  let merging = false;
  try {
    const workers = Math.max(1, Math.floor(args.workers / count));
    const base = childArguments(process.argv.slice(2));
    const dirs = Array.from({ length: count }, (_, i) => join(scratch, `shard-${i + 1}`));
    const results = await Promise.all(dirs.map((dir, i) => runChild([...base, '--shard', `${i + 1}/${count}`, '--out', dir, '--workers', String(workers), '--quiet'])));
    const failed = results.findIndex((r) => r.status !== 0);
    if (failed >= 0) throw new Error(`shard ${failed + 1}/${count} failed (exit status ${results[failed]!.status}):\n${results[failed]!.stderr.trim()}`);
    merging = true;
    const target = await mergeShardFolders(dirs, args.out, args.force, opened);
    if (!args.quiet) for (const r of results) process.stderr.write(r.stdout);
    console.log(`${count} local shards merged. Results in ${target} (open report.html)`);
  } catch (error) {
    // Once merging, the merge gives the folder up itself.
    if (!merging) opened?.abandon();
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The user's arguments without the flags the parent decides for each shard. */
export function childArguments(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([^=]+)(=.*)?$/.exec(argv[i]!);
    if (name && PARENT_VALUE_FLAGS.includes(name[1]!)) {
      if (name[2] === undefined) i++;
      continue;
    }
    if (name && PARENT_BARE_FLAGS.includes(name[1]!)) continue;
    out.push(argv[i]!);
  }
  return out;
}

function runChild(argv: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'cgs-sim'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
