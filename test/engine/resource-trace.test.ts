import { describe, expect, it } from 'vitest';
import { EventClass } from '../../src/engine/event-class.js';
import { NO_HANDLER, Resource, SeizeOutcome } from '../../src/engine/resource/resource.js';
import { Simulation } from '../../src/engine/simulation.js';

const outcomeName = ['started', 'queued', 'balked'] as const;

/** A small harness: entities seize at given times and every step is logged as text. */
function harness(options: ConstructorParameters<typeof Resource>[1]) {
  const sim = new Simulation();
  const resource = new Resource(sim, options);
  const log: string[] = [];
  const done = sim.register((e) => log.push(`${sim.now} done ${e}`));
  const reneged = sim.register((e) => log.push(`${sim.now} renege ${e}`));
  resource.onServiceStart = (e, wait) => log.push(`${sim.now} start ${e} waited ${wait}`);
  const arrive = (at: number, entity: number, serviceDays: number, priority = 0, patienceDays = Infinity) => {
    const id = sim.register(() => {
      const outcome = resource.seize(entity, priority, serviceDays, done, patienceDays, reneged);
      log.push(`${sim.now} arrive ${entity} ${outcomeName[outcome]}`);
    });
    sim.scheduleAt(at, id);
  };
  return { sim, resource, log, arrive, done };
}

describe('simultaneous events at a resource', () => {
  it('serves an arrival at the instant a server frees, even with queueLimit 0', () => {
    const { sim, resource, log, arrive } = harness({ name: 'desk', capacity: 1, queueLimit: 0 });
    arrive(0, 1, 5);
    arrive(5, 2, 1);
    sim.run();
    expect(log).toEqual([
      '0 start 1 waited 0', '0 arrive 1 started',
      '5 start 2 waited 0', '5 arrive 2 started',
      '5 done 1',
      '6 done 2',
    ]);
    expect(resource.balked).toBe(0);
  });

  it('serves the one already waiting before an arrival at the same instant', () => {
    const { sim, log, arrive } = harness({ name: 'desk', capacity: 1 });
    arrive(0, 1, 5);
    arrive(2, 2, 1);
    arrive(5, 3, 1);
    sim.run();
    expect(log).toEqual([
      '0 start 1 waited 0', '0 arrive 1 started',
      '2 arrive 2 queued',
      '5 start 2 waited 3',
      '5 arrive 3 queued',
      '5 done 1',
      '6 start 3 waited 1',
      '6 done 2',
      '7 done 3',
    ]);
  });

  it('applies a capacity drop at the instant of a release before serving the line', () => {
    const { sim, resource, log, arrive } = harness({ name: 'clinic', capacity: 2 });
    arrive(0, 1, 5);
    arrive(0, 2, 8);
    arrive(1, 3, 1);
    resource.followSchedule([5], [1]);
    sim.run();
    // At t=5: 1 releases (busy 1), capacity drops to 1, so 3 must wait for 2 to finish at 8.
    expect(log).toEqual([
      '0 start 1 waited 0', '0 arrive 1 started',
      '0 start 2 waited 0', '0 arrive 2 started',
      '1 arrive 3 queued',
      '5 done 1',
      '8 start 3 waited 7',
      '8 done 2',
      '9 done 3',
    ]);
  });

  it('lets a capacity rise at the instant of an arrival serve that arrival', () => {
    const { sim, resource, log, arrive } = harness({ name: 'clinic', capacity: 0, queueLimit: 0 });
    resource.followSchedule([3], [1]);
    arrive(3, 1, 2);
    sim.run();
    expect(log).toEqual(['3 start 1 waited 0', '3 arrive 1 started', '5 done 1']);
  });
});

describe('capacity schedule', () => {
  it('repeats a periodic pattern and lets services in progress finish', () => {
    const { sim, resource, log, arrive } = harness({ name: 'rota', capacity: 0 });
    // Open 2 servers from day 1, 1 from day 3, closed from day 5; weekly.
    resource.followSchedule([1, 3, 5], [2, 1, 0], 7);
    const observe = sim.register(() => log.push(`${sim.now} capacity ${resource.capacity} busy ${resource.busy} waiting ${resource.waiting}`));
    for (let t = 0; t < 16; t++) sim.scheduleAt(t + 0.5, observe, 0, EventClass.Observe);
    arrive(0, 1, 3);
    arrive(0, 2, 1);
    arrive(4.5, 3, 1.5);
    sim.run(16);
    expect(log).toEqual([
      '0 arrive 1 queued', '0 arrive 2 queued',
      '0.5 capacity 0 busy 0 waiting 2',
      '1 start 1 waited 1', '1 start 2 waited 1',
      '1.5 capacity 2 busy 2 waiting 0',
      '2 done 2',
      '2.5 capacity 2 busy 1 waiting 0',
      '3.5 capacity 1 busy 1 waiting 0',
      '4 done 1',
      // Observers run after the arrival at the same instant.
      '4.5 start 3 waited 0', '4.5 arrive 3 started',
      '4.5 capacity 1 busy 1 waiting 0',
      '5.5 capacity 0 busy 1 waiting 0',
      '6 done 3',
      '6.5 capacity 0 busy 0 waiting 0',
      '7.5 capacity 0 busy 0 waiting 0',
      '8.5 capacity 2 busy 0 waiting 0',
      '9.5 capacity 2 busy 0 waiting 0',
      '10.5 capacity 1 busy 0 waiting 0',
      '11.5 capacity 1 busy 0 waiting 0',
      '12.5 capacity 0 busy 0 waiting 0',
      '13.5 capacity 0 busy 0 waiting 0',
      '14.5 capacity 0 busy 0 waiting 0',
      '15.5 capacity 2 busy 0 waiting 0',
    ]);
  });
});

