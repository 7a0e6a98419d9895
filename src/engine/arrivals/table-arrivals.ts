import type { ArrivalTimes } from './arrival-times.js';

/** Arrivals at the times listed in a table (sorted ascending; ties allowed). */
export class TableArrivals implements ArrivalTimes {
  private readonly times: Float64Array;
  private index = 0;

  constructor(timesDays: readonly number[]) {
    for (let i = 0; i < timesDays.length; i++) {
      if (!Number.isFinite(timesDays[i]!) || (i > 0 && timesDays[i]! < timesDays[i - 1]!)) {
        throw new RangeError(`Expected arrival times sorted ascending, got \`${timesDays[i]}\` at index ${i}`);
      }
    }
    this.times = Float64Array.from(timesDays);
  }

  next(now: number): number {
    while (this.index < this.times.length && this.times[this.index]! < now) this.index++;
    return this.index < this.times.length ? this.times[this.index++]! : Infinity;
  }
}
