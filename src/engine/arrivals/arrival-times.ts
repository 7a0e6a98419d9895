import type { Rng } from '../random/stream.js';

/** Produces successive arrival times; Infinity means no more arrivals. */
export interface ArrivalTimes {
  next(now: number, rng: Rng): number;
}