describe('preload', () => {
  it('counts waits from past arrival times', () => {
    const { sim, resource, log, done } = harness({ name: 'backlog', capacity: 1 });
    resource.preload(1, 0, -3, 2, done);
    resource.preload(2, 0, -1, 2, done);
    resource.preload(3, 0, -5, 1, done);
    sim.run();
    // Continuations (`done`) are timers, so the next start (Serve class) is logged first.
    expect(log).toEqual([
      '0 start 3 waited 5',
      '1 start 1 waited 4',
      '1 done 3',
      '3 start 2 waited 4',
      '3 done 1',
      '5 done 2',
    ]);
    expect(resource.waits[0]!.mean).toBeCloseTo(13 / 3, 14);
    expect(resource.sojourns[0]!.mean).toBeCloseTo((6 + 6 + 6) / 3, 14);
  });

  it('rejects a future arrival time, naming the value', () => {
    const { resource } = harness({ name: 'backlog', capacity: 1 });
    expect(() => resource.preload(1, 0, 2, 1)).toThrow("Resource 'backlog': preloaded arrivalTime must be <= now (0), got 2");
  });
});

describe('preemption', () => {
  it('interrupts the worse priority and resumes its remaining service', () => {
    const { sim, resource, log, arrive } = harness({ name: 'scanner', capacity: 1, preemptive: true });
    arrive(0, 1, 10, 1);
    arrive(3, 2, 2, 0);
    arrive(4, 3, 1, 1);
    sim.run();
    expect(log).toEqual([
      '0 start 1 waited 0', '0 arrive 1 started',
      '3 arrive 2 queued',
      '3 start 2 waited 0',
      '4 arrive 3 queued',
      '5 done 2',
      // Entity 1 resumes with 7 days left (its original place in line beats entity 3); no second wait recorded.
      '12 start 3 waited 8',
      '12 done 1',
      '13 done 3',
    ]);
    expect(resource.preemptions).toBe(1);
    expect(resource.waits[1]!.count).toBe(2);
    expect(resource.waits[1]!.mean).toBe(4);
    expect(resource.sojourns[1]!.mean).toBe((12 + 9) / 2);
  });

  it('does not preempt an equal priority', () => {
    const { sim, resource, log, arrive } = harness({ name: 'scanner', capacity: 1, preemptive: true });
    arrive(0, 1, 4, 1);
    arrive(1, 2, 1, 1);
    sim.run();
    expect(log).toEqual(['0 start 1 waited 0', '0 arrive 1 started', '1 arrive 2 queued', '4 start 2 waited 3', '4 done 1', '5 done 2']);
    expect(resource.preemptions).toBe(0);
  });
});

describe('reneging and balking', () => {
  it('lets an impatient request leave and a patient one be served', () => {
    const { sim, resource, log, arrive } = harness({ name: 'phone', capacity: 1 });
    arrive(0, 1, 10);
    arrive(1, 2, 1, 0, 3);
    arrive(2, 3, 1, 0, 20);
    sim.run();
    expect(log).toEqual([
      '0 start 1 waited 0', '0 arrive 1 started',
      '1 arrive 2 queued',
      '2 arrive 3 queued',
      '4 renege 2',
      '10 start 3 waited 8',
      '10 done 1',
      '11 done 3',
    ]);
    expect(resource.reneged).toBe(1);
    expect(resource.waiting).toBe(0);
  });

  it('cancels patience once service starts (a timer firing later does nothing)', () => {
    const { sim, resource, log, arrive } = harness({ name: 'phone', capacity: 1 });
    arrive(0, 1, 2);
    arrive(1, 2, 5, 0, 3);
    sim.run();
    expect(log).toEqual(['0 start 1 waited 0', '0 arrive 1 started', '1 arrive 2 queued', '2 start 2 waited 1', '2 done 1', '7 done 2']);
    expect(resource.reneged).toBe(0);
  });

  it('balks when the line is at its limit or longer than the arrival will join', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { name: 'counter', capacity: 1, queueLimit: 2 });
    const outcomes = [1, 2, 3, 4].map((e) => resource.seize(e, 0, 1));
    expect(outcomes).toEqual([SeizeOutcome.Started, SeizeOutcome.Queued, SeizeOutcome.Queued, SeizeOutcome.Balked]);
    const picky = new Resource(sim, { name: 'picky', capacity: 1 });
    picky.seize(1, 0, 1);
    expect(picky.seize(2, 0, 1, NO_HANDLER, Infinity, NO_HANDLER, 0)).toBe(SeizeOutcome.Balked);
    expect([resource.balked, picky.balked]).toEqual([1, 1]);
  });
});
