import type { RequestPool } from './request-pool.js';

/**
 * The order in which waiting requests are served: a binary heap of pool slots keyed by
 * (priority ascending, arrival time ascending, sequence ascending). Lower priority numbers
 * are served first; within a priority the longest-waiting goes first (FIFO).
 * Reneged requests stay in the heap until they surface (lazy deletion), which keeps
 * reneging O(1); `pop` skips them.
 */
export class WaitingLine {
  private heap = new Int32Array(64);
  private count = 0;

  constructor(private readonly pool: RequestPool) {}

  /** Heap entries, including reneged ones not yet removed. */
  get entries(): number {
    return this.count;
  }

  /** Slot at heap position i, for inspection only. */
  slotAt(i: number): number {
    return this.heap[i]!;
  }

  push(slot: number): void {
    if (this.count === this.heap.length) {
      const bigger = new Int32Array(this.heap.length * 2);
      bigger.set(this.heap);
      this.heap = bigger;
    }
    this.pool.inLine[slot] = 1;
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (!this.before(slot, this.heap[parent]!)) break;
      this.heap[hole] = this.heap[parent]!;
      hole = parent;
    }
    this.heap[hole] = slot;
  }

  /** Removes and returns the next live request's slot, or -1 if none is waiting. */
  popLive(): number {
    const pool = this.pool;
    while (this.count > 0) {
      const top = this.popTop();
      pool.inLine[top] = 0;
      if (pool.waiting[top] === 1) return top;
      pool.releaseIfUnused(top);
    }
    return -1;
  }

  private popTop(): number {
    const heap = this.heap;
    const top = heap[0]!;
    const last = --this.count;
    if (last > 0) {
      const moving = heap[last]!;
      let hole = 0;
      const half = last >> 1;
      while (hole < half) {
        let child = 2 * hole + 1;
        if (child + 1 < last && this.before(heap[child + 1]!, heap[child]!)) child++;
        if (!this.before(heap[child]!, moving)) break;
        heap[hole] = heap[child]!;
        hole = child;
      }
      heap[hole] = moving;
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const pool = this.pool;
    const pa = pool.priority[a]!;
    const pb = pool.priority[b]!;
    if (pa !== pb) return pa < pb;
    const ta = pool.arrivalTime[a]!;
    const tb = pool.arrivalTime[b]!;
    if (ta !== tb) return ta < tb;
    return pool.sequence[a]! < pool.sequence[b]!;
  }
}
