import type { Scenario } from '../../scenario/schema/scenario.js';
import type { ReplicationPool } from '../replication-pool.js';
import { bindingConstraint } from './binding.js';
import { availableFte, workloadFte } from './estimates.js';
import { evaluateYears, type Evaluation } from './evaluate.js';
import { candidateScenario, type StaffingPlan } from './plan-scenario.js';
import { targetHolds, type Target } from './targets.js';
import type { SolveUnit } from './units.js';

export interface SearchOptions {
  readonly targets: readonly Target[];
  /** Roles that may be added. */
  readonly roles: readonly string[];
  /** Year indices (0 = start year) where the targets must hold. */
  readonly yearIndices: readonly number[];
  readonly stepFte: number;
  /** Upper bound on extra FTE of a role, as a multiple of its FTE in the unit (at least one FTE). */
  readonly maxExtraShare: number;
  readonly replications: number;
  readonly seed: number;
}

export interface YearOutcome {
  readonly yearIndex: number;
  readonly met: boolean;
  readonly achieved: ReadonlyMap<string, { mean: number; low: number; high: number }>;
}

export interface UnitSolution {
  readonly unit: SolveUnit;
  readonly plan: StaffingPlan;
  /** Every year from the start to the last target year, under the plan. */
  readonly outcomes: YearOutcome[];
  readonly feasible: boolean;
  /** When infeasible: what stops the target being met, checked by simulation. */
  readonly binding?: string;
  readonly evaluations: number;
  /** The unit without extra staff, every year (one simulation): the workload and analytic estimates read it. */
  readonly baseline: ReadonlyMap<number, Evaluation>;
}

/** Extra FTE by role, recruited at the start of year index `from` and kept to the last year. */
interface Candidate { readonly extra: ReadonlyMap<string, number>; readonly from: number }

/**
 * Least-cost recruitment for one unit over the whole horizon. Staff may be recruited from the
 * first year and are in post a role's time to fill a post later; the targets must hold in the
 * years asked. Each candidate is simulated once over the horizon, with the same seeds and
 * replications as every other (common random numbers). The search starts from the workload
 * estimate of the gap (recurring need plus backlog clearance, less FTE available) in the
 * target years: it scales that mix up until the targets hold, bisects back to recruitable
 * steps, trims the most expensive roles while the targets still hold, and finally recruits as
 * late as the targets allow (a later start costs fewer years of pay).
 */
export async function solveUnit(base: Scenario, unit: SolveUnit, pool: ReplicationPool, o: SearchOptions, onEvaluation?: () => void): Promise<UnitSolution> {
  const lastYear = Math.max(...o.yearIndices);
  const years = Array.from({ length: lastYear + 1 }, (_, y) => y);
  let evaluations = 0;
  const run = async (c: Candidate) => {
    evaluations++;
    onEvaluation?.();
    const { scenario, hash } = candidateScenario(base, unit, toPlan(c, lastYear), lastYear + 1);
    return evaluateYears(scenario, hash, unit, years, pool, o.seed, o.replications);
  };
  const search: Search = { base, o, run, meets: (e) => o.yearIndices.every((y) => o.targets.every((t) => targetHolds(t, e.get(y)!.intervals.get(t.metric)!))) };
  const outcomesOf = (e: Map<number, Evaluation>): YearOutcome[] => years.map((y) => ({
    yearIndex: y, achieved: e.get(y)!.intervals, met: o.targets.every((t) => targetHolds(t, e.get(y)!.intervals.get(t.metric)!)),
  }));
  const none: Candidate = { extra: new Map(o.roles.map((r) => [r, 0])), from: 0 };
  const baseline = await run(none);
  const done = (c: Candidate, e: Map<number, Evaluation>, feasible: boolean, binding?: string): UnitSolution =>
    ({ unit, plan: toPlan(c, lastYear), outcomes: outcomesOf(e), feasible, binding, evaluations, baseline });
  if (search.meets(baseline)) return done(none, baseline, true);
  const scaled = await scaleToTarget(search, baseline);
  if (scaled.met === null) return done(scaled.candidate, scaled.evaluation, false, await bindingConstraint(base, o, baseline, run));
  const trimmed = await trimExpensive(search, scaled.candidate.extra, scaled.met);
  const latest = await recruitLate(search, trimmed.extra, trimmed.met);
  return done(latest.candidate, latest.met, true);
}

/** What the search steps share: the base scenario, options, the simulator and the test of a candidate. */
interface Search {
  readonly base: Scenario;
  readonly o: SearchOptions;
  readonly run: (c: Candidate) => Promise<Map<number, Evaluation>>;
  readonly meets: (e: Map<number, Evaluation>) => boolean;
}

