import { meanInterval } from '../../results/mean-interval.js';
import type { ReplicationMetrics } from '../../model/metrics.js';
import { compileModel, type ModelConfig } from '../../model/model-config.js';
import { measure, sumScopeYear, type ScopeYear } from '../../results/measures.js';
import { scopesOf, type Scope } from '../../results/scopes.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import type { ReplicationPool } from '../replication-pool.js';
import type { SolveUnit } from './units.js';

/** One candidate's results for a unit and year: each metric's interval, and the raw sums behind them. */
export interface Evaluation {
  readonly config: ModelConfig;
  readonly runs: ReplicationMetrics[];
  readonly intervals: Map<string, { mean: number; low: number; high: number }>;
  readonly sums: ScopeYear[];
}

export function unitScope(config: ModelConfig, unit: SolveUnit): Scope {
  const scopes = scopesOf(config);
  return unit.scope === 'national' ? scopes.find((s) => s.scope === 'national')! : scopes.find((s) => s.scope === unit.scope && s.id === unit.id)!;
}

/**
 * How many replications a candidate gets: `first`, then `batch` more at a time while its
 * decision is open, up to `max`. Fixed in advance (never from the worker count), so a seed
 * gives the same plan on any machine.
 */
export interface ReplicationSchedule {
  readonly first: number;
  readonly batch: number;
  readonly max: number;
}

/**
 * Looks at 2, 4, 6, … replications. Two already settle a clear case: their 95% t interval is
 * wide (±12.7 standard errors) but a candidate far from the target, or with every replication
 * at 100%, lies wholly on one side of it; and a pair keeps two workers busy.
 */
export function replicationSchedule(max: number): ReplicationSchedule {
  return { first: Math.min(max, 2), batch: 2, max };
}

/** What a candidate's results say about the targets: met, clearly missed, or not yet known. */
export type Decision = 'met' | 'missed' | 'open';

/** A candidate's replications so far, measured for every year; kept so a later call only adds replications. */
interface Runs {
  readonly config: ModelConfig;
  readonly runs: ReplicationMetrics[];
  readonly sums: ScopeYear[][];
  readonly measured: Map<string, number>[][];
}

/** Candidates whose replications are kept for reuse (the search revisits only its latest few). */
const KEPT = 8;

/**
 * Simulates candidates for one unit. Replication i of every candidate uses the same seed and
 * streams (common random numbers), so replications can be added later in any order and any
 * candidate's first n replications are the same whether or not it was stopped early.
 */
export class CandidateEvaluator {
  private readonly kept = new Map<string, Runs>();
  private readonly years: number[];
  /** Replications simulated so far, all candidates together. */
  simulated = 0;

  constructor(
    private readonly unit: SolveUnit, lastYear: number, private readonly pool: ReplicationPool,
    private readonly seed: number, readonly schedule: ReplicationSchedule,
  ) {
    this.years = Array.from({ length: lastYear + 1 }, (_, y) => y);
  }

  /**
   * Every year's intervals for a candidate, with as few replications as `decide` needs: batches
   * are added until it returns met or missed, or the schedule's maximum is reached. Without
   * `decide`, the maximum.
   */
  async evaluate(scenario: Scenario, hash: string, decide: (e: Map<number, Evaluation>) => Decision = () => 'open'): Promise<Map<number, Evaluation>> {
    const r = this.runsOf(scenario, hash);
    const { first, batch, max } = this.schedule;
    for (let n = Math.max(first, r.runs.length); ; n = Math.min(max, n + batch)) {
      await this.extend(r, scenario, hash, n);
      const e = this.intervalsOf(r, n);
      if (n >= max || decide(e) !== 'open') return e;
    }
  }

  private runsOf(scenario: Scenario, hash: string): Runs {
    let r = this.kept.get(hash);
    if (r === undefined) {
      r = { config: compileModel(scenario), runs: [], sums: [], measured: [] };
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(hash, r);
    }
    return r;
  }

  private async extend(r: Runs, scenario: Scenario, hash: string, n: number): Promise<void> {
    const from = r.runs.length;
    if (from >= n) return;
    const jobs = Array.from({ length: n - from }, (_, i) => ({ scenario, hash, seed: this.seed, replication: from + i }));
    const added = await this.pool.run(jobs);
    this.simulated += added.length;
    const scope = unitScope(r.config, this.unit);
    for (const m of added) {
      const sums = this.years.map((y) => sumScopeYear(r.config, m, scope, y));
      r.runs.push(m);
      r.sums.push(sums);
      r.measured.push(sums.map((s, y) => measure(r.config, s, m.weeksPerYear[y]!)));
    }
  }

  /** Intervals from the first n replications (a candidate kept with more is read at n, as asked). */
  private intervalsOf(r: Runs, n: number): Map<number, Evaluation> {
    const out = new Map<number, Evaluation>();
    const runs = r.runs.slice(0, n);
    for (const y of this.years) {
      const measured = r.measured.slice(0, n).map((m) => m[y]!);
      const intervals = new Map<string, { mean: number; low: number; high: number }>();
      for (const metric of measured[0]!.keys()) intervals.set(metric, meanInterval(measured.map((v) => v.get(metric)!)));
      out.set(y, { config: r.config, runs, intervals, sums: r.sums.slice(0, n).map((s) => s[y]!) });
    }
    return out;
  }
}
