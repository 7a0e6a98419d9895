import { ArrivalProcess } from '../../../src/engine/arrivals/arrival-process.js';
import type { ArrivalTimes } from '../../../src/engine/arrivals/arrival-times.js';
import { HomogeneousPoisson } from '../../../src/engine/arrivals/homogeneous-poisson.js';
import type { Distribution } from '../../../src/engine/random/distributions/distribution.js';
import { StreamFactory } from '../../../src/engine/random/stream.js';
import { Resource, SeizeOutcome, type ResourceOptions } from '../../../src/engine/resource/resource.js';
import { Simulation } from '../../../src/engine/simulation.js';
import { LevelMonitor } from '../../../src/engine/stats/level-monitor.js';
import { Tally } from '../../../src/engine/stats/tally.js';

export interface CustomerClass {
  readonly priority: number;
  /** Poisson rate, or any arrival pattern. */
  readonly arrivals: number | ArrivalTimes;
  readonly service: Distribution;
  readonly patience?: Distribution;
  readonly maxQueueToJoin?: number;
}

export interface StationRun {
  readonly sim: Simulation;
  readonly resource: Resource;
  /** Number in system (waiting + in service), kept by the model itself. */
  readonly inSystem: LevelMonitor;
  /** Time from arrival to leaving (served or reneged), recorded by the model at departure. */
  readonly timeInSystem: Tally;
  /** Services started, and how many of them had waited at all, since the last reset. */
  readonly starts: { total: number; waited: number };
  resetStatistics(): void;
}

/**
 * One multi-server station fed by independent classes, each with its own arrival and service
 * streams, built only from the kernel's public pieces, as a model would build it.
 */
export function buildStation(seed: number, replication: number, options: ResourceOptions, classes: readonly CustomerClass[], maxTrackedLevel = 10): StationRun {
  const sim = new Simulation();
  const streams = new StreamFactory(seed, replication);
  const resource = new Resource(sim, options);
  const inSystem = new LevelMonitor(0, { maxTrackedLevel });
  const starts = { total: 0, waited: 0 };
  const timeInSystem = new Tally();
  const arrivedAt: number[] = [];
  let count = 0;
  const leave = sim.register((e) => {
    inSystem.update(sim.now, --count);
    timeInSystem.add(sim.now - arrivedAt[e]!);
  });
  resource.onServiceStart = (_entity, waitDays) => {
    starts.total++;
    if (waitDays > 0) starts.waited++;
  };
  let entity = 0;
  classes.forEach((k, i) => {
    const serviceRng = streams.stream(`service-${i}`);
    const patienceRng = streams.stream(`patience-${i}`);
    const arrive = sim.register(() => {
      const patience = k.patience ? k.patience.sample(patienceRng) : Infinity;
      arrivedAt[entity] = sim.now;
      const outcome = resource.seize(entity++, k.priority, k.service.sample(serviceRng), leave, patience, leave, k.maxQueueToJoin);
      if (outcome !== SeizeOutcome.Balked) inSystem.update(sim.now, ++count);
    });
    const times = typeof k.arrivals === 'number' ? new HomogeneousPoisson(k.arrivals) : k.arrivals;
    new ArrivalProcess(sim, times, streams.stream(`arrivals-${i}`), arrive).start();
  });
  return {
    sim, resource, inSystem, starts, timeInSystem,
    resetStatistics() {
      resource.resetStatistics();
      inSystem.reset(sim.now);
      timeInSystem.reset();
      starts.total = starts.waited = 0;
    },
  };
}

/** Runs to `warmupDays`, deletes statistics, then runs `lengthDays` more. */
export function runWithWarmup(run: StationRun, warmupDays: number, lengthDays: number): void {
  run.sim.run(warmupDays);
  run.resetStatistics();
  run.sim.run(warmupDays + lengthDays);
}

/** Time-average number waiting plus in service, from the resource's own monitors. */
export function resourceL(run: StationRun): number {
  const now = run.sim.now;
  return run.resource.queueLength.timeAverage(now) + run.resource.busyServers.timeAverage(now);
}
