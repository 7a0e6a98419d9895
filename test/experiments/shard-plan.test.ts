import { describe, expect, it } from 'vitest';
import { jobAt, parseShard, shareOf } from '../../src/experiments/shards/shard-plan.js';
import { childArguments } from '../../src/cli/shards-local.js';

describe('shareOf', () => {
  it('gives every job to exactly one shard, in order, with blocks differing by at most one', () => {
    for (const total of [1, 2, 3, 7, 30, 101]) {
      for (let count = 1; count <= Math.min(total, 9); count++) {
        const blocks = Array.from({ length: count }, (_, i) => shareOf(total, { index: i + 1, count }));
        expect(blocks[0]!.from).toBe(0);
        expect(blocks[count - 1]!.to).toBe(total);
        blocks.slice(1).forEach((b, i) => expect(b.from).toBe(blocks[i]!.to));
        const sizes = blocks.map((b) => b.to - b.from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('numbers jobs unit-major, so a job keeps its replication number whatever the split', () => {
    expect(jobAt(0, 3)).toEqual({ unit: 0, replication: 0 });
    expect(jobAt(4, 3)).toEqual({ unit: 1, replication: 1 });
    expect(jobAt(8, 3)).toEqual({ unit: 2, replication: 2 });
  });
});

describe('parseShard', () => {
  it('reads K/N with K from 1', () => {
    expect(parseShard('2/8', {})).toEqual({ index: 2, count: 8 });
    expect(parseShard('1/1', {})).toEqual({ index: 1, count: 1 });
  });

  it('auto/N: Kubernetes index is 0-based, Slurm array id 1-based', () => {
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 4 });
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 });
    expect(parseShard('auto/4', { SLURM_ARRAY_TASK_ID: '1' })).toEqual({ index: 1, count: 4 });
    expect(parseShard('auto/4', { SLURM_ARRAY_TASK_ID: '4' })).toEqual({ index: 4, count: 4 });
  });

  it('names the flag, the value and what was expected', () => {
    expect(() => parseShard('0/3', {})).toThrow('--shard 0/3: K must be between 1 and 3, got 0');
    expect(() => parseShard('4/3', {})).toThrow('K must be between 1 and 3, got 4');
    expect(() => parseShard('2', {})).toThrow('expected K/N (e.g. 2/8) or auto/N, got `2`');
    expect(() => parseShard('1/0', {})).toThrow('N must be an integer >= 1');
    expect(() => parseShard('auto/4', { JOB_COMPLETION_INDEX: '4' })).toThrow('K must be between 1 and 4, got 5');
    expect(() => parseShard('auto/4', { SLURM_ARRAY_TASK_ID: '0' })).toThrow('K must be between 1 and 4, got 0');
    expect(() => parseShard('auto/4', { SLURM_ARRAY_TASK_ID: 'x' })).toThrow('SLURM_ARRAY_TASK_ID must be a whole number, got `x`');
    expect(() => parseShard('auto/4', {})).toThrow(/neither JOB_COMPLETION_INDEX .* nor SLURM_ARRAY_TASK_ID/);
  });
});

describe('--shards-local child arguments', () => {
  it('drop the flags the parent sets per shard, in both spellings, and keep the rest', () => {
    expect(childArguments(['run', 'a.yaml', '--shards-local', '3', '--out=x', '--workers', '4', '--force', '--seed', '7', '--quiet', '--set', 'run.years=2']))
      .toEqual(['run', 'a.yaml', '--seed', '7', '--set', 'run.years=2']);
  });
});
