import type { Scenario } from '../../scenario/schema/scenario.js';
import type { ReplicationPool } from '../replication-pool.js';
import { bindingConstraint } from './binding.js';
import { availableFte, workloadFte } from './estimates.js';
import { CandidateEvaluator, type Decision, type Evaluation, type ReplicationSchedule } from './evaluate.js';
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
  /** Replications per candidate: a first batch, more while undecided, up to a maximum. */
  readonly schedule: ReplicationSchedule;
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
  /** Replications simulated over all candidates (early stopping gives most fewer than the maximum). */
  readonly replications: number;
  /** The unit without extra staff, every year (one simulation): the workload and analytic estimates read it. */
  readonly baseline: ReadonlyMap<number, Evaluation>;
}

/** Extra FTE by role, recruited at the start of year index `from` and kept to the last year. */
interface Candidate { readonly extra: ReadonlyMap<string, number>; readonly from: number }

/**
 * Least-cost recruitment for one unit over the whole horizon. Staff may be recruited from the
 * first year and are in post a role's time to fill a post later; the targets must hold in the
 * years asked. Each candidate is simulated once over the years up to the last target year, with
 * the same seeds as every other (common random numbers), and with only as many replications as
 * its decision needs (see `decisionOf`). The search starts from the workload estimate of the gap
 * (recurring need plus backlog clearance, less FTE available) in the target years: it scales
 * that mix up until the targets hold, bisects back to recruitable steps, trims the most
 * expensive roles while the targets still hold (every role's first step tried at once), recruits as
 * late as the targets allow (a later start costs fewer years of pay), and finally confirms the
 * plan with every replication.
 */
export async function solveUnit(base: Scenario, unit: SolveUnit, pool: ReplicationPool, o: SearchOptions, onEvaluation?: () => void): Promise<UnitSolution> {
  const lastYear = Math.max(...o.yearIndices);
  const years = Array.from({ length: lastYear + 1 }, (_, y) => y);
  const evaluator = new CandidateEvaluator(unit, lastYear, pool, o.seed, o.schedule);
  let evaluations = 0;
  const decide = (e: Map<number, Evaluation>) => decisionOf(o, e);
  const run = async (c: Candidate, full = false) => {
    evaluations++;
    onEvaluation?.();
    const { scenario, hash } = candidateScenario(base, unit, toPlan(c, lastYear), lastYear + 1);
    return evaluator.evaluate(scenario, hash, full ? undefined : decide);
  };
  const search: Search = { base, o, run, meets: (e) => decide(e) === 'met' };
  const outcomesOf = (e: Map<number, Evaluation>): YearOutcome[] => years.map((y) => ({
    yearIndex: y, achieved: e.get(y)!.intervals, met: o.targets.every((t) => targetHolds(t, e.get(y)!.intervals.get(t.metric)!)),
  }));
  const none: Candidate = { extra: new Map(o.roles.map((r) => [r, 0])), from: 0 };
  // The baseline is reported (workload and analytic estimates), so it gets every replication.
  const baseline = await run(none, true);
  const done = (c: Candidate, e: Map<number, Evaluation>, feasible: boolean, binding?: string): UnitSolution =>
    ({ unit, plan: toPlan(c, lastYear), outcomes: outcomesOf(e), feasible, binding, evaluations, replications: evaluator.simulated, baseline });
  if (search.meets(baseline)) return done(none, baseline, true);
  const scaled = await scaleToTarget(search, baseline);
  if (scaled.met === null) return done(scaled.candidate, scaled.evaluation, false, await bindingConstraint(base, o, baseline, run));
  const trimmed = await trimExpensive(search, scaled.candidate.extra, scaled.met);
  const latest = await recruitLate(search, trimmed.extra, trimmed.met);
  const confirmed = await confirm(search, latest.candidate, scaled.direction, scaled.bound);
  if (confirmed.met === null) return done(confirmed.candidate, confirmed.evaluation, false, await bindingConstraint(base, o, baseline, run));
  return done(confirmed.candidate, confirmed.met, true);
}

/**
 * Met when every target holds in every target year (the whole 95% interval on the right side);
 * missed as soon as one interval lies wholly on the wrong side (it would take many more
 * replications to move it); otherwise open, and the candidate gets more replications. At the
 * schedule's maximum an open candidate counts as not meeting the targets, as before early
 * stopping.
 */
export function decisionOf(o: Pick<SearchOptions, 'targets' | 'yearIndices'>, e: Map<number, Evaluation>): Decision {
  let open = false;
  for (const y of o.yearIndices) {
    for (const t of o.targets) {
      const v = e.get(y)!.intervals.get(t.metric)!;
      if (targetHolds(t, v)) continue;
      if (t.direction === '>=' ? v.high < t.value : v.low > t.value) return 'missed';
      open = true;
    }
  }
  return open ? 'open' : 'met';
}

/** What the search steps share: the base scenario, options, the simulator and the test of a candidate. */
interface Search {
  readonly base: Scenario;
  readonly o: SearchOptions;
  readonly run: (c: Candidate, full?: boolean) => Promise<Map<number, Evaluation>>;
  readonly meets: (e: Map<number, Evaluation>) => boolean;
}

interface Scaled {
  readonly candidate: Candidate;
  readonly evaluation: Map<number, Evaluation>;
  readonly met: Map<number, Evaluation> | null;
  readonly direction: ReadonlyMap<string, number>;
  readonly bound: (r: string) => number;
}

