import { describe, expect, it } from 'vitest';
import { ArrivalProcess } from '../../../src/engine/arrivals/arrival-process.js';
import type { ArrivalTimes } from '../../../src/engine/arrivals/arrival-times.js';
import { HomogeneousPoisson } from '../../../src/engine/arrivals/homogeneous-poisson.js';
import { PiecewisePoisson } from '../../../src/engine/arrivals/piecewise-poisson.js';
import { ThinnedPoisson } from '../../../src/engine/arrivals/thinned-poisson.js';
import { empirical } from '../../../src/engine/random/distributions/empirical.js';
import type { Distribution } from '../../../src/engine/random/distributions/distribution.js';
import { StreamFactory } from '../../../src/engine/random/stream.js';
import { Simulation } from '../../../src/engine/simulation.js';
import { expectCovers, replicate, sampleVariance, SEED } from './harness.js';

/** Arrival times (and batch member indices) of one replication of an arrival pattern. */
function arrivalsOf(seed: number, rep: number, times: ArrivalTimes, untilDays: number, batchSize?: Distribution) {
  const sim = new Simulation();
  const streams = new StreamFactory(seed, rep);
  const at: number[] = [];
  const members: number[] = [];
  const record = sim.register((k) => {
    at.push(sim.now);
    members.push(k);
  });
  const process = new ArrivalProcess(sim, times, streams.stream('arrivals'), record,
    batchSize ? { batchSize, batchRng: streams.stream('batch') } : {}).start();
  sim.run(untilDays);
  return { at, members, events: process.events };
}

/** Counts per [edges[i], edges[i+1]) window. */
function countIn(at: readonly number[], edges: readonly number[]): number[] {
  return edges.slice(1).map((end, i) => at.filter((t) => t >= edges[i]! && t < end).length);
}

/** Poisson counts: CI of the mean covers the integrated rate; dispersion var/mean within ±12%. */
function expectPoissonCounts(label: string, counts: readonly number[], expectedMean: number): void {
  expectCovers(`${label} mean`, counts, expectedMean, 0.03);
  const dispersion = sampleVariance(counts) / expectedMean;
  expect(dispersion, `${label} variance / mean`).toBeGreaterThan(0.88);
  expect(dispersion, `${label} variance / mean`).toBeLessThan(1.12);
}

describe.concurrent('arrival processes (2,000 replications each)', () => {
  const R = 2_000;

  it('piecewise-constant rates: Poisson counts per period, none where the rate is 0', () => {
    // Rates per day: 30 on [0, 2), 0 on [2, 5), 60 on [5, 6), 5 on [6, 10), then closed.
    const starts = [0, 2, 5, 6];
    const rates = [30, 0, 60, 5];
    const edges = [0, 2, 5, 6, 10];
    const perPeriod = replicate(R, (rep) => {
      const { at } = arrivalsOf(SEED + 301, rep, new PiecewisePoisson(starts, rates, 10), 20);
      const [a, zero, b, c] = countIn(at, edges);
      return { a: a!, zero: zero!, b: b!, c: c!, after: at.filter((t) => t >= 10).length };
    });
    expectPoissonCounts('period [0,2) at 30/day', perPeriod.a, 60);
    expectPoissonCounts('period [5,6) at 60/day', perPeriod.b, 60);
    expectPoissonCounts('period [6,10) at 5/day', perPeriod.c, 20);
    expect(Math.max(...perPeriod.zero)).toBe(0);
    expect(Math.max(...perPeriod.after)).toBe(0);
  });

  it('thinning: counts follow the integrated sinusoidal rate', () => {
    // λ(t) = 5 + 4 sin(2πt/10); ∫0^5 = 25 + 40/π, ∫5^10 = 25 − 40/π.
    const rate = (t: number) => 5 + 4 * Math.sin((2 * Math.PI * t) / 10);
    const counts = replicate(R, (rep) => {
      const { at } = arrivalsOf(SEED + 302, rep, new ThinnedPoisson(rate, 9, 10), 10);
      const [first, second] = countIn(at, [0, 5, 10]);
      return { first: first!, second: second! };
    });
    expectPoissonCounts('thinned [0,5)', counts.first, 25 + 40 / Math.PI);
    expectPoissonCounts('thinned [5,10)', counts.second, 25 - 40 / Math.PI);
  });

  it('batch arrivals: compound Poisson totals, members numbered 0..size−1', () => {
    // Batches at 10/day of size 1, 2 or 3 (weights 0.5, 0.3, 0.2): E[B] = 1.7, E[B²] = 3.5.
    const sizes = empirical([1, 2, 3], [0.5, 0.3, 0.2]);
    const out = replicate(R, (rep) => {
      const { at, members, events } = arrivalsOf(SEED + 303, rep, new HomogeneousPoisson(10), 10, sizes);
      let wellNumbered = 1;
      for (let i = 0; i < members.length; i++) {
        const expected = i > 0 && at[i] === at[i - 1] ? members[i - 1]! + 1 : 0;
        if (members[i] !== expected) wellNumbered = 0;
      }
      return { total: at.length, events, wellNumbered };
    });
    expectCovers('batch events', out.events, 100, 0.03);
    expectCovers('batch total arrivals', out.total, 170, 0.03);
    // Var of a compound Poisson total = λT·E[B²] = 350.
    const ratio = sampleVariance(out.total) / 350;
    expect(ratio).toBeGreaterThan(0.88);
    expect(ratio).toBeLessThan(1.12);
    expect(Math.min(...out.wellNumbered)).toBe(1);
  });
});
