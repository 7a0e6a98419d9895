import { describe, it } from 'vitest';
import { exponential } from '../../../src/engine/random/distributions/exponential.js';
import { cobhamWaits, preemptiveResumeResponseTimes } from '../../theory/priority.js';
import { expectCovers, expectLittle, replicate, SEED } from './harness.js';
import { buildStation, resourceL, runWithWarmup } from './station-model.js';

const R = 20;
const WARMUP_DAYS = 1_000;
const LENGTH_DAYS = 30_000;
// Two classes, each λ = 0.35 with exponential service of mean 1: ρ = 0.7 in all.
const theoryClasses = [0, 1].map(() => ({ lambda: 0.35, meanService: 1, secondMoment: 2 }));

function measure(seed: number, rep: number, preemptive: boolean) {
  const classes = [0, 1].map((priority) => ({ priority, arrivals: 0.35, service: exponential(1) }));
  const run = buildStation(seed, rep, { name: 'clinic', capacity: 1, preemptive, maxPriority: 1 }, classes);
  runWithWarmup(run, WARMUP_DAYS, LENGTH_DAYS);
  const { resource } = run;
  const served = resource.sojourns[0]!.count + resource.sojourns[1]!.count;
  return {
    Wq0: resource.waits[0]!.mean, Wq1: resource.waits[1]!.mean,
    W0: resource.sojourns[0]!.mean, W1: resource.sojourns[1]!.mean,
    L: resourceL(run),
    lambdaIn: resource.arrivals / LENGTH_DAYS,
    W: (resource.sojourns[0]!.mean * resource.sojourns[0]!.count + resource.sojourns[1]!.mean * resource.sojourns[1]!.count) / served,
  };
}

describe.concurrent('two-class priority M/M/1 at rho 0.7 (20 replications, 95% CI)', () => {
  it('non-preemptive waits follow Cobham', () => {
    const m = replicate(R, (rep) => measure(SEED + 101, rep, false));
    const [w0, w1] = cobhamWaits(theoryClasses);
    expectCovers('Cobham class 0 Wq', m.Wq0, w0!, 0.04);
    expectCovers('Cobham class 1 Wq', m.Wq1, w1!, 0.06);
    expectLittle('non-preemptive priority', m.L, m.lambdaIn, m.W);
  });

  it('preemptive-resume response times follow the Kleinrock formula', () => {
    const m = replicate(R, (rep) => measure(SEED + 102, rep, true));
    const [t0, t1] = preemptiveResumeResponseTimes(theoryClasses);
    expectCovers('preemptive class 0 W', m.W0, t0!, 0.03);
    expectCovers('preemptive class 1 W', m.W1, t1!, 0.06);
    expectLittle('preemptive priority', m.L, m.lambdaIn, m.W);
  });
});
