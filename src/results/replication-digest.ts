import { N_TIME_USES, type ReplicationMetrics } from '../model/metrics.js';
import { N_PRIORITIES, type ModelConfig } from '../model/model-config.js';
import { yearOfWeekTable, yearStartWeek } from '../model/planning-weeks.js';
import { measure, metricNames, sumScopeYear } from './measures.js';
import { scopesOf, type Scope } from './scopes.js';

/** Bands of wait_distribution.csv, in weeks waited [from, to). */
export const WAIT_BANDS: readonly (readonly [number, number])[] = [[0, 6], [6, 12], [12, 18], [18, 26], [26, 52], [52, 104], [104, Infinity]];

/**
 * Everything the result tables read of one replication, reduced over each scope's CGSs: the
 * work that is per replication, so a worker can do it beside the replication and the main
 * thread only combines replications. Arrays are flat, indexed by DigestLayout.
 */
export interface ReplicationDigest {
  /** measure() of every metric by [scope-year][metric name]. */
  readonly metrics: Float64Array;
  /** Hours used and reserved by [scope-year][role][time use]. */
  readonly staffHours: Float64Array;
  readonly reservedHours: Float64Array;
  /** Share of the year-end list in each wait band, by [scope-year][band]. */
  readonly waitBandShares: Float64Array;
  /** List size by [scope][reported week][all priorities, then each priority]. */
  readonly weeklyWaiting: Float64Array;
}

/** Where each value sits in a digest: scopes, reported years (warm-up left out) and weeks, metric names. */
export class DigestLayout {
  readonly scopes: Scope[];
  readonly firstYear: number;
  readonly years: number;
  readonly names: string[];
  readonly roleUses: number;
  readonly firstWeek: number;
  readonly weeks: number;

  constructor(config: ModelConfig) {
    this.scopes = scopesOf(config);
    this.firstYear = config.scenario.run.warmupYears;
    this.years = config.years - this.firstYear;
    this.names = metricNames(config);
    this.roleUses = config.roleIds.length * N_TIME_USES;
    this.firstWeek = yearStartWeek(config.startYear, this.firstYear);
    this.weeks = yearOfWeekTable(config.startYear, config.years).length - this.firstWeek;
  }

  /** Index of (scope in `scopes` order, year index counted from the simulation's first year). */
  scopeYear(scopeIndex: number, year: number): number {
    return scopeIndex * this.years + (year - this.firstYear);
  }

  /** Index in weeklyWaiting of (scope, simulation week, priority; -1 for all priorities). */
  weekly(scopeIndex: number, week: number, priority: number): number {
    return (scopeIndex * this.weeks + (week - this.firstWeek)) * (N_PRIORITIES + 1) + priority + 1;
  }

  fits(d: ReplicationDigest): boolean {
    return d.metrics.length === this.scopes.length * this.years * this.names.length && d.weeklyWaiting.length === this.scopes.length * this.weeks * (N_PRIORITIES + 1);
  }
}

const layouts = new WeakMap<ModelConfig, DigestLayout>();
export function digestLayout(config: ModelConfig): DigestLayout {
  let layout = layouts.get(config);
  if (layout === undefined) layouts.set(config, (layout = new DigestLayout(config)));
  return layout;
}

/** The digest of a replication, made with its scenario's compiled model (not a replication's drawn inputs). */
export function digestReplication(config: ModelConfig, m: ReplicationMetrics): ReplicationDigest {
  const L = digestLayout(config);
  const n = L.scopes.length * L.years;
  const d: ReplicationDigest = {
    metrics: new Float64Array(n * L.names.length), staffHours: new Float64Array(n * L.roleUses), reservedHours: new Float64Array(n * L.roleUses),
    waitBandShares: new Float64Array(n * WAIT_BANDS.length), weeklyWaiting: new Float64Array(L.scopes.length * L.weeks * (N_PRIORITIES + 1)),
  };
  for (const [i, scope] of L.scopes.entries()) {
    for (let y = L.firstYear; y < config.years; y++) {
      const at = L.scopeYear(i, y);
      const sums = sumScopeYear(config, m, scope, y);
      const values = measure(config, sums, m.weeksPerYear[y]!);
      L.names.forEach((name, k) => { d.metrics[at * L.names.length + k] = values.get(name)!; });
      d.staffHours.set(sums.staffHours, at * L.roleUses);
      d.reservedHours.set(sums.reservedHours, at * L.roleUses);
      // Each histogram's total once, then only its band's bins: the same sums in the same order.
      const all = total(sums.waitHistogram);
      WAIT_BANDS.forEach(([from, to], b) => { d.waitBandShares[at * WAIT_BANDS.length + b] = all > 0 ? total(sums.waitHistogram, from, to) / all : 0; });
    }
    addWeeklyWaiting(d.weeklyWaiting, L, i, scope, m);
  }
  return d;
}

function addWeeklyWaiting(into: Float64Array, L: DigestLayout, scopeIndex: number, scope: Scope, m: ReplicationMetrics): void {
  for (let w = L.firstWeek; w < L.firstWeek + L.weeks; w++) {
    for (let p = -1; p < N_PRIORITIES; p++) {
      let v = 0;
      for (const c of scope.cgs) {
        const base = (w * m.nCgs + c) * N_PRIORITIES;
        if (p < 0) for (let q = 0; q < N_PRIORITIES; q++) v += m.weeklyWaiting[base + q]!;
        else v += m.weeklyWaiting[base + p]!;
      }
      into[L.weekly(scopeIndex, w, p)] = v;
    }
  }
}

/** Sum of bins [from, to), in index order. */
function total(bins: Float64Array, from = 0, to = Infinity): number {
  let sum = 0;
  for (let k = from; k < Math.min(to, bins.length); k++) sum += bins[k]!;
  return sum;
}

/**
 * Digests made where the replication ran (see ReplicationPool), kept with its metrics. A
 * digest is remembered only from the scenario's own compiled model, which is the model every
 * table of those metrics is built with, so it equals what digestOf would compute here.
 */
const remembered = new WeakMap<ReplicationMetrics, ReplicationDigest>();
export function rememberDigest(m: ReplicationMetrics, digest: ReplicationDigest): void {
  remembered.set(m, digest);
}

export function digestOf(config: ModelConfig, m: ReplicationMetrics): ReplicationDigest {
  const known = remembered.get(m);
  if (known !== undefined && digestLayout(config).fits(known)) return known;
  const digest = digestReplication(config, m);
  remembered.set(m, digest);
  return digest;
}
