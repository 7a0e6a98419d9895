import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModel } from '../src/model/model-config.js';
import { runReplication } from '../src/model/replication.js';
import { defaultScenarioFile, packageRoot } from '../src/package-paths.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { REPLICATIONS_DONE, REPLICATIONS_STARTED } from '../src/experiments/run-scenario.js';
import { parseFlags } from './flags.js';

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
 * `national-30`: the national 10-year baseline with 30 replications through the CLI, with 1 and
 * with 2 worker threads, each in a fresh process so peak memory is that run's alone. Runs
 * alternate (1, 2, 1, 2, ...) for `--pairs` pairs, so a machine whose speed drifts slows both
 * alike; the speed-up is the median of the pairs' ratios, wall times are medians. The serial
 * tail is what follows the last replication (tables, CSV, charts, report), from the
 * performance mark runScenario sets; its CPU seconds (all threads, and the main thread alone)
 * change little with the load of a shared machine, unlike its wall time.
 */
export async function national30Command(argv: readonly string[]): Promise<void> {
  const { values, json } = parseFlags(argv, { pairs: 3, replications: 30 });
  const pairs = Array.from({ length: values.pairs }, () => [runCli(1, values.replications), runCli(2, values.replications)] as const);
  const one = pairs.map((p) => p[0]);
  const two = pairs.map((p) => p[1]);
  const result = {
    benchmark: 'national-30', replications: values.replications, pairs: values.pairs,
    wall_s_workers_1: median(one.map((r) => r.wall)), wall_s_workers_2: median(two.map((r) => r.wall)),
    peak_rss_mb_workers_1: median(one.map((r) => r.rssMb)), peak_rss_mb_workers_2: median(two.map((r) => r.rssMb)),
    // CPU seconds of all threads: on a shared machine a steadier sign of extra work for 2 workers than wall time.
    cpu_s_workers_1: median(one.map((r) => r.cpu)), cpu_s_workers_2: median(two.map((r) => r.cpu)),
    speedup_2_vs_1: median(pairs.map(([a, b]) => a.wall / b.wall)),
    speedup_pairs: pairs.map(([a, b]) => round(a.wall / b.wall)),
    serial_tail_s_workers_2: median(two.map((r) => r.tail)),
    serial_tail_share_workers_2: median(two.map((r) => r.tail / r.wall)),
    startup_s_workers_2: median(two.map((r) => r.startup)),
    // The phases apart: replications alone, and the tail in wall and CPU seconds.
    replications_s_workers_1: median(one.map((r) => r.replications)), replications_s_workers_2: median(two.map((r) => r.replications)),
    serial_tail_s_workers_1: median(one.map((r) => r.tail)),
    serial_tail_cpu_s_workers_1: median(one.map((r) => r.tailCpu)), serial_tail_cpu_s_workers_2: median(two.map((r) => r.tailCpu)),
    serial_tail_main_thread_cpu_s_workers_1: median(one.map((r) => r.tailMainCpu)), serial_tail_main_thread_cpu_s_workers_2: median(two.map((r) => r.tailMainCpu)),
  };
  console.log(json ? JSON.stringify(result) : table(result));
}

interface CliRun { wall: number; cpu: number; rssMb: number; tail: number; startup: number; replications: number; tailCpu: number; tailMainCpu: number }

/**
 * Script the child runs: the CLI with its process CPU and main-thread CPU (Linux /proc, in
 * 1/100 s clock ticks; NaN elsewhere) read when the replications-done mark is set and at exit.
 */
function childScript(args: readonly string[]): string {
  const cli = JSON.stringify(join(packageRoot(), 'dist', 'src', 'cli', 'main.js'));
  return `import{readFileSync}from'node:fs';const t=performance.now();process.argv=[process.argv[0],'cgs-sim',...${JSON.stringify(args)}];` +
    `const cpu=()=>{const c=process.cpuUsage();return(c.user+c.system)/1e6};` +
    `const mainCpu=()=>{try{const s=readFileSync('/proc/self/task/'+process.pid+'/stat','utf8'),f=s.slice(s.lastIndexOf(')')+2).split(' ');return(Number(f[11])+Number(f[12]))/100}catch{return NaN}};` +
    `let atDone=[NaN,NaN];const mark=performance.mark.bind(performance);performance.mark=(n,o)=>{if(n===${JSON.stringify(REPLICATIONS_DONE)})atDone=[cpu(),mainCpu()];return mark(n,o)};` +
    `process.on('exit',()=>{const e=performance.now(),m=(n)=>performance.getEntriesByName(n)[0]?.startTime??NaN;` +
    `console.error(JSON.stringify({wall:(e-t)/1000,cpu:cpu(),rss:process.resourceUsage().maxRSS/1024,tail:(e-m(${JSON.stringify(REPLICATIONS_DONE)}))/1000,startup:(m(${JSON.stringify(REPLICATIONS_STARTED)})-t)/1000,` +
    `replications:(m(${JSON.stringify(REPLICATIONS_DONE)})-m(${JSON.stringify(REPLICATIONS_STARTED)}))/1000,tailCpu:cpu()-atDone[0],tailMainCpu:mainCpu()-atDone[1]}))});` +
    `await import(${cli});`;
}

function runCli(workers: number, replications: number): CliRun {
  const out = mkdtempSync(join(tmpdir(), 'cgs-bench-'));
  const args = ['run', '--replications', String(replications), '--workers', String(workers), '--quiet', '--force', '--out', join(out, 'results')];
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', childScript(args)], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`cgs-sim run failed:\n${child.stderr}`);
  const line = child.stderr.trim().split('\n').pop()!;
  const parsed = JSON.parse(line) as { wall: number; cpu: number; rss: number; tail: number; startup: number; replications: number; tailCpu: number; tailMainCpu: number };
  return { ...parsed, rssMb: parsed.rss };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return round(s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const table = (o: Record<string, unknown>) => Object.entries(o).map(([k, v]) => `${k.padEnd(30)} ${Array.isArray(v) ? v.join(', ') : v}`).join('\n');
