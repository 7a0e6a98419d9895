import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { createGzip, gunzipSync } from 'node:zlib';
import type { ShardSpec } from './shard-plan.js';

/**
 * The per-replication records a shard writes, one file per shard folder: `shard-records.gz`.
 *
 * Format `cgs-sim-shard-records`, version 1 (documented in README.md, "Sharding"): a gzip
 * stream holding one line of JSON (the ShardHeader below, ended by "\n"), then, for each job
 * of the shard in job order, each array its unit declares in `units[u].arrays`, as IEEE 754
 * float64 little-endian values. `zcat shard-records.gz | head -1` shows the header.
 */
export const SHARD_FILE = 'shard-records.gz';
export const SHARD_FORMAT = 'cgs-sim-shard-records';
export const SHARD_FORMAT_VERSION = 1;

export type ShardKind = 'run' | 'compare' | 'sweep';

/** One scenario (run, compare) or setting (sweep) whose replications the jobs are. */
export interface ShardUnit {
  readonly label: string;
  /** SHA-256 of the resolved scenario; shards of different scenarios never merge. */
  readonly hash: string;
  /** Arrays each record of this unit carries, in order. */
  readonly arrays: readonly { readonly name: string; readonly length: number }[];
}

/** Facts about the shard's own execution; these alone may differ between shards. */
export interface ShardExecution {
  readonly command: string;
  readonly host: string;
  readonly workers: number;
  readonly wallTimeSeconds: number;
}

export interface ShardHeader {
  readonly format: typeof SHARD_FORMAT;
  readonly formatVersion: number;
  /** cgs-sim version that wrote it: another version may draw other random numbers. */
  readonly version: string;
  readonly kind: ShardKind;
  readonly shard: ShardSpec;
  readonly seed: number;
  /** Replications of each unit (the whole run's, not this shard's). */
  readonly replications: number;
  readonly units: readonly ShardUnit[];
  /** Job numbers [from, to) this shard ran; job j is unit floor(j / replications), replication j mod replications. */
  readonly jobs: { readonly from: number; readonly to: number };
  /** What the merged outputs need that does not depend on the simulation (scenario texts, names, sweep settings). */
  readonly plan: unknown;
  readonly execution: ShardExecution;
}

/** A header and its records (job number → the unit's arrays). */
export interface ShardRecords {
  readonly dir: string;
  readonly header: ShardHeader;
  readonly records: ReadonlyMap<number, readonly Float64Array[]>;
}

/** A folder that is not a readable shard, or shards that do not belong together. */
export class ShardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardError';
  }
}

/** Writes the header and the records (in job order) as one gzip stream. */
export async function writeShardFile(path: string, header: ShardHeader, records: Iterable<readonly Float64Array[]>): Promise<void> {
  if (endianness() !== 'LE') throw new Error('shard records are written little-endian; this machine is big-endian');
  const gzip = createGzip({ level: 6 });
  const file = createWriteStream(path);
  gzip.pipe(file);
  const put = async (chunk: Buffer) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  await put(Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'));
  for (const arrays of records) {
    for (const a of arrays) await put(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  gzip.end();
  await once(file, 'close');
}

/** Reads a shard folder's records, checking format, version and length; errors name the folder. */
export function readShardFolder(dir: string): ShardRecords {
  const path = join(dir, SHARD_FILE);
  if (!existsSync(path)) throw new ShardError(`${dir} is not a shard folder: it has no ${SHARD_FILE} (shards are written by run, compare or sweep with --shard K/N)`);
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(path));
  } catch (error) {
    throw new ShardError(`${path}: not a readable gzip file (${(error as Error).message})`);
  }
  const newline = bytes.indexOf(0x0a);
  const header = parseHeader(path, newline < 0 ? '' : bytes.subarray(0, newline).toString('utf8'));
  return { dir, header, records: readRecords(path, header, bytes.subarray(newline + 1)) };
}

function parseHeader(path: string, text: string): ShardHeader {
  let header: ShardHeader;
  try {
    header = JSON.parse(text) as ShardHeader;
  } catch {
    throw new ShardError(`${path}: the first line is not a JSON header`);
  }
  if (header?.format !== SHARD_FORMAT) throw new ShardError(`${path}: expected format \`${SHARD_FORMAT}\`, got \`${String(header?.format)}\``);
  if (header.formatVersion !== SHARD_FORMAT_VERSION) {
    throw new ShardError(`${path}: format version ${header.formatVersion}, but this cgs-sim reads version ${SHARD_FORMAT_VERSION}; merge with the cgs-sim that wrote it`);
  }
  return header;
}

function readRecords(path: string, header: ShardHeader, body: Buffer): Map<number, Float64Array[]> {
  const records = new Map<number, Float64Array[]>();
  let offset = 0;
  for (let job = header.jobs.from; job < header.jobs.to; job++) {
    const unit = header.units[Math.floor(job / header.replications)];
    if (unit === undefined) throw new ShardError(`${path}: job ${job} names no unit of the ${header.units.length} in the header`);
    const arrays: Float64Array[] = [];
    for (const { length } of unit.arrays) {
      const end = offset + length * 8;
      if (end > body.length) throw new ShardError(`${path}: truncated (records end after ${records.size} of ${header.jobs.to - header.jobs.from} jobs)`);
      // Copied rather than viewed: the slice need not be 8-byte aligned.
      const values = new Float64Array(length);
      new Uint8Array(values.buffer).set(body.subarray(offset, end));
      arrays.push(values);
      offset = end;
    }
    records.set(job, arrays);
  }
  if (offset !== body.length) throw new ShardError(`${path}: ${body.length - offset} bytes after the last record; the file is corrupt`);
  return records;
}