/**
 * Scales the workload gap's mix of roles until the targets hold (doubling), then bisects back
 * to recruitable steps. `met` is null when the search bound is reached first.
 */
async function scaleToTarget(x: Search, baseline: Map<number, Evaluation>): Promise<Scaled> {
  const { o } = x;
  const roleIndex = new Map(Object.keys(x.base.workforce.roles).map((r, i) => [r, i]));
  const direction = gapDirection(baseline, o, roleIndex, (r) => x.base.workforce.roles[r]!.annualCostPerFteGbp);
  const bound = (r: string) => o.maxExtraShare * Math.max(1, availableFte(baseline.get(0)!.sums, roleIndex.get(r)!));
  const at = (s: number): Candidate => ({ extra: new Map(o.roles.map((r) => [r, Math.min(bound(r), roundUp(s * direction.get(r)!, o.stepFte))])), from: 0 });
  let low = 0, high = 1, met: Map<number, Evaluation>;
  for (;;) {
    const e = await x.run(at(high));
    if (x.meets(e)) { met = e; break; }
    if (o.roles.every((r) => direction.get(r) === 0 || at(high).extra.get(r)! >= bound(r))) return { candidate: at(high), evaluation: e, met: null, direction, bound };
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 6 && differsByMoreThanStep(at(low).extra, at(high).extra, o.stepFte); i++) {
    const mid = (low + high) / 2;
    const e = await x.run(at(mid));
    if (x.meets(e)) { high = mid; met = e; } else low = mid;
  }
  return { candidate: at(high), evaluation: met, met, direction, bound };
}

/**
 * Takes recruitable steps off the most expensive roles first while the targets still hold.
 * The scaled plan is near the targets' edge, so one step off a role usually misses: every
 * role's one-step trial is simulated at once, from the same plan. A role whose step cannot go
 * leaves the plan as it was, so the next role's trial is the very candidate a one-at-a-time
 * search would run; only after a role is trimmed are the later roles tried again, from the
 * trimmed plan. The plan is therefore the one-at-a-time search's, whatever the worker count.
 */
async function trimExpensive(x: Search, start: ReadonlyMap<string, number>, met: Map<number, Evaluation>): Promise<{ extra: Map<string, number>; met: Map<number, Evaluation> }> {
  const { o } = x;
  let extra = new Map(start);
  const cost = (r: string) => x.base.workforce.roles[r]!.annualCostPerFteGbp;
  const order = [...o.roles].sort((a, b) => cost(b) - cost(a));
  const steps = (plan: ReadonlyMap<string, number>, r: string) => Math.floor(plan.get(r)! / o.stepFte + 1e-9);
  for (let i = 0; i < order.length;) {
    const rest = order.slice(i).filter((r) => steps(extra, r) >= 1);
    const trials = await Promise.all(rest.map((r) => x.run({ extra: without(extra, r, 1, o.stepFte), from: 0 })));
    const j = trials.findIndex((e) => x.meets(e));
    if (j < 0) break;
    const r = rest[j]!;
    const most = await mostSteps(x, extra, r, steps(extra, r), trials[j]!);
    extra = without(extra, r, most.k, o.stepFte);
    met = most.met;
    i = order.indexOf(r) + 1;
  }
  return { extra, met };
}

/** The most steps of role r that can go (one is known to), galloping 2, 4, 8, … then bisecting. */
async function mostSteps(x: Search, extra: ReadonlyMap<string, number>, r: string, steps: number, one: Map<number, Evaluation>): Promise<{ k: number; met: Map<number, Evaluation> }> {
  const run = (k: number) => x.run({ extra: without(extra, r, k, x.o.stepFte), from: 0 });
  // lo steps can go; hi is the fewest known not to (or one more than there are).
  let lo = 1, hi = steps + 1, met = one;
  for (let k = Math.min(2, steps); lo < k && k < hi; k = Math.min(2 * k, steps)) {
    const e = await run(k);
    if (x.meets(e)) { lo = k; met = e; } else hi = k;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const e = await run(mid);
    if (x.meets(e)) { lo = mid; met = e; } else hi = mid;
  }
  return { k: lo, met };
}

function without(extra: ReadonlyMap<string, number>, r: string, k: number, step: number): Map<string, number> {
  return new Map(extra).set(r, Math.max(0, Math.round((extra.get(r)! - k * step) * 1e6) / 1e6));
}

/**
 * The plan with every replication: early stopping decides on fewer, so the plan reported is
 * checked on all of them. In the rare case the fuller interval no longer meets the targets,
 * one step of each role in the gap's mix is added until it does (or the bound is reached).
 */
async function confirm(x: Search, start: Candidate, direction: ReadonlyMap<string, number>, bound: (r: string) => number): Promise<{ candidate: Candidate; evaluation: Map<number, Evaluation>; met: Map<number, Evaluation> | null }> {
  for (let c = start; ;) {
    const e = await x.run(c, true);
    if (x.meets(e)) return { candidate: c, evaluation: e, met: e };
    const next = new Map([...c.extra].map(([r, v]) => [r, direction.get(r)! > 0 ? Math.min(bound(r), v + x.o.stepFte) : v]));
    if ([...next].every(([r, v]) => v === c.extra.get(r))) return { candidate: c, evaluation: e, met: null };
    c = { extra: next, from: c.from };
  }
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
