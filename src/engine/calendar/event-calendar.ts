import { MAX_EVENT_CLASS } from '../event-class.js';

/** 2^45 insertion sequence numbers per class keep the packed key exact in a float64 (2^48 < 2^53). */
const SEQUENCE_SPAN = 2 ** 45;
const INITIAL_CAPACITY = 1024;

/**
 * The future event list: a binary min-heap keyed by (time, event class, insertion sequence).
 * Events are stored in parallel typed arrays, so scheduling allocates nothing once the heap
 * has grown to the model's size, and the key makes simultaneous events fully deterministic.
 */
export class EventCalendar {
  private times = new Float64Array(INITIAL_CAPACITY);
  private keys = new Float64Array(INITIAL_CAPACITY);
  private handlers = new Int32Array(INITIAL_CAPACITY);
  private args = new Int32Array(INITIAL_CAPACITY);
  private count = 0;
  private sequence = 0;

  /** Fields of the event removed by the last `pop()`. */
  poppedTime = 0;
  poppedHandler = 0;
  poppedArg = 0;

  get size(): number {
    return this.count;
  }

  /** Time of the next event; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, eventClass: number, handler: number, arg: number): void {
    if (eventClass < 0 || eventClass > MAX_EVENT_CLASS) {
      throw new RangeError(`Expected event class in 0..${MAX_EVENT_CLASS}, got ${eventClass}`);
    }
    if (this.count === this.times.length) this.grow();
    const key = eventClass * SEQUENCE_SPAN + this.sequence++;
    // Sift the hole up from the end, then write the new event once.
    let hole = this.count++;
    const times = this.times;
    const keys = this.keys;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      this.moveSlot(parent, hole);
      hole = parent;
    }
    times[hole] = time;
    keys[hole] = key;
    this.handlers[hole] = handler;
    this.args[hole] = arg;
  }

  /** Removes the earliest event into the `popped*` fields. Call only when `size > 0`. */
  pop(): void {
    const times = this.times;
    const keys = this.keys;
    this.poppedTime = times[0]!;
    this.poppedHandler = this.handlers[0]!;
    this.poppedArg = this.args[0]!;
    const last = --this.count;
    if (last === 0) return;
    const time = times[last]!;
    const key = keys[last]!;
    const handler = this.handlers[last]!;
    const arg = this.args[last]!;
    // Sift the hole down from the root, then drop the last event into it.
    let hole = 0;
    const half = last >> 1;
    while (hole < half) {
      let child = 2 * hole + 1;
      const right = child + 1;
      if (right < last) {
        const ct = times[child]!;
        const rt = times[right]!;
        if (rt < ct || (rt === ct && keys[right]! < keys[child]!)) child = right;
      }
      const ct = times[child]!;
      if (time < ct || (time === ct && key < keys[child]!)) break;
      this.moveSlot(child, hole);
      hole = child;
    }
    times[hole] = time;
    keys[hole] = key;
    this.handlers[hole] = handler;
    this.args[hole] = arg;
  }

  clear(): void {
    this.count = 0;
  }

  private moveSlot(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.keys[to] = this.keys[from]!;
    this.handlers[to] = this.handlers[from]!;
    this.args[to] = this.args[from]!;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    const handlers = new Int32Array(capacity);
    const args = new Int32Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    handlers.set(this.handlers);
    args.set(this.args);
    this.times = times;
    this.keys = keys;
    this.handlers = handlers;
    this.args = args;
  }
}
