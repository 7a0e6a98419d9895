import type { Execution } from '../outputs/execution.js';
import { readShardFolder, ShardError, type ShardHeader, type ShardRecords } from './shard-file.js';
import { shardLabel, shareOf } from './shard-plan.js';

/** Shards combined: the common header and each unit's records in replication order. */
export interface MergedShards {
  readonly header: Omit<ShardHeader, 'execution' | 'shard' | 'jobs'>;
  /** units[u][r]: the record of replication r of unit u. */
  readonly units: readonly (readonly (readonly Float64Array[])[])[];
  readonly shards: readonly (Execution & { readonly shard: string; readonly dir: string })[];
}

/**
 * Reads shard folders (in any order) and checks they are all the shards of one run: same kind,
 * cgs-sim version, seed, replications, scenarios and plan, every K of 1..N exactly once, each
 * with its own block of jobs. Any problem is a ShardError naming the folder.
 */
export function mergeShards(dirs: readonly string[]): MergedShards {
  if (dirs.length === 0) throw new ShardError('name at least one shard folder to merge');
  const shards = dirs.map(readShardFolder);
  const first = shards[0]!;
  for (const s of shards.slice(1)) checkBelongs(first, s);
  const byIndex = new Map<number, ShardRecords>();
  for (const s of shards) {
    const twin = byIndex.get(s.header.shard.index);
    if (twin) throw new ShardError(`shard ${shardLabel(s.header.shard)} is given twice: ${twin.dir} and ${s.dir}`);
    byIndex.set(s.header.shard.index, s);
  }
  const { count } = first.header.shard;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length > 0) {
    const given = [...byIndex.values()].sort((a, b) => a.header.shard.index - b.header.shard.index).map((s) => `${shardLabel(s.header.shard)} in ${s.dir}`);
    throw new ShardError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')} (given: ${given.join('; ')})`);
  }
  const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
  const { execution: _e, shard: _s, jobs: _j, ...header } = first.header;
  return { header, units: assemble(ordered), shards: ordered.map((s) => ({ ...s.header.execution, shard: shardLabel(s.header.shard), dir: s.dir })) };
}

function checkBelongs(a: ShardRecords, b: ShardRecords): void {
  const ha = a.header;
  const hb = b.header;
  const differs = (what: string, x?: unknown, y?: unknown) => {
    const values = x === undefined ? '' : `: ${String(y)} here, ${String(x)} there`;
    throw new ShardError(`${b.dir} (shard ${shardLabel(hb.shard)}) does not belong with ${a.dir} (shard ${shardLabel(ha.shard)}): different ${what}${values}`);
  };
  if (ha.kind !== hb.kind) differs('command', ha.kind, hb.kind);
  if (ha.version !== hb.version) differs('cgs-sim version', ha.version, hb.version);
  if (ha.seed !== hb.seed) differs('seed', ha.seed, hb.seed);
  if (ha.replications !== hb.replications) differs('replications', ha.replications, hb.replications);
  if (ha.shard.count !== hb.shard.count) differs('shard count N', ha.shard.count, hb.shard.count);
  if (ha.units.length !== hb.units.length) differs('number of scenarios or settings', ha.units.length, hb.units.length);
  ha.units.forEach((u, i) => {
    const v = hb.units[i]!;
    if (u.hash !== v.hash) differs(`scenario (hash of ${i + 1}. ${v.label})`, u.hash.slice(0, 12), v.hash.slice(0, 12));
    if (JSON.stringify(u.arrays) !== JSON.stringify(v.arrays)) differs(`record layout for ${u.label}`);
  });
  if (JSON.stringify(ha.plan) !== JSON.stringify(hb.plan)) differs('scenario files, names or sweep settings');
}

function assemble(ordered: readonly ShardRecords[]): Float64Array[][][] {
  const { units, replications } = ordered[0]!.header;
  const total = units.length * replications;
  const out: Float64Array[][][] = units.map(() => []);
  for (const s of ordered) {
    const expected = shareOf(total, s.header.shard);
    if (s.header.jobs.from !== expected.from || s.header.jobs.to !== expected.to) {
      throw new ShardError(`${s.dir} (shard ${shardLabel(s.header.shard)}) holds jobs ${s.header.jobs.from}-${s.header.jobs.to - 1}, not its share ${expected.from}-${expected.to - 1} of ${total}; it was not written by this cgs-sim`);
    }
    for (let job = expected.from; job < expected.to; job++) out[Math.floor(job / replications)]!.push([...s.records.get(job)!]);
  }
  return out;
}
