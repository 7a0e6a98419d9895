import { describe, expect, it } from 'vitest';
import { EventCalendar } from '../../src/engine/calendar/event-calendar.js';
import { EventClass } from '../../src/engine/event-class.js';
import { createStream } from '../../src/engine/random/stream.js';
import { Simulation } from '../../src/engine/simulation.js';

describe('event order', () => {
  it('runs by time, then Release → CapacityChange → Serve → Timer → Observe, then FIFO', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const names = ['release', 'capacity', 'serve', 'timer', 'observe'];
    const h = sim.register((arg) => log.push(`${sim.now} ${names[arg % 10]} #${Math.floor(arg / 10)}`));
    // Pushed in reverse class order, two of each, and one earlier event pushed last.
    let n = 0;
    for (const cls of [EventClass.Observe, EventClass.Timer, EventClass.Serve, EventClass.CapacityChange, EventClass.Release]) {
      sim.schedule(2, h, 10 * n++ + cls, cls);
      sim.schedule(2, h, 10 * n++ + cls, cls);
    }
    sim.schedule(1, h, 10 * n++ + EventClass.Observe, EventClass.Observe);
    sim.run();
    expect(log).toEqual([
      '1 observe #10',
      '2 release #8', '2 release #9',
      '2 capacity #6', '2 capacity #7',
      '2 serve #4', '2 serve #5',
      '2 timer #2', '2 timer #3',
      '2 observe #0', '2 observe #1',
    ]);
  });

  it('orders events scheduled from inside a handler at the same instant by class', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const note = sim.register((arg) => log.push(`${sim.now}:${arg}`));
    const spawner = sim.register(() => {
      sim.schedule(0, note, 3, EventClass.Timer);
      sim.schedule(0, note, 0, EventClass.Release);
      sim.schedule(0, note, 4, EventClass.Observe);
    });
    sim.schedule(5, spawner);
    sim.schedule(5, note, 9, EventClass.Timer);
    sim.run();
    // The Timer #9 was already pending; the Release spawned at t=5 still runs before it.
    expect(log).toEqual(['5:0', '5:9', '5:3', '5:4']);
  });

  it('stops at `until` with the clock there, leaving later events pending', () => {
    const sim = new Simulation();
    const log: number[] = [];
    const h = sim.register((a) => log.push(a));
    sim.schedule(1, h, 1);
    sim.schedule(3, h, 3);
    sim.schedule(3.5, h, 35);
    expect(sim.run(3)).toBe(2);
    expect(sim.now).toBe(3);
    expect(sim.pendingEvents).toBe(1);
    expect(sim.peekTime()).toBe(3.5);
    expect(log).toEqual([1, 3]);
  });
});

describe('EventCalendar property', () => {
  it('pops 100k random pushes in the order of a sorted reference', () => {
    const rng = createStream(7, 0, 'calendar-property');
    const calendar = new EventCalendar();
    // Reference kept sorted by (time, class, push order); ties are frequent on purpose.
    type Ev = { t: number; c: number; id: number };
    const reference: Ev[] = [];
    const before = (a: Ev, b: Ev) => a.t < b.t || (a.t === b.t && (a.c < b.c || (a.c === b.c && a.id < b.id)));
    let id = 0;
    let mismatches = 0;
    let pops = 0;
    for (let step = 0; step < 100_000; step++) {
      // Phases of growth and shrinkage so the heap is exercised across sizes up to a few thousand.
      const pushBias = Math.floor(step / 10_000) % 2 === 0 ? 0.7 : 0.35;
      if (reference.length === 0 || rng() < pushBias) {
        const ev = { t: Math.floor(rng() * 200) / 4, c: Math.floor(rng() * 5), id: id++ };
        calendar.push(ev.t, ev.c, 1, ev.id);
        let lo = 0;
        let hi = reference.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (before(reference[mid]!, ev)) lo = mid + 1;
          else hi = mid;
        }
        reference.splice(lo, 0, ev);
      } else {
        const expected = reference.shift()!;
        if (calendar.peekTime() !== expected.t) mismatches++;
        calendar.pop();
        pops++;
        if (calendar.poppedArg !== expected.id || calendar.poppedTime !== expected.t) mismatches++;
      }
      if (calendar.size !== reference.length) mismatches++;
    }
    while (reference.length > 0) {
      const expected = reference.shift()!;
      calendar.pop();
      pops++;
      if (calendar.poppedArg !== expected.id) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(pops).toBe(id);
    expect(calendar.peekTime()).toBe(Infinity);
  });

  it('rejects an event class outside 0..7', () => {
    expect(() => new EventCalendar().push(0, 8, 0, 0)).toThrow('Expected event class in 0..7, got 8');
  });
});
