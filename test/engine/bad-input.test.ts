import { describe, expect, it } from 'vitest';
import { PiecewisePoisson } from '../../src/engine/arrivals/piecewise-poisson.js';
import { TableArrivals } from '../../src/engine/arrivals/table-arrivals.js';
import { ThinnedPoisson } from '../../src/engine/arrivals/thinned-poisson.js';
import { HomogeneousPoisson } from '../../src/engine/arrivals/homogeneous-poisson.js';
import { createDistributionFromUnknown } from '../../src/engine/random/distribution-spec.js';
import { Resource } from '../../src/engine/resource/resource.js';
import { Simulation } from '../../src/engine/simulation.js';

describe('bad input errors name the parameter and the value', () => {
  const sim = new Simulation();
  const h = sim.register(() => {});

  it('negative or NaN delay, and an absolute time in the past', () => {
    expect(() => sim.schedule(-1, h)).toThrow('Expected delayDays to be a number >= 0, got -1');
    expect(() => sim.schedule(NaN, h)).toThrow('Expected delayDays to be a number >= 0, got NaN');
    const later = new Simulation();
    later.schedule(2, later.register(() => {}));
    later.run();
    expect(() => later.scheduleAt(1, 0)).toThrow('Expected timeDays >= now (2), got 1');
  });

  it('capacity and schedule errors', () => {
    expect(() => new Resource(sim, { name: 'genetic counsellor', capacity: -1 })).toThrow(
      "Resource 'genetic counsellor': expected `capacity` to be an integer >= 0, got `-1`",
    );
    expect(() => new Resource(sim, { name: 'lab', capacity: 1.5 })).toThrow('expected `capacity` to be an integer >= 0, got `1.5`');
    expect(() => new Resource(sim, { name: 'lab', capacity: 1, queueLimit: -2 })).toThrow(
      "Resource 'lab': expected `queueLimit` >= 0, got `-2`",
    );
    const r = new Resource(sim, { name: 'MDT', capacity: 1 });
    expect(() => r.followSchedule([0, 5, 3], [1, 2, 1])).toThrow(
      "Resource 'MDT': capacity schedule times must be sorted ascending and >= now; got `3` at index 2",
    );
    expect(() => r.followSchedule([0, 5], [1, -1])).toThrow("Resource 'MDT': expected `capacities[1]` to be an integer >= 0, got `-1`");
    expect(() => r.followSchedule([0, 5], [1])).toThrow('needs as many times as capacities (got 2 and 1)');
    expect(() => r.followSchedule([0, 5], [1, 2], 5)).toThrow("expected `periodDays` longer than the schedule's span, got `5`");
    expect(() => r.setCapacity(-3)).toThrow("Resource 'MDT': expected `capacity` to be an integer >= 0, got `-3`");
  });

  it('arrival pattern errors', () => {
    expect(() => new HomogeneousPoisson(-2)).toThrow('Expected `ratePerDay` to be a finite number >= 0, got `-2`');
    expect(() => new PiecewisePoisson([0, 10, 5], [1, 1, 1])).toThrow('Expected period starts sorted ascending, got `5` at index 2');
    expect(() => new PiecewisePoisson([0, 10], [1, -1])).toThrow('Expected `ratesPerDay[1]` to be a finite number >= 0, got `-1`');
    expect(() => new TableArrivals([1, 3, 2])).toThrow('Expected arrival times sorted ascending, got `2` at index 2');
    expect(() => new ThinnedPoisson(() => 1, 0)).toThrow('Expected `boundPerDay` to be a finite number > 0, got `0`');
    const overBound = new ThinnedPoisson(() => 3, 2);
    expect(() => overBound.next(0, () => 0.5)).toThrow('Rate function returned `3`');
  });

  it('unknown distribution kind', () => {
    expect(() => createDistributionFromUnknown({ kind: 'pareto', mean: 3 }, 'pathways.triage.serviceDays')).toThrow(
      "pathways.triage.serviceDays.kind: unknown distribution 'pareto'; expected one of exponential, gamma, lognormal, triangular, uniform, deterministic, empirical, poisson, bernoulli, weibull",
    );
    expect(() => createDistributionFromUnknown({ kind: 'exponential', mean: -1 }, 'service')).toThrow('service.mean');
    expect(() => createDistributionFromUnknown({ kind: 'exponential', mean: -1 }, 'service')).toThrow('(got -1)');
  });
});
