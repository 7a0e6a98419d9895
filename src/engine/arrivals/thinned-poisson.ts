import type { Rng } from '../random/stream.js';
import type { ArrivalTimes } from './arrival-times.js';

/**
 * Non-homogeneous Poisson arrivals for any rate function, by Lewis–Shedler thinning:
 * candidates at the bounding rate are kept with probability rate(t) / bound. A rate above
 * the bound would bias the process, so it is an error rather than silently clipped.
 */
export class ThinnedPoisson implements ArrivalTimes {
  constructor(
    private readonly ratePerDayAt: (timeDays: number) => number,
    readonly boundPerDay: number,
    private readonly endDays = Infinity,
  ) {
    if (!(boundPerDay > 0) || !Number.isFinite(boundPerDay)) {
      throw new RangeError(`Expected \`boundPerDay\` to be a finite number > 0, got \`${boundPerDay}\``);
    }
  }

  next(now: number, rng: Rng): number {
    let t = now;
    for (;;) {
      t -= Math.log(1 - rng()) / this.boundPerDay;
      if (t >= this.endDays) return Infinity;
      const rate = this.ratePerDayAt(t);
      if (!(rate >= 0 && rate <= this.boundPerDay)) {
        throw new RangeError(`Rate function returned \`${rate}\` at time ${t}; expected a value in [0, ${this.boundPerDay}] (the bound)`);
      }
      if (rng() * this.boundPerDay < rate) return t;
    }
  }
}
