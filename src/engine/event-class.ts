/**
 * Events that share a time run in this order, then in insertion order (FIFO).
 * It is simmer's order: a server released at time t is free before a capacity change at t
 * is applied, the queue is served after both, and arrivals at t come last, so an arrival at
 * the instant a server frees neither jumps the queue nor is wrongly turned away.
 */
export const EventClass = {
  /** A service completes and its server is released. */
  Release: 0,
  /** A resource's capacity changes (shift pattern, FTE change, leave). */
  CapacityChange: 1,
  /** A resource starts serving waiting requests. */
  Serve: 2,
  /** New arrivals, timeouts and every other timer. */
  Timer: 3,
  /** Observers that must see the state after everything else at this instant. */
  Observe: 4,
} as const;

export type EventClassValue = (typeof EventClass)[keyof typeof EventClass];

/** Largest class number; the calendar packs (class, sequence) into one float key. */
export const MAX_EVENT_CLASS = 7;
