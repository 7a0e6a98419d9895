import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readShardFolder, SHARD_FILE, SHARD_FORMAT, SHARD_FORMAT_VERSION, writeShardFile, type ShardHeader } from '../../src/experiments/shards/shard-file.js';

const tmp = mkdtempSync(join(tmpdir(), 'cgs-shard-file-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const header = (jobs: { from: number; to: number }): ShardHeader => ({
  format: SHARD_FORMAT, formatVersion: SHARD_FORMAT_VERSION, version: '0.0.0', kind: 'run', shard: { index: 2, count: 2 }, seed: 5, replications: 4,
  units: [{ label: 'x', hash: 'h', arrays: [{ name: 'a', length: 3 }, { name: 'b', length: 1 }] }], jobs, plan: { any: 'thing' },
  execution: { command: 'cgs-sim run', host: 'h', workers: 1, wallTimeSeconds: 1 },
});

describe('shard records file', () => {
  it('round-trips every float64 exactly, including NaN, -0 and infinities', async () => {
    const dir = mkdtempSync(join(tmp, 'ok-'));
    const records = [[Float64Array.of(0.1, NaN, -0), Float64Array.of(Infinity)], [Float64Array.of(1e-300, 2 ** 53 + 2, -Infinity), Float64Array.of(1 / 3)]];
    await writeShardFile(join(dir, SHARD_FILE), header({ from: 2, to: 4 }), records);
    const read = readShardFolder(dir);
    expect(read.header).toEqual(header({ from: 2, to: 4 }));
    expect([...read.records.keys()]).toEqual([2, 3]);
    expect(read.records.get(2)).toEqual(records[0]);
    expect(Object.is(read.records.get(2)![0]![2], -0)).toBe(true);
    expect(read.records.get(3)).toEqual(records[1]);
    // The header is the first line of the gzip stream, readable with zcat | head -1.
    const firstLine = gunzipSync(readFileSync(join(dir, SHARD_FILE))).toString('latin1').split('\n')[0]!;
    expect(JSON.parse(firstLine)).toMatchObject({ format: 'cgs-sim-shard-records', formatVersion: 1, seed: 5 });
  });

  it('refuses a truncated file, another format version and a folder with no records, naming the file', async () => {
    const short = mkdtempSync(join(tmp, 'short-'));
    await writeShardFile(join(short, SHARD_FILE), header({ from: 2, to: 4 }), [[Float64Array.of(1, 2, 3), Float64Array.of(4)]]);
    expect(() => readShardFolder(short)).toThrow(`${join(short, SHARD_FILE)}: truncated (records end after 1 of 2 jobs)`);
    const newer = mkdtempSync(join(tmp, 'newer-'));
    writeFileSync(join(newer, SHARD_FILE), gzipSync(`${JSON.stringify({ ...header({ from: 0, to: 0 }), formatVersion: 2 })}\n`));
    expect(() => readShardFolder(newer)).toThrow('format version 2, but this cgs-sim reads version 1');
    const empty = mkdtempSync(join(tmp, 'empty-'));
    expect(() => readShardFolder(empty)).toThrow(`${empty} is not a shard folder`);
    const garbage = mkdtempSync(join(tmp, 'garbage-'));
    writeFileSync(join(garbage, SHARD_FILE), 'not gzip');
    expect(() => readShardFolder(garbage)).toThrow('not a readable gzip file');
  });
});
