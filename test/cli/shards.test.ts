import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, listFiles } from './cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'cgs-cli-shards-'));
const at = (name: string) => join(tmp, name);

/** Runs the CLI and fails the test with its stderr if it did not exit 0. */
function ok(args: readonly string[]): string {
  const r = cli(args);
  expect(r.status, `cgs-sim ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/** Every file but run.json and report.html, which record wall time, workers, command and host. */
const deterministic = (dir: string) => listFiles(dir).filter((f) => !/(^|\/)(run\.json|report\.html)$/.test(f));

function expectSameFiles(single: string, merged: string): void {
  const files = deterministic(single);
  expect(files.length).toBeGreaterThan(5);
  expect(deterministic(merged)).toEqual(files);
  for (const f of files) expect(readFileSync(join(merged, f)).equals(readFileSync(join(single, f))), f).toBe(true);
}

/** run.json without the fields that may differ (and the per-shard record merge adds). */
function runInfo(dir: string): Record<string, unknown> {
  const { wallTimeSeconds: _w, workers: _k, command: _c, host: _h, shards: _s, ...rest } = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as Record<string, unknown>;
  return rest;
}

/** A shard's records without the header line. */
const records = (dir: string) => {
  const bytes = gunzipSync(readFileSync(join(dir, 'shard-records.gz')));
  return bytes.subarray(bytes.indexOf(0x0a) + 1);
};

/** report.html with the run-time line (wall time and workers) blanked. */
const report = (dir: string) => readFileSync(join(dir, 'report.html'), 'utf8').replace(/<dt>Run time<\/dt><dd>[^<]*<\/dd>/, '');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cgs-sim run --shard K/N and merge', () => {
  beforeAll(() => {
    ok(['run', SMALL, '--workers', '1', '--quiet', '--out', at('single')]);
    for (const k of [1, 2, 3]) ok(['run', SMALL, '--workers', '1', '--quiet', '--shard', `${k}/3`, '--out', at(`shard-${k}`)]);
  });

  it('merges shards 1/3, 2/3, 3/3 into byte-identical CSVs and charts, and run.json and report.html that differ only in execution', () => {
    ok(['merge', at('shard-1'), at('shard-2'), at('shard-3'), '--out', at('merged')]);
    expectSameFiles(at('single'), at('merged'));
    expect(runInfo(at('merged'))).toEqual(runInfo(at('single')));
    expect(report(at('merged'))).toEqual(report(at('single')));
    const shards = (JSON.parse(readFileSync(join(at('merged'), 'run.json'), 'utf8')) as { shards: { shard: string; command: string }[] }).shards;
    expect(shards.map((s) => s.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(shards[1]!.command).toContain('--shard 2/3');
  });

  it('gives the same result whatever order the shard folders are named in', () => {
    ok(['merge', at('shard-3'), at('shard-1'), at('shard-2'), '--out', at('shuffled')]);
    expectSameFiles(at('single'), at('shuffled'));
  });

  it('a shard holds only its own replications: one of three here', () => {
    const info = JSON.parse(readFileSync(join(at('shard-2'), 'run.json'), 'utf8')) as { jobs: number[]; kind: string; createdBy: string };
    expect(info.jobs).toEqual([1, 2]);
    expect(info.kind).toBe('shard');
    expect(info.createdBy).toMatch(/^cgs-sim/);
  });

  it('refuses a shard from another seed or another scenario, naming it, and writes nothing', () => {
    ok(['run', SMALL, '--workers', '1', '--quiet', '--seed', '7', '--shard', '2/3', '--out', at('seed-7')]);
    ok(['run', SMALL, '--workers', '1', '--quiet', '--set', 'pathway.dnaShare=0.1', '--shard', '2/3', '--out', at('other-scenario')]);
    const seed = cli(['merge', at('shard-1'), at('seed-7'), at('shard-3'), '--out', at('refused-seed')]);
    expect(seed.status).toBe(2);
    expect(seed.stderr).toContain(at('seed-7'));
    expect(seed.stderr).toMatch(/different seed: 7 here, 1 there/);
    const scenario = cli(['merge', at('shard-1'), at('other-scenario'), at('shard-3'), '--out', at('refused-scenario')]);
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toContain(at('other-scenario'));
    expect(scenario.stderr).toMatch(/different scenario/);
    expect(existsSync(at('refused-seed'))).toBe(false);
    expect(existsSync(at('refused-scenario'))).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('refused'))).toEqual([]);
  });

  it('refuses a missing or duplicated shard, naming it', () => {
    const missing = cli(['merge', at('shard-1'), at('shard-3'), '--out', at('refused-missing')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing shard 2\/3/);
    const twice = cli(['merge', at('shard-1'), at('shard-2'), at('shard-2'), at('shard-3'), '--out', at('refused-twice')]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/shard 2\/3 is given twice/);
    const notShard = cli(['merge', at('single'), '--out', at('refused-not-shard')]);
    expect(notShard.status).toBe(2);
    expect(notShard.stderr).toContain(`${at('single')} is not a shard folder`);
    expect(readdirSync(tmp).filter((f) => f.includes('refused'))).toEqual([]);
  });

  it('--shard auto/N takes K from JOB_COMPLETION_INDEX (0-based) or SLURM_ARRAY_TASK_ID (1-based)', () => {
    const k8s = cliWithEnv(['run', SMALL, '--workers', '1', '--quiet', '--shard', 'auto/3', '--out', at('auto-k8s')], { JOB_COMPLETION_INDEX: '1' });
    expect(k8s.status, k8s.stderr).toBe(0);
    const slurm = cliWithEnv(['run', SMALL, '--workers', '1', '--quiet', '--shard', 'auto/3', '--out', at('auto-slurm')], { SLURM_ARRAY_TASK_ID: '3' });
    expect(slurm.status, slurm.stderr).toBe(0);
    const shardOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { shard: string; jobs: number[] };
    expect(shardOf(at('auto-k8s'))).toMatchObject({ shard: '2/3', jobs: shardOf(at('shard-2')).jobs });
    expect(shardOf(at('auto-slurm'))).toMatchObject({ shard: '3/3', jobs: shardOf(at('shard-3')).jobs });
    // The same replications' records as the shards numbered by hand (after the header line, which records the command).
    expect(records(at('auto-k8s')).equals(records(at('shard-2')))).toBe(true);
    expect(records(at('auto-slurm')).equals(records(at('shard-3')))).toBe(true);
    const none = cliWithEnv(['run', SMALL, '--quiet', '--shard', 'auto/3', '--out', at('auto-none')], {});
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/JOB_COMPLETION_INDEX.*SLURM_ARRAY_TASK_ID/);
  });

  it('refuses --replications auto with --shard, saying why', () => {
    const r = cli(['run', SMALL, '--quiet', '--replications', 'auto', '--shard', '1/2', '--out', at('auto-refused')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--shard cannot be used with --replications auto/);
    expect(existsSync(at('auto-refused'))).toBe(false);
  });

  it('leaves another shard\'s partial folder alone when it writes its own', () => {
    // What a killed shard 3 left beside its folder (process id that cannot be running).
    const leftover = at('.neighbour-shard.partial-2147483646-1');
    mkdirSync(leftover);
    ok(['run', SMALL, '--workers', '1', '--quiet', '--shard', '1/3', '--out', at('neighbour-shard-1')]);
    expect(existsSync(leftover)).toBe(true);
  });
});

describe('compare and sweep shard and merge the same way', () => {
  it('compare: 3 shards of two scenarios merge to the single run, every subfolder included', () => {
    // 2 scenarios x 2 replications in 3 shards: the middle shard's block ends inside the second scenario.
    const args = ['compare', SMALL, SMALL, '--set', 'run.years=1', '--replications', '2', '--workers', '1', '--quiet'];
    ok([...args, '--out', at('compare-single')]);
    for (const k of [1, 2, 3]) ok([...args, '--shard', `${k}/3`, '--out', at(`compare-${k}`)]);
    ok(['merge', at('compare-2'), at('compare-3'), at('compare-1'), '--out', at('compare-merged')]);
    expectSameFiles(at('compare-single'), at('compare-merged'));
    expect(deterministic(at('compare-merged'))).toContain('comparison.csv');
    expect(runInfo(at('compare-merged'))).toEqual(runInfo(at('compare-single')));
  });

  it('sweep: shards split (setting, replication) jobs and merge to the single sweep.csv', () => {
    const args = ['sweep', SMALL, '--vary', 'pathway.dnaShare=0.05:0.2', '--set', 'run.years=1', '--replications', '2', '--workers', '1', '--quiet'];
    ok([...args, '--out', at('sweep-single')]);
    // 3 settings x 2 replications in 2 shards: the split falls inside the second setting.
    for (const k of [1, 2]) ok([...args, '--shard', `${k}/2`, '--out', at(`sweep-${k}`)]);
    ok(['merge', at('sweep-2'), at('sweep-1'), '--out', at('sweep-merged')]);
    expectSameFiles(at('sweep-single'), at('sweep-merged'));
    expect(runInfo(at('sweep-merged'))).toEqual(runInfo(at('sweep-single')));
    const mixed = cli(['merge', at('sweep-1'), at('compare-2'), '--out', at('refused-mixed')]);
    expect(mixed.status).toBe(2);
  });
});

describe('cgs-sim run --shards-local N', () => {
  it('runs N shard processes and merges them into what one process writes', () => {
    ok(['run', SMALL, '--shards-local', '2', '--workers', '2', '--quiet', '--out', at('local')]);
    expectSameFiles(at('single'), at('local'));
    const info = JSON.parse(readFileSync(join(at('local'), 'run.json'), 'utf8')) as { shards: { shard: string }[] };
    expect(info.shards.map((s) => s.shard)).toEqual(['1/2', '2/2']);
  });

  it('refuses a folder that already holds results before starting any shard, leaving it as it was', () => {
    const before = readFileSync(join(at('local'), 'summary.csv'));
    const again = cli(['run', SMALL, '--shards-local', '2', '--quiet', '--out', at('local')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already holds results/);
    expect(again.stderr).not.toMatch(/shard \d\/2 failed/);
    expect(readFileSync(join(at('local'), 'summary.csv')).equals(before)).toBe(true);
  });
});

function cliWithEnv(args: readonly string[], env: Record<string, string>) {
  const saved = { ...process.env };
  delete process.env.JOB_COMPLETION_INDEX;
  delete process.env.SLURM_ARRAY_TASK_ID;
  Object.assign(process.env, env);
  try {
    return cli(args);
  } finally {
    process.env = saved;
  }
}
