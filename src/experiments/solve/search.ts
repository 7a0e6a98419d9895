import type { Scenario } from '../../scenario/schema/scenario.js';
import type { ReplicationPool } from '../replication-pool.js';
import { availableFte, workloadFte } from './estimates.js';
import { evaluate, type Evaluation } from './evaluate.js';
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
  readonly outcomes: YearOutcome[];
  readonly feasible: boolean;
  /** When infeasible: what stops the target being met. */
  readonly binding?: string;
  readonly evaluations: number;
}

const meets = (targets: readonly Target[], e: Evaluation) => targets.every((t) => targetHolds(t, e.intervals.get(t.metric)!));

/**
 * Least-cost extra staff for one unit, year by year. Each year starts from the previous
 * year's plan (staff once recruited stay), and if the targets fail it searches along the
 * workload-based gap: doubling until the targets hold, bisecting back to the smallest
 * multiple in recruitable steps, then trimming the most expensive roles one step at a time
 * while the targets still hold. All candidates share seeds and replications (common random
 * numbers), so the comparison between them is not lost in noise.
 */
export async function solveUnit(base: Scenario, unit: SolveUnit, pool: ReplicationPool, o: SearchOptions, onEvaluation?: () => void): Promise<UnitSolution> {
  const roleIndex = new Map(Object.keys(base.workforce.roles).map((r, i) => [r, i]));
  const cost = (r: string) => base.workforce.roles[r]!.annualCostPerFteGbp;
  const plan: Map<string, number>[] = [];
  const outcomes: YearOutcome[] = [];
  let evaluations = 0;
  const lastYear = Math.max(...o.yearIndices);
  const run = async (candidate: Map<string, number>, y: number) => {
    evaluations++;
    onEvaluation?.();
    const { scenario, hash } = candidateScenario(base, unit, [...plan, candidate], y + 1);
    return evaluate(scenario, hash, unit, y, pool, o.seed, o.replications);
  };
  for (let y = 0; y <= lastYear; y++) {
    const previous = new Map(plan[y - 1] ?? o.roles.map((r) => [r, 0]));
    const start = await run(previous, y);
    if (!o.yearIndices.includes(y) || meets(o.targets, start)) {
      plan.push(previous);
      outcomes.push({ yearIndex: y, met: meets(o.targets, start), achieved: start.intervals });
      continue;
    }
    const bound = (r: string) => previous.get(r)! + o.maxExtraShare * Math.max(1, availableFte(start.sums, roleIndex.get(r)!) - previous.get(r)!);
    const direction = gapDirection(start, y, o.roles, roleIndex, cost);
    const at = (s: number) => new Map(o.roles.map((r) => [r, Math.min(bound(r), roundUp(previous.get(r)! + s * direction.get(r)!, previous.get(r)!, o.stepFte))]));
    let low = 0, high = 0.5, best: Evaluation | null = null;
    for (;;) {
      const e = await run(at(high), y);
      if (meets(o.targets, e)) { best = e; break; }
      const capped = o.roles.every((r) => direction.get(r) === 0 || at(high).get(r)! >= bound(r));
      if (capped) {
        plan.push(at(high));
        outcomes.push({ yearIndex: y, met: false, achieved: e.intervals });
        return { unit, plan, outcomes, feasible: false, binding: bindingConstraint(e, o, roleIndex, base), evaluations };
      }
      low = high;
      high *= 2;
    }
    for (let i = 0; i < 8 && differsByMoreThanStep(at(low), at(high), o.stepFte); i++) {
      const mid = (low + high) / 2;
      const e = await run(at(mid), y);
      if (meets(o.targets, e)) { high = mid; best = e; } else low = mid;
    }
    const chosen = at(high);
    for (const r of [...o.roles].sort((a, b) => cost(b) - cost(a))) {
      while (chosen.get(r)! - o.stepFte >= previous.get(r)! - 1e-9) {
        const trial = new Map(chosen).set(r, chosen.get(r)! - o.stepFte);
        const e = await run(trial, y);
        if (!meets(o.targets, e)) break;
        chosen.set(r, trial.get(r)!);
        best = e;
      }
    }
    plan.push(chosen);
    outcomes.push({ yearIndex: y, met: true, achieved: best!.intervals });
  }
  return { unit, plan, outcomes, feasible: true, evaluations };
}

/** The workload-based shortfall by role; if none shows, the cheapest allowed role. */
function gapDirection(e: Evaluation, y: number, roles: readonly string[], roleIndex: Map<string, number>, cost: (r: string) => number): Map<string, number> {
  const weeks = e.runs[0]!.weeksPerYear[y]!;
  const d = new Map(roles.map((r) => {
    const i = roleIndex.get(r)!;
    return [r, Math.max(0, workloadFte(e.config, e.sums, i, weeks) - availableFte(e.sums, i))];
  }));
  if ([...d.values()].every((x) => !(x > 0))) {
    const cheapest = [...roles].sort((a, b) => cost(a) - cost(b))[0]!;
    for (const r of roles) d.set(r, r === cheapest ? Math.max(1, 0.1 * availableFte(e.sums, roleIndex.get(r)!)) : 0);
  }
  return d;
}

function bindingConstraint(e: Evaluation, o: SearchOptions, roleIndex: Map<string, number>, base: Scenario): string {
  const full = [...roleIndex.keys()].filter((r) => (e.intervals.get(`utilisation_${r}`)?.mean ?? 0) >= 0.97);
  const blocked = full.filter((r) => !o.roles.includes(r));
  if (blocked.length > 0) {
    const activities = Object.entries(base.workforce.skillMix).filter(([, roles]) => roles?.every((r) => !o.roles.includes(r))).map(([a]) => a);
    return `roles at full capacity that may not be added: ${blocked.join(', ')}` +
      (activities.length > 0 ? `; the skill-mix table lets none of the allowed roles do ${activities.join(', ')}` : '');
  }
  if (o.roles.some((r) => full.includes(r))) return `the upper bound on extra staff (--max-extra-fte-share ${o.maxExtraShare}) was reached`;
  return 'staff capacity is not what limits this metric: the allowed roles have spare time, so delays outside CGS capacity (laboratory turnaround, triage, MDT timing) or the skill mix bind';
}

function roundUp(value: number, floor: number, step: number): number {
  return floor + Math.ceil((value - floor) / step - 1e-9) * step;
}

function differsByMoreThanStep(a: Map<string, number>, b: Map<string, number>, step: number): boolean {
  for (const [r, x] of a) if (Math.abs(x - b.get(r)!) > step + 1e-9) return true;
  return false;
}
