/**
 * A queue of integer ids kept in ascending order of a numeric key (an arrival time, say),
 * stored as a ring buffer of typed arrays. Keys normally arrive in order (append, O(1));
 * an out-of-order key is inserted in place, which is rare in practice (a returning entity
 * that keeps its original place). Counting how many keys lie below a threshold is a binary
 * search, so "how many have waited longer than X" costs O(log n), not a scan.
 */
export class OrderedQueue {
  private ids: Int32Array;
  private keys: Float64Array;
  private head = 0;
  private count = 0;

  constructor(initialCapacity = 64) {
    this.ids = new Int32Array(initialCapacity);
    this.keys = new Float64Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Id at position i from the front (0 = smallest key). */
  idAt(i: number): number {
    return this.ids[(this.head + i) % this.ids.length]!;
  }

  keyAt(i: number): number {
    return this.keys[(this.head + i) % this.keys.length]!;
  }

  peekKey(): number {
    return this.count > 0 ? this.keys[this.head]! : Infinity;
  }

  peekId(): number {
    return this.count > 0 ? this.ids[this.head]! : -1;
  }

  popFront(): number {
    if (this.count === 0) throw new RangeError('popFront on an empty OrderedQueue');
    const id = this.ids[this.head]!;
    this.head = (this.head + 1) % this.ids.length;
    this.count--;
    return id;
  }

  insert(id: number, key: number): void {
    if (this.count === this.ids.length) this.grow();
    const cap = this.ids.length;
    let pos = this.count;
    // Shift larger keys one place back; stops at once for in-order keys.
    while (pos > 0) {
      const prev = (this.head + pos - 1) % cap;
      if (this.keys[prev]! <= key) break;
      const at = (this.head + pos) % cap;
      this.ids[at] = this.ids[prev]!;
      this.keys[at] = this.keys[prev]!;
      pos--;
    }
    const at = (this.head + pos) % cap;
    this.ids[at] = id;
    this.keys[at] = key;
    this.count++;
  }

  /** Number of entries whose key is strictly below `threshold`. */
  countBelow(threshold: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyAt(mid) < threshold) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  private grow(): void {
    const cap = this.ids.length * 2;
    const ids = new Int32Array(cap);
    const keys = new Float64Array(cap);
    for (let i = 0; i < this.count; i++) {
      ids[i] = this.idAt(i);
      keys[i] = this.keyAt(i);
    }
    this.ids = ids;
    this.keys = keys;
    this.head = 0;
  }
}
