import { EventCalendar } from './calendar/event-calendar.js';
import { EventClass } from './event-class.js';
import type { SimTimeDays } from './time.js';

/** A typed callback run when its event fires; `arg` is usually an entity id. */
export type Handler = (arg: number) => void;
/** Index of a registered handler; events carry it instead of a closure. */
export type HandlerId = number;

/**
 * The simulation clock and event loop.
 *
 * Processes are typed callbacks registered once (`register`) and scheduled by id with an
 * integer argument, so the hot loop allocates nothing per event. Generators in SimPy's style
 * read well but cost an object per yield and a resume per step: on the same M/M/c and calendar,
 * `npm run bench -- mmc-generators` runs at about half the customers per second of `mmc`
 * (1.5 M/s against 2.9 M/s here, same mean wait). Models stay readable as one handler per step.
 */
export class Simulation {
  private readonly calendar = new EventCalendar();
  private readonly handlers: Handler[] = [];
  private stopped = false;
  /** Current simulation time in days. */
  now: SimTimeDays = 0;
  /** Events processed since construction. */
  eventsProcessed = 0;

  register(handler: Handler): HandlerId {
    this.handlers.push(handler);
    return this.handlers.length - 1;
  }

  /** Schedules `handler(arg)` after `delayDays` (>= 0) in the given simultaneity class. */
  schedule(delayDays: number, handler: HandlerId, arg = 0, eventClass: number = EventClass.Timer): void {
    if (!(delayDays >= 0)) {
      throw new RangeError(`Expected delayDays to be a number >= 0, got ${delayDays}`);
    }
    this.calendar.push(this.now + delayDays, eventClass, handler, arg);
  }

  /** Schedules at an absolute time, which must not lie in the past. */
  scheduleAt(timeDays: SimTimeDays, handler: HandlerId, arg = 0, eventClass: number = EventClass.Timer): void {
    if (!(timeDays >= this.now)) {
      throw new RangeError(`Expected timeDays >= now (${this.now}), got ${timeDays}`);
    }
    this.calendar.push(timeDays, eventClass, handler, arg);
  }

  /** Runs a registered handler now, inside the current event (no calendar round trip). */
  invoke(handler: HandlerId, arg = 0): void {
    this.handlers[handler]!(arg);
  }

  get pendingEvents(): number {
    return this.calendar.size;
  }

  /** Time of the next pending event, Infinity if none. */
  peekTime(): SimTimeDays {
    return this.calendar.peekTime();
  }

  /** Ends `run` after the current event. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Runs events with time <= `untilDays`; the clock then stands at `untilDays`
   * (or at the last event when unbounded). Returns the number of events processed.
   */
  run(untilDays: SimTimeDays = Infinity): number {
    const calendar = this.calendar;
    const handlers = this.handlers;
    let processed = 0;
    this.stopped = false;
    while (calendar.size > 0 && !this.stopped) {
      if (calendar.peekTime() > untilDays) break;
      calendar.pop();
      this.now = calendar.poppedTime;
      handlers[calendar.poppedHandler]!(calendar.poppedArg);
      processed++;
    }
    if (!this.stopped && untilDays !== Infinity && this.now < untilDays) this.now = untilDays;
    this.eventsProcessed += processed;
    return processed;
  }
}
