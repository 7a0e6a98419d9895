import type { Rng } from '../random/stream.js';
import type { ArrivalTimes } from './arrival-times.js';

/** Poisson arrivals at a constant rate (per day). */
export class HomogeneousPoisson implements ArrivalTimes {
  constructor(readonly ratePerDay: number) {
    if (!(ratePerDay >= 0) || !Number.isFinite(ratePerDay)) {
      throw new RangeError(`Expected \`ratePerDay\` to be a finite number >= 0, got \`${ratePerDay}\``);
    }
  }

  next(now: number, rng: Rng): number {
    if (this.ratePerDay === 0) return Infinity;
    return now - Math.log(1 - rng()) / this.ratePerDay;
  }
}
