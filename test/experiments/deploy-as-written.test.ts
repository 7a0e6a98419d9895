import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, ROOT } from '../cli/cli.js';
import { SUMMARY_COLUMNS } from '../../src/results/columns.js';

const tmp = mkdtempSync(join(tmpdir(), 'cgs-deploy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The shell command of a Job's container, pointed at this checkout, a temporary volume and a tiny run. */
function command(file: string): string {
  const job = parse(readFileSync(join(ROOT, 'deploy', 'kubernetes', file), 'utf8')) as { spec: { template: { spec: { containers: { command: string[] }[] } } } };
  const [shell, flag, line] = job.spec.template.spec.containers[0]!.command;
  expect([shell, flag]).toEqual(['sh', '-c']);
  return line!
    .replace('/opt/cgs-sim/scenarios/national-baseline.yaml', join(FIXTURES, 'cli-small.yaml'))
    .replace(/--replications \d+/, '--replications 8 --set run.years=1')
    .replaceAll('/opt/cgs-sim', ROOT)
    .replaceAll('/results', tmp);
}

describe('the Kubernetes commands work as written (small scenario, this machine)', () => {
  it('every index of the Indexed Job writes its shard, and the merge Job combines them', () => {
    const shard = command('shards-job.yaml');
    const completions = (parse(readFileSync(join(ROOT, 'deploy', 'kubernetes', 'shards-job.yaml'), 'utf8')) as { spec: { completions: number } }).spec.completions;
    for (let index = 0; index < completions; index++) {
      const r = spawnSync('sh', ['-c', shard], { env: { ...process.env, JOB_COMPLETION_INDEX: String(index), SLURM_ARRAY_TASK_ID: '' }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    const merge = spawnSync('sh', ['-c', command('merge-job.yaml')], { encoding: 'utf8' });
    expect(merge.status, merge.stderr).toBe(0);
    const out = /--out (\S+)/.exec(command('merge-job.yaml'))![1]!;
    const info = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { replications: number; shards: { shard: string }[] };
    expect(info.replications).toBe(8);
    expect(info.shards.map((s) => s.shard)).toEqual(Array.from({ length: completions }, (_, i) => `${i + 1}/${completions}`));
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').split('\n')[0]).toBe(SUMMARY_COLUMNS.join(','));
  });
});
