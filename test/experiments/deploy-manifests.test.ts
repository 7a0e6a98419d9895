import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT } from '../cli/cli.js';

const DEPLOY = join(ROOT, 'deploy');
const read = (path: string) => readFileSync(join(DEPLOY, path), 'utf8');

interface Container { image: string; command: string[]; volumeMounts: { name: string; mountPath: string }[] }
interface JobManifest {
  kind: string;
  spec: {
    completionMode?: string; completions: number; parallelism?: number;
    template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string; persistentVolumeClaim: { claimName: string } }[] } };
  };
}

const job = (file: string) => parse(read(`kubernetes/${file}`)) as JobManifest;
const shellLine = (c: Container) => c.command.join(' ');
/** The value after `flag` in a command line. */
const flag = (line: string, name: string) => new RegExp(`${name}[ =](\\S+)`).exec(line)?.[1];
/** A script's cgs-sim command line, from the call to the end of the script (its last command). */
const cgsSimCall = (script: string) => script.slice(script.indexOf('bin/cgs-sim"'));
const shardCount = (line: string) => Number(/--shard auto\/(\d+)/.exec(line)?.[1]);

describe('Kubernetes manifests agree with each other and with cgs-sim', () => {
  const shards = job('shards-job.yaml');
  const merge = job('merge-job.yaml');
  const shard = shards.spec.template.spec.containers[0]!;
  const merger = merge.spec.template.spec.containers[0]!;
  const mountOf = (m: JobManifest, c: Container) => {
    const mount = c.volumeMounts[0]!;
    const volume = m.spec.template.spec.volumes.find((v) => v.name === mount.name)!;
    return { path: mount.mountPath, claim: volume.persistentVolumeClaim.claimName };
  };

  it('an Indexed Job whose completions and parallelism equal the N of --shard auto/N', () => {
    expect(shards.kind).toBe('Job');
    expect(shards.spec.completionMode).toBe('Indexed');
    const n = shardCount(shellLine(shard));
    expect(n).toBeGreaterThan(1);
    expect(shards.spec.completions).toBe(n);
    expect(shards.spec.parallelism).toBe(n);
    expect(shards.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('each pod writes its own folder named from the 0-based JOB_COMPLETION_INDEX, under the shared volume', () => {
    const out = flag(shellLine(shard), '--out')!;
    expect(out).toMatch(/\$\(\(JOB_COMPLETION_INDEX\+1\)\)$/);
    const { path, claim } = mountOf(shards, shard);
    expect(out.startsWith(`${path}/`)).toBe(true);
    const pvc = parse(read('kubernetes/results-volume.yaml')) as { kind: string; metadata: { name: string }; spec: { accessModes: string[] } };
    expect(pvc.kind).toBe('PersistentVolumeClaim');
    expect(pvc.metadata.name).toBe(claim);
    expect(pvc.spec.accessModes).toContain('ReadWriteMany');
  });

  it('the merge Job mounts the same volume at the same path and reads the shard folders the shards write', () => {
    expect(mountOf(merge, merger)).toEqual(mountOf(shards, shard));
    expect(merger.image).toBe(shard.image);
    const shardOut = flag(shellLine(shard), '--out')!;
    const line = shellLine(merger);
    expect(line).toContain(`merge ${shardOut.replace(/\$\(\(JOB_COMPLETION_INDEX\+1\)\)$/, '*')} `);
    expect(flag(line, '--out')!.startsWith(`${mountOf(merge, merger).path}/`)).toBe(true);
    const pod = parse(read('kubernetes/results-pod.yaml')) as { spec: { volumes: { persistentVolumeClaim: { claimName: string } }[] } };
    expect(pod.spec.volumes[0]!.persistentVolumeClaim.claimName).toBe(mountOf(merge, merger).claim);
  });

  it('the image is built from the official Node 20 image and runs the cgs-sim the manifests call', () => {
    const dockerfile = read('kubernetes/Dockerfile');
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]!);
    for (const b of bases) expect(b).toMatch(/^node:20(-|$)/);
    expect(dockerfile).toMatch(/ENTRYPOINT \["node", "\/opt\/cgs-sim\/bin\/cgs-sim"\]/);
    for (const line of [shellLine(shard), shellLine(merger)]) expect(line).toContain('node /opt/cgs-sim/bin/cgs-sim ');
    const scenario = /cgs-sim run (\S+)/.exec(shellLine(shard))![1]!;
    expect(existsSync(join(ROOT, scenario.replace('/opt/cgs-sim/', '')))).toBe(true);
    expect(dockerfile).toContain('COPY scenarios ./scenarios');
  });
});

describe('Slurm scripts agree with each other', () => {
  const shards = read('slurm/shards.sbatch');
  const merge = read('slurm/merge.sbatch');

  it('--array=1-N matches --shard auto/N, and the folder is named from the 1-based SLURM_ARRAY_TASK_ID', () => {
    const n = Number(/^#SBATCH --array=1-(\d+)$/m.exec(shards)?.[1]);
    expect(n).toBeGreaterThan(1);
    expect(shardCount(shards)).toBe(n);
    expect(flag(shards, '--out')).toBe('"$RESULTS/shard-$SLURM_ARRAY_TASK_ID"');
  });

  it('the merge job reads those folders and is submitted to run after every array task succeeds', () => {
    expect(merge).toContain('merge "$RESULTS"/shard-* --out "$RESULTS/merged"');
    expect(read('slurm/submit.sh')).toMatch(/--dependency="afterok:\$\{array_id\}"/);
  });
});

describe('the deploy commands use only options cgs-sim has', () => {
  it('every --option in the shard and merge command lines is in --help', () => {
    const help = { run: cli(['run', '--help']).stdout, merge: cli(['merge', '--help']).stdout };
    const lines = {
      run: [shellLine(job('shards-job.yaml').spec.template.spec.containers[0]!), cgsSimCall(read('slurm/shards.sbatch'))],
      merge: [shellLine(job('merge-job.yaml').spec.template.spec.containers[0]!), cgsSimCall(read('slurm/merge.sbatch'))],
    };
    for (const [command, texts] of Object.entries(lines)) {
      for (const text of texts) {
        const options = [...text.matchAll(/ (--[a-z][a-z-]*)/g)].map((m) => m[1]!);
        expect(options.length).toBeGreaterThan(1);
        for (const o of options) expect(help[command as 'run' | 'merge'], `${command} ${o}`).toContain(o);
      }
    }
  });
});
