import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedQueue } from '../../../src/engine/queue/ordered-queue.js';

/**
 * The reference: a plain array kept sorted by key, a new entry going after every entry with an
 * equal or smaller key (first in, first out among ties), searched by a linear scan.
 */
class ReferenceQueue {
  readonly entries: { id: number; key: number }[] = [];
  insert(id: number, key: number): void {
    let at = this.entries.length;
    while (at > 0 && this.entries[at - 1]!.key > key) at--;
    this.entries.splice(at, 0, { id, key });
  }
  countBelow(threshold: number): number {
    return this.entries.filter((e) => e.key < threshold).length;
  }
}

type Op =
  | { readonly kind: 'insert'; readonly id: number; readonly key: number }
  | { readonly kind: 'pop' }
  | { readonly kind: 'countBelow'; readonly threshold: number }
  | { readonly kind: 'clear' };

// Keys on a coarse grid so ties are frequent, with some far out of order (a returning patient keeps its place).
const key = fc.oneof(fc.integer({ min: 0, max: 20 }).map((k) => k / 2), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), id: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), key }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'pop' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('countBelow' as const), threshold: key }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);

/** Applies the operations to both and compares every observable after each step. */
function agree(initialCapacity: number, ops: readonly Op[]): void {
  const queue = new OrderedQueue(initialCapacity);
  const reference = new ReferenceQueue();
  for (const o of ops) {
    if (o.kind === 'insert') {
      queue.insert(o.id, o.key);
      reference.insert(o.id, o.key);
    } else if (o.kind === 'pop') {
      if (reference.entries.length === 0) expect(() => queue.popFront()).toThrow(RangeError);
      else expect(queue.popFront()).toBe(reference.entries.shift()!.id);
    } else if (o.kind === 'countBelow') {
      expect(queue.countBelow(o.threshold)).toBe(reference.countBelow(o.threshold));
    } else {
      queue.clear();
      reference.entries.length = 0;
    }
    expect(queue.size).toBe(reference.entries.length);
    expect(queue.peekKey()).toBe(reference.entries[0]?.key ?? Infinity);
    expect(queue.peekId()).toBe(reference.entries[0]?.id ?? -1);
  }
  const contents = Array.from({ length: queue.size }, (_, i) => ({ id: queue.idAt(i), key: queue.keyAt(i) }));
  expect(contents).toEqual(reference.entries);
}

describe('OrderedQueue against a sorted-array reference', () => {
  it('agrees on every pop, count, peek and the final order, over random operation sequences', () => {
    // Small initial capacities make the ring buffer wrap and grow while entries are in it.
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 300 }), agree), { seed: 20240601, numRuns: 400 });
  });

  it('keeps first-in-first-out order among equal keys across growth and wrap-around', () => {
    const queue = new OrderedQueue(2);
    const reference = new ReferenceQueue();
    for (let i = 0; i < 50; i++) {
      // Pop now and then so the head moves before the buffer grows.
      if (i % 3 === 2) expect(queue.popFront()).toBe(reference.entries.shift()!.id);
      queue.insert(i, i % 4);
      reference.insert(i, i % 4);
    }
    expect(Array.from({ length: queue.size }, (_, i) => queue.idAt(i))).toEqual(reference.entries.map((e) => e.id));
  });
});
