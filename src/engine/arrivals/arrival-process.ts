import { EventClass } from '../event-class.js';
import type { Distribution } from '../random/distributions/distribution.js';
import type { Rng } from '../random/stream.js';
import type { HandlerId, Simulation } from '../simulation.js';
import type { ArrivalTimes } from './arrival-times.js';

export interface ArrivalProcessOptions {
  /** Members per arrival event (batch arrivals); one when absent. */
  readonly batchSize?: Distribution;
  /** Stream for batch sizes, kept apart from the timing stream so either can change alone. */
  readonly batchRng?: Rng;
}

/**
 * Drives an arrival pattern through the calendar: at each arrival time it calls
 * `onArrival(k)` for every member k of the batch (k = 0 for single arrivals) and
 * schedules the next arrival. One pending event per process, whatever its rate.
 */
export class ArrivalProcess {
  private readonly fireId: HandlerId;
  arrivals = 0;
  events = 0;

  constructor(
    private readonly sim: Simulation,
    private readonly times: ArrivalTimes,
    private readonly rng: Rng,
    private readonly onArrival: HandlerId,
    private readonly options: ArrivalProcessOptions = {},
  ) {
    if (options.batchSize && !options.batchRng) {
      throw new RangeError('Expected `batchRng` when `batchSize` is given');
    }
    this.fireId = sim.register(() => this.fire());
  }

  start(): this {
    this.scheduleNext();
    return this;
  }

  private fire(): void {
    this.events++;
    const size = this.options.batchSize ? Math.round(this.options.batchSize.sample(this.options.batchRng!)) : 1;
    for (let k = 0; k < size; k++) {
      this.arrivals++;
      // Arrivals are timers already, so members are handed over inside this event.
      this.sim.invoke(this.onArrival, k);
    }
    this.scheduleNext();
  }

  private scheduleNext(): void {
    const t = this.times.next(this.sim.now, this.rng);
    if (t !== Infinity) this.sim.scheduleAt(t, this.fireId, 0, EventClass.Timer);
  }
}
