import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplicationPool } from '../../src/experiments/replication-pool.js';
import { CandidateEvaluator, replicationSchedule } from '../../src/experiments/solve/evaluate.js';
import { candidateScenario } from '../../src/experiments/solve/plan-scenario.js';
import { solveUnit, type SearchOptions } from '../../src/experiments/solve/search.js';
import { parseTargets } from '../../src/experiments/solve/targets.js';
import { solveUnits } from '../../src/experiments/solve/units.js';
import { compileModel } from '../../src/model/model-config.js';
import { metricNames } from '../../src/results/measures.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { cli, FIXTURES } from '../cli/cli.js';

let dir: string;
let busier: string;
let scenario: Scenario;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cgs-solve-fast-'));
  busier = join(dir, 'busier.yaml');
  // Demand well above today's staff: the list builds up, so meeting the target takes recruits.
  writeFileSync(busier, `extends: ${join(FIXTURES, 'cli-small.yaml')}\nname: test-solve-fast\ndemand:\n  indications:\n    inherited_cancer:\n      ratePer100kPerYear: 300\n`);
  scenario = (await loadScenario(busier, { overrides: ['run.years=3'] })).scenario;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (max: number, early: boolean): SearchOptions => ({
  targets: parseTargets(['pct_within_18_weeks>=0.8'], metricNames(compileModel(scenario))), roles: ['genetic_counsellor'],
  yearIndices: [2], stepFte: 0.5, maxExtraShare: 3, seed: scenario.run.seed,
  schedule: early ? replicationSchedule(max) : { first: max, batch: 2, max },
});

describe('solve: replications as the decision needs', () => {
  it('a candidate stopped early has the same first replications as one run in full (common random numbers)', async () => {
    const pool = new ReplicationPool(1);
    const [unit] = solveUnits(scenario, 'network');
    const { scenario: s, hash } = candidateScenario(scenario, unit!, [new Map(), new Map(), new Map()], 3);
    const schedule = replicationSchedule(6);
    expect(schedule.first).toBeLessThan(schedule.max);
    const early = new CandidateEvaluator(unit!, 2, pool, scenario.run.seed, schedule);
    const decided = await early.evaluate(s, hash, () => 'met');
    expect(decided.get(2)!.runs).toHaveLength(schedule.first);
    const extended = await early.evaluate(s, hash);
    expect(extended.get(2)!.runs).toHaveLength(6);
    expect(early.simulated).toBe(6); // those already run are kept, only the rest added
    const full = await new CandidateEvaluator(unit!, 2, pool, scenario.run.seed, replicationSchedule(6)).evaluate(s, hash);
    expect([...extended.get(2)!.intervals]).toEqual([...full.get(2)!.intervals]);
  }, 300_000);

  it('stopping early finds the same plan as giving every candidate all its replications, with fewer replications', async () => {
    const pool = new ReplicationPool(1);
    const [unit] = solveUnits(scenario, 'network');
    const early = await solveUnit(scenario, unit!, pool, options(8, true));
    const full = await solveUnit(scenario, unit!, pool, options(8, false));
    expect(full.feasible).toBe(true);
    expect(early.feasible).toBe(true);
    expect(early.plan.map((m) => [...m])).toEqual(full.plan.map((m) => [...m]));
    expect(early.plan[2]!.get('genetic_counsellor')).toBeGreaterThan(0);
    // The reported outcomes are the plan's with every replication in both.
    expect([...early.outcomes[2]!.achieved]).toEqual([...full.outcomes[2]!.achieved]);
    expect(early.replications).toBeLessThan(full.replications);
  }, 600_000);
});

describe('solve: candidates evaluated in parallel', () => {
  it('gives the same plan, byte for byte, on 1 and 2 workers (two CGS units solved at once)', () => {
    const args = (workers: string, out: string) => ['solve', busier, '--target', 'pct_within_18_weeks>=0.8', '--scope', 'cgs', '--years', '3', '--target-years', '2028',
      '--roles', 'genetic_counsellor', '--step', '0.5', '--replications', '6', '--workers', workers, '--out', join(dir, out), '--quiet'];
    const one = cli(args('1', 'one'));
    expect(one.status, one.stderr).toBe(0);
    const two = cli(args('2', 'two'));
    expect(two.status, two.stderr).toBe(0);
    for (const file of ['staffing_plan.csv', 'recruitment_plan.yaml']) {
      expect(readFileSync(join(dir, 'two', file), 'utf8'), file).toBe(readFileSync(join(dir, 'one', file), 'utf8'));
    }
    const plan = readFileSync(join(dir, 'one', 'staffing_plan.csv'), 'utf8');
    expect(new Set(plan.split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[2])).size).toBe(2);
  }, 600_000);
});

describe('solve: inputs at their values unless asked', () => {
  it('runs with --uncertainty none over a scenario that draws its inputs, says so, and draws them with --uncertainty parameters', () => {
    const drawn = join(dir, 'drawn.yaml');
    writeFileSync(drawn, `extends: ${join(FIXTURES, 'cli-small.yaml')}\nname: test-solve-drawn\nrun:\n  uncertainty: parameters\n`);
    // A target today's staff already meet: the baseline alone answers it.
    const args = (out: string, extra: string[] = []) => ['solve', drawn, '--target', 'pct_within_18_weeks>=0', '--replications', '2', '--workers', '1', '--out', join(dir, out), '--quiet', ...extra];
    const plain = cli(args('plain'));
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('Inputs at their central values');
    expect(JSON.parse(readFileSync(join(dir, 'plain', 'run.json'), 'utf8')).uncertainty).toBe('none');
    expect(readFileSync(join(dir, 'plain', 'report.html'), 'utf8')).toContain('Inputs at their central values');
    const drawnRun = cli(args('drawn', ['--uncertainty', 'parameters']));
    expect(drawnRun.status, drawnRun.stderr).toBe(0);
    expect(drawnRun.stdout).toContain('on average across the plausible inputs');
    expect(JSON.parse(readFileSync(join(dir, 'drawn', 'run.json'), 'utf8')).uncertainty).toBe('parameters');
  }, 300_000);
});
