import { C, COUNTERS, WAIT_BINS, type ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { histogramQuantile } from './histogram-quantile.js';
import type { Scope } from './scopes.js';

/**
 * How evenly a scope serves its population: the scope's median wait of those waiting
 * (list_median_wait_weeks), and spreads of waits between the CGSs in the scope and between its
 * networks. Computed per replication (like every metric) so the summary's
 * intervals cover them honestly. A scope with one unit (a CGS, a one-CGS network, a network's
 * own between-network figure) has no spread: 0.
 */
export const EQUITY_METRICS = [
  'list_median_wait_weeks', 'wait_spread_weeks', 'wait_gini', 'pct_within_18_weeks_spread',
  'wait_spread_weeks_between_networks', 'wait_gini_between_networks', 'pct_within_18_weeks_spread_between_networks',
] as const;
export type EquityMetric = (typeof EQUITY_METRICS)[number];

/** Wait figures of the units (CGSs or networks) of a scope in one replication and year. */
export interface UnitWaits {
  readonly population: Float64Array;
  /** Median weeks waited so far by those on the list for a first appointment at the year end (0 with no list). */
  readonly medianWaitWeeks: Float64Array;
  /** Share of the waiting list within 18 weeks, averaged over weekly snapshots (1 with no list, as pct_within_18_weeks). */
  readonly pctWithin18Weeks: Float64Array;
}

export interface EquityUnits {
  readonly cgs: UnitWaits;
  readonly networks: UnitWaits;
}

type Geography = Pick<ModelConfig, 'cgsNetwork' | 'population'>;
type Records = Pick<ReplicationMetrics, 'waitHistogram' | 'counters' | 'nCgs'>;

/** The scope's CGSs and networks (each network pooled from the scope's CGSs in it, as its own scope pools them). */
export function equityUnitsOf(config: Geography, m: Records, scope: Scope, year: number): EquityUnits {
  const networks = [...new Set(scope.cgs.map((c) => config.cgsNetwork[c]!))];
  const groups = [scope.cgs.map((c) => [c]), networks.map((n) => scope.cgs.filter((c) => config.cgsNetwork[c] === n))];
  const [cgs, nets] = groups.map((g) => unitWaits(config, m, year, g)) as [UnitWaits, UnitWaits];
  return { cgs, networks: nets };
}

function unitWaits(config: Geography, m: Records, year: number, units: readonly (readonly number[])[]): UnitWaits {
  const out = { population: new Float64Array(units.length), medianWaitWeeks: new Float64Array(units.length), pctWithin18Weeks: new Float64Array(units.length) };
  const histogram = new Float64Array(WAIT_BINS);
  units.forEach((members, u) => {
    histogram.fill(0);
    let waiting = 0, within = 0;
    for (const c of members) {
      out.population[u]! += config.population[c]!;
      const offset = (year * m.nCgs + c) * WAIT_BINS;
      for (let k = 0; k < WAIT_BINS; k++) histogram[k]! += m.waitHistogram[offset + k]!;
      const base = (year * m.nCgs + c) * COUNTERS.length;
      waiting += m.counters[base + C.snapshot_waiting]!;
      within += m.counters[base + C.snapshot_within_18_weeks]!;
    }
    out.medianWaitWeeks[u] = listMedianWaitWeeks(histogram);
    out.pctWithin18Weeks[u] = waiting > 0 ? within / waiting : 1;
  });
  return out;
}

/**
 * Median weeks waited by those on the list at the year end (incomplete pathways, as NHS
 * referral-to-treatment statistics give the median wait); 0 when nobody is waiting. Not the
 * median wait of those seen: a CGS short of staff sees mostly urgent patients quickly while its
 * routine list grows, so its seen-wait median can fall as its service worsens.
 */
export function listMedianWaitWeeks(listWaitHistogram: ArrayLike<number>): number {
  const median = histogramQuantile(listWaitHistogram, 0.5);
  return Number.isNaN(median) ? 0 : median;
}

/** The equity metrics of one replication, scope and year, in EQUITY_METRICS order. */
export function equityMetrics(units: EquityUnits, scopeListWaitHistogram: ArrayLike<number>): [EquityMetric, number][] {
  const of = (w: UnitWaits) => [spread(w.medianWaitWeeks), weightedGini(w.medianWaitWeeks, w.population), spread(w.pctWithin18Weeks)];
  const values = [listMedianWaitWeeks(scopeListWaitHistogram), ...of(units.cgs), ...of(units.networks)];
  return EQUITY_METRICS.map((name, i) => [name, values[i]!]);
}

/** Largest minus smallest of the values that exist (NaN when none does). */
export function spread(values: ArrayLike<number>): number {
  let low = Infinity, high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return high >= low ? high - low : NaN;
}

/**
 * Population-weighted Gini index of the values: Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 W² x̄), with W the
 * total weight and x̄ the weighted mean. 0 when every person waits the same median wait, near
 * 1 when one small population carries all the waiting. Units without a value are left out
 * with their weight; all-zero waits are perfectly even (0).
 */
export function weightedGini(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let total = 0, weighted = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!) || !(weights[i]! > 0)) continue;
    total += weights[i]!;
    weighted += weights[i]! * values[i]!;
  }
  if (total === 0) return NaN;
  const mean = weighted / total;
  if (mean === 0) return 0;
  let differences = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!) || !(weights[i]! > 0)) continue;
    for (let j = 0; j < values.length; j++) {
      if (!Number.isFinite(values[j]!) || !(weights[j]! > 0)) continue;
      differences += weights[i]! * weights[j]! * Math.abs(values[i]! - values[j]!);
    }
  }
  return differences / (2 * total * total * mean);
}
