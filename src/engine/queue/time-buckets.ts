/**
 * Items due at future times, grouped in fixed-width time buckets (a timing wheel without
 * wrap-around). Adding is O(1) however far ahead the time lies, so a model with tens of
 * thousands of items due months ahead keeps them out of the event calendar, whose cost
 * grows with its size. Items are handed back a bucket at a time.
 */
export class TimeBuckets {
  private readonly ids: number[][];
  private readonly times: number[][];

  constructor(readonly bucketDays: number, horizonDays: number) {
    if (!(bucketDays > 0)) throw new RangeError(`Expected \`bucketDays\` > 0, got \`${bucketDays}\``);
    const count = Math.ceil(horizonDays / bucketDays) + 1;
    this.ids = Array.from({ length: count }, () => []);
    this.times = Array.from({ length: count }, () => []);
  }

  get bucketCount(): number {
    return this.ids.length;
  }

  /** Files `id` under `time`, or in bucket `minBucket` if its own bucket has already been taken. Times past the last bucket are dropped (beyond the horizon). */
  add(id: number, time: number, minBucket = 0): void {
    const bucket = Math.max(minBucket, Math.floor(time / this.bucketDays));
    if (bucket >= this.ids.length) return;
    this.ids[bucket]!.push(id);
    this.times[bucket]!.push(time);
  }

  /**
   * Ids in bucket `index` with their times, in the order added (callers that need time
   * order insert into an ordered queue), emptying the bucket.
   */
  take(index: number): { ids: number[]; times: number[] } {
    const taken = { ids: this.ids[index]!, times: this.times[index]! };
    this.ids[index] = [];
    this.times[index] = [];
    return taken;
  }
}
