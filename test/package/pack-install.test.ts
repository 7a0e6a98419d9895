import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/cli.js';

/** A TypeScript file another project might write: it must type-check against the packed declarations. */
const TYPED_USE = `import { loadScenario, runScenario, compareScenarios, projectSupply, supply, type RunResults, type ResultRow } from 'cgs-sim';
const loaded = await loadScenario('node_modules/cgs-sim/scenarios/network-east.yaml', { overrides: ['run.years=2'] });
const results: RunResults = await runScenario(loaded, { replications: 2, onProgress: (done: number, total: number) => void [done, total] });
const row: ResultRow | undefined = results.summary.find((r) => r['metric'] === 'waiting_list_end');
const mean: string | number | null | undefined = row?.['mean'];
const compared = await compareScenarios([loaded, loaded], { replications: 2 });
const differences: readonly ResultRow[] = compared.comparison;
const project: typeof supply.projectSupply = projectSupply;
// The declarations are real types, not \`any\`: each line below must be an error.
// @ts-expect-error replications is a number
void runScenario(loaded, { replications: 'two' });
// @ts-expect-error a result row has no method
results.summary[0]!.toFixed();
export { mean, differences, project };
`;

/** The same use, run: a two-replication network scenario through the installed package. */
const RUN = `import { loadScenario, runScenario } from 'cgs-sim';
const loaded = await loadScenario('node_modules/cgs-sim/scenarios/network-east.yaml', { overrides: ['run.years=2'] });
const results = await runScenario(loaded, { replications: 2 });
const rows = results.summary.filter((r) => r.scope === 'network' && r.scope_id === 'east' && r.metric === 'waiting_list_end');
console.log(JSON.stringify({ name: results.name, replications: results.replications, rows, files: (await import('node:fs')).readdirSync('.').sort() }));
`;

function run(command: string, args: readonly string[], cwd: string, timeout = 300_000) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * The package as users get it: `npm pack` (of the already built dist/), installed into a fresh
 * project from the tarball. Dependencies come from npm's cache where it has them, else the registry.
 */
describe('the packed package', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cgs-pack-'));
  const project = join(tmp, 'project');
  beforeAll(() => {
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], ROOT);
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
    run('mkdir', ['-p', project], tmp);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-cgs-sim', private: true, type: 'module' }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, tarball)], project);
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('holds the built code with declarations, the data and the scenarios, and no tests or sources', () => {
    const listing = run('tar', ['-tzf', join(tmp, readdirSync(tmp).find((f) => f.endsWith('.tgz'))!)], tmp).split('\n');
    for (const file of ['package/dist/src/index.js', 'package/dist/src/index.d.ts', 'package/dist/app/page.js', 'package/dist/app/worker.js',
      'package/dist/src/experiments/replication-worker.js', 'package/data/cgs.csv', 'package/scenarios/network-east.yaml', 'package/bin/cgs-sim']) {
      expect(listing, file).toContain(file);
    }
    expect(listing.filter((f) => f.startsWith('package/test/') || f.startsWith('package/src/') || f.startsWith('package/dist/bench/'))).toEqual([]);
  });

  it('type-checks a TypeScript file that imports it', () => {
    writeFileSync(join(project, 'use.ts'), TYPED_USE);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['use.ts'],
    }));
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
  });

  it('runs a two-replication network scenario through the library, writing nothing', () => {
    writeFileSync(join(project, 'run.mjs'), RUN);
    const out = JSON.parse(run(process.execPath, ['run.mjs'], project)) as { name: string; replications: number; rows: Record<string, unknown>[]; files: string[] };
    expect(out.name).toBe('network-east');
    expect(out.replications).toBe(2);
    expect(out.rows.map((r) => r['year'])).toEqual([2026, 2027]);
    for (const r of out.rows) {
      expect(r['n']).toBe(2);
      expect(typeof r['mean']).toBe('number');
      expect(r['mean'] as number).toBeGreaterThan(0);
    }
    expect(out.files.filter((f) => !f.endsWith('.mjs'))).toEqual(['node_modules', 'package-lock.json', 'package.json', 'tsconfig.json', 'use.ts']);
  });

  it('runs the README\'s "Use from code" example as written', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Use from code[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(project, 'what-if.mjs'), example!);
    const out = run(process.execPath, ['what-if.mjs'], project);
    expect(out).toMatch(/waiting_list_end|mean/);
    expect(out).toMatch(/p92_wait_weeks/);
  });

  it('installs the cgs-sim command', () => {
    expect(run(join(project, 'node_modules', '.bin', 'cgs-sim'), ['validate', join(project, 'node_modules', 'cgs-sim', 'scenarios', 'network-east.yaml')], project)).toMatch(/valid/i);
  });

  it('cgs-sim --version prints the installed package\'s version, not "unknown"', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(join(project, 'node_modules', '.bin', 'cgs-sim'), ['--version'], project).trim()).toBe(version);
  });
});
