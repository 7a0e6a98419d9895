import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeBuckets } from '../../../src/engine/queue/time-buckets.js';

/**
 * The reference: every pending item in one list, in the order added. An item belongs to the
 * bucket whose window [start, start + width) holds its time (windows found by walking the
 * boundaries, not by division), or to `minBucket` if that is later; items in a bucket past the
 * horizon are never handed back. Taking a bucket removes and returns its items in order.
 */
class ReferenceBuckets {
  private pending: { id: number; time: number; bucket: number }[] = [];
  constructor(private readonly width: number, private readonly buckets: number) {}
  add(id: number, time: number, minBucket: number): void {
    let bucket = 0;
    while ((bucket + 1) * this.width <= time) bucket++;
    bucket = Math.max(bucket, minBucket);
    if (bucket < this.buckets) this.pending.push({ id, time, bucket });
  }
  take(index: number): { ids: number[]; times: number[] } {
    const taken = this.pending.filter((p) => p.bucket === index);
    this.pending = this.pending.filter((p) => p.bucket !== index);
    return { ids: taken.map((p) => p.id), times: taken.map((p) => p.time) };
  }
  get size(): number {
    return this.pending.length;
  }
}

type Op =
  | { readonly kind: 'add'; readonly id: number; readonly time: number; readonly minBucket: number }
  | { readonly kind: 'take'; readonly index: number };

// Times on a quarter-day grid (exact in floating point) from 0 to past the horizon.
const ops = (buckets: number, widthDays: number): fc.Arbitrary<Op[]> => fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.record({
    kind: fc.constant('add' as const), id: fc.nat(),
    time: fc.integer({ min: 0, max: (buckets + 2) * widthDays * 4 }).map((q) => q / 4),
    minBucket: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: buckets + 1 })),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('take' as const), index: fc.integer({ min: 0, max: buckets - 1 }) }) },
), { maxLength: 200 });

const setup = fc.record({ widthDays: fc.integer({ min: 1, max: 14 }), horizonBuckets: fc.integer({ min: 1, max: 12 }) })
  .chain(({ widthDays, horizonBuckets }) => fc.tuple(fc.constant(widthDays), fc.constant(horizonBuckets), ops(horizonBuckets + 1, widthDays)));

describe('TimeBuckets against a list-scanning reference', () => {
  it('hands back exactly the items of each bucket, in the order added, and drops those past the horizon', () => {
    fc.assert(fc.property(setup, ([widthDays, horizonBuckets, sequence]) => {
      const horizonDays = horizonBuckets * widthDays;
      const buckets = new TimeBuckets(widthDays, horizonDays);
      // ceil(horizon / width) + 1 buckets: the last one holds items due exactly at the horizon.
      expect(buckets.bucketCount).toBe(horizonBuckets + 1);
      const reference = new ReferenceBuckets(widthDays, horizonBuckets + 1);
      for (const o of sequence) {
        if (o.kind === 'add') {
          buckets.add(o.id, o.time, o.minBucket);
          reference.add(o.id, o.time, o.minBucket);
        } else {
          expect(buckets.take(o.index)).toEqual(reference.take(o.index));
        }
      }
      // Draining every bucket returns everything still pending, and nothing else.
      for (let b = 0; b < buckets.bucketCount; b++) expect(buckets.take(b)).toEqual(reference.take(b));
      expect(reference.size).toBe(0);
    }), { seed: 20240601, numRuns: 400 });
  });

  it('a taken bucket is empty until something is added to it again', () => {
    const buckets = new TimeBuckets(7, 28);
    buckets.add(1, 8);
    expect(buckets.take(1)).toEqual({ ids: [1], times: [8] });
    expect(buckets.take(1)).toEqual({ ids: [], times: [] });
    // An item due in a bucket already taken goes to the bucket the caller names.
    buckets.add(2, 3, 2);
    expect(buckets.take(0)).toEqual({ ids: [], times: [] });
    expect(buckets.take(2)).toEqual({ ids: [2], times: [3] });
  });

  it('rejects a bucket width that is not above 0', () => {
    expect(() => new TimeBuckets(0, 10)).toThrow('Expected `bucketDays` > 0, got `0`');
  });
});
