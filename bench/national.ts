import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModel } from '../src/model/model-config.js';
import { runReplication } from '../src/model/replication.js';
import { defaultScenarioFile, packageRoot } from '../src/package-paths.js';
import { loadScenario } from '../src/scenario/load-scenario.js';

/**
 * `national`: one replication of the national 10-year baseline, every referral an entity,
 * in this process: wall time, events and peak memory (resident set, which includes code).
 */
export async function nationalCommand(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const loaded = await loadScenario(defaultScenarioFile());
  const config = compileModel(loaded.scenario);
  const started = performance.now();
  const m = runReplication(config, loaded.scenario.run.seed, 0);
  const wall = (performance.now() - started) / 1000;
  const result = {
    benchmark: 'national', years: config.years, cgs: config.cgsIds.length, replications: 1, wall_s: round(wall), events: m.events,
    events_per_s: Math.round(m.events / wall), referrals: m.conservation.created + m.conservation.mainstreamed,
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024), heap_used_mb: round(process.memoryUsage().heapUsed / 2 ** 20),
  };
  console.log(json ? JSON.stringify(result) : table(result));
}

/**
 * `national-30`: the national 10-year baseline with 30 replications through the CLI, with 1
 * and with 2 worker threads, each in a fresh process so peak memory is that run's alone.
 */
export async function national30Command(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const workerCounts = [1, 2];
  const runs = workerCounts.map((workers) => runCli(workers));
  const result = {
    benchmark: 'national-30', replications: 30,
    ...Object.fromEntries(runs.flatMap((r, i) => [[`wall_s_workers_${workerCounts[i]}`, r.wall], [`peak_rss_mb_workers_${workerCounts[i]}`, r.rssMb]])),
    speedup_2_vs_1: round(runs[0]!.wall / runs[1]!.wall),
  };
  console.log(json ? JSON.stringify(result) : table(result));
}

function runCli(workers: number): { wall: number; rssMb: number } {
  const out = mkdtempSync(join(tmpdir(), 'cgs-bench-'));
  const script = `const t=performance.now();process.argv=[process.argv[0],'cgs-sim','run','--replications','30','--workers','${workers}','--quiet','--force','--out',${JSON.stringify(out)}];` +
    `process.on('exit',()=>{console.error(JSON.stringify({wall:(performance.now()-t)/1000,rss:process.resourceUsage().maxRSS/1024}))});` +
    `await import(${JSON.stringify(join(packageRoot(), 'dist', 'src', 'cli', 'main.js'))});`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`cgs-sim run failed:\n${child.stderr}`);
  const line = child.stderr.trim().split('\n').pop()!;
  const parsed = JSON.parse(line) as { wall: number; rss: number };
  return { wall: round(parsed.wall), rssMb: round(parsed.rss) };
}

const round = (x: number) => Math.round(x * 100) / 100;
const table = (o: Record<string, unknown>) => Object.entries(o).map(([k, v]) => `${k.padEnd(26)} ${v}`).join('\n');