/**
 * Scales the workload gap's mix of roles until the targets hold (doubling), then bisects back
 * to recruitable steps. `met` is null when the search bound is reached first.
 */
async function scaleToTarget(x: Search, baseline: Map<number, Evaluation>): Promise<{ candidate: Candidate; evaluation: Map<number, Evaluation>; met: Map<number, Evaluation> | null }> {
  const { o } = x;
  const roleIndex = new Map(Object.keys(x.base.workforce.roles).map((r, i) => [r, i]));
  const direction = gapDirection(baseline, o, roleIndex, (r) => x.base.workforce.roles[r]!.annualCostPerFteGbp);
  const bound = (r: string) => o.maxExtraShare * Math.max(1, availableFte(baseline.get(0)!.sums, roleIndex.get(r)!));
  const at = (s: number): Candidate => ({ extra: new Map(o.roles.map((r) => [r, Math.min(bound(r), roundUp(s * direction.get(r)!, o.stepFte))])), from: 0 });
  let low = 0, high = 1, met: Map<number, Evaluation>;
  for (;;) {
    const e = await x.run(at(high));
    if (x.meets(e)) { met = e; break; }
    if (o.roles.every((r) => direction.get(r) === 0 || at(high).extra.get(r)! >= bound(r))) return { candidate: at(high), evaluation: e, met: null };
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 6 && differsByMoreThanStep(at(low).extra, at(high).extra, o.stepFte); i++) {
    const mid = (low + high) / 2;
    const e = await x.run(at(mid));
    if (x.meets(e)) { high = mid; met = e; } else low = mid;
  }
  return { candidate: at(high), evaluation: met, met };
}

/** Takes recruitable steps off the most expensive roles first while the targets still hold. */
async function trimExpensive(x: Search, start: ReadonlyMap<string, number>, met: Map<number, Evaluation>): Promise<{ extra: Map<string, number>; met: Map<number, Evaluation> }> {
  const { o } = x;
  const extra = new Map(start);
  const cost = (r: string) => x.base.workforce.roles[r]!.annualCostPerFteGbp;
  for (const r of [...o.roles].sort((a, b) => cost(b) - cost(a))) {
    while (extra.get(r)! - o.stepFte >= -1e-9) {
      const trial = new Map(extra).set(r, extra.get(r)! - o.stepFte);
      const e = await x.run({ extra: trial, from: 0 });
      if (!x.meets(e)) break;
      extra.set(r, trial.get(r)!);
      met = e;
    }
  }
  return { extra, met };
}

/** Recruits as late as the targets allow (fewer years of pay): the latest start year that still meets them. */
async function recruitLate(x: Search, extra: ReadonlyMap<string, number>, met: Map<number, Evaluation>): Promise<{ candidate: Candidate; met: Map<number, Evaluation> }> {
  let from = 0;
  for (let lo = 1, hi = Math.min(...x.o.yearIndices); lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const e = await x.run({ extra, from: mid });
    if (x.meets(e)) { from = mid; met = e; lo = mid + 1; } else hi = mid - 1;
  }
  return { candidate: { extra, from }, met };
}

function toPlan(c: Candidate, lastYear: number): StaffingPlan {
  return Array.from({ length: lastYear + 1 }, (_, y) => new Map([...c.extra].map(([r, x]) => [r, y >= c.from ? x : 0])));
}

/** The workload-based shortfall by role, largest over the target years; if none shows, the cheapest allowed role. */
function gapDirection(baseline: Map<number, Evaluation>, o: SearchOptions, roleIndex: Map<string, number>, cost: (r: string) => number): Map<string, number> {
  const d = new Map(o.roles.map((r) => {
    const i = roleIndex.get(r)!;
    const gaps = o.yearIndices.map((y) => {
      const e = baseline.get(y)!;
      return workloadFte(e.config, e.sums, i, e.runs[0]!.weeksPerYear[y]!) - availableFte(e.sums, i);
    });
    return [r, Math.max(0, ...gaps.filter(Number.isFinite))];
  }));
  if ([...d.values()].every((x) => !(x > 0))) {
    const cheapest = [...o.roles].sort((a, b) => cost(a) - cost(b))[0]!;
    for (const r of o.roles) d.set(r, r === cheapest ? Math.max(1, 0.1 * availableFte(baseline.get(0)!.sums, roleIndex.get(r)!)) : 0);
  }
  return d;
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function differsByMoreThanStep(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, step: number): boolean {
  for (const [r, x] of a) if (Math.abs(x - b.get(r)!) > step + 1e-9) return true;
  return false;
}

export type { Candidate };
