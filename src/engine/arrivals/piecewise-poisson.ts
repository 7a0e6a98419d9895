import type { Rng } from '../random/stream.js';
import type { ArrivalTimes } from './arrival-times.js';

/**
 * Poisson arrivals whose rate is constant within periods: `ratesPerDay[i]` applies from
 * `startsDays[i]` to the next start (the last rate holds forever, or until `endDays`).
 * Sampling inverts the cumulative rate: a unit-exponential amount of "rate × time" is spent
 * period by period, so an arrival never skips over a rate change (the classic error of
 * drawing a gap at the old rate and landing past the boundary).
 */
export class PiecewisePoisson implements ArrivalTimes {
  private readonly starts: Float64Array;
  private readonly rates: Float64Array;

  constructor(startsDays: readonly number[], ratesPerDay: readonly number[], private readonly endDays = Infinity) {
    if (startsDays.length === 0 || startsDays.length !== ratesPerDay.length) {
      throw new RangeError(`Expected as many period starts as rates, got ${startsDays.length} and ${ratesPerDay.length}`);
    }
    for (let i = 0; i < startsDays.length; i++) {
      if (!Number.isFinite(startsDays[i]!) || (i > 0 && !(startsDays[i]! > startsDays[i - 1]!))) {
        throw new RangeError(`Expected period starts sorted ascending, got \`${startsDays[i]}\` at index ${i}`);
      }
      if (!(ratesPerDay[i]! >= 0) || !Number.isFinite(ratesPerDay[i]!)) {
        throw new RangeError(`Expected \`ratesPerDay[${i}]\` to be a finite number >= 0, got \`${ratesPerDay[i]}\``);
      }
    }
    this.starts = Float64Array.from(startsDays);
    this.rates = Float64Array.from(ratesPerDay);
  }

  next(now: number, rng: Rng): number {
    let remaining = -Math.log(1 - rng());
    let t = Math.max(now, this.starts[0]!);
    let i = this.periodAt(t);
    while (t < this.endDays) {
      const periodEnd = Math.min(i + 1 < this.starts.length ? this.starts[i + 1]! : Infinity, this.endDays);
      const rate = this.rates[i]!;
      if (rate > 0) {
        const capacity = (periodEnd - t) * rate;
        if (remaining <= capacity) return t + remaining / rate;
        remaining -= capacity;
      }
      if (periodEnd === Infinity) return Infinity;
      t = periodEnd;
      i++;
    }
    return Infinity;
  }

  private periodAt(t: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
