/**
 * Storage for waiting requests in parallel typed arrays, recycled through a free list,
 * so queueing a request allocates nothing once the pool has grown to the model's size.
 * A slot is freed only when it is neither in the waiting line nor referenced by a pending
 * patience timer, so a stale timer can never act on a recycled slot.
 */
export class RequestPool {
  entity = new Int32Array(64);
  priority = new Int32Array(64);
  arrivalTime = new Float64Array(64);
  serviceDays = new Float64Array(64);
  onDone = new Int32Array(64);
  onRenege = new Int32Array(64);
  sequence = new Float64Array(64);
  /** Still wants service (false once served or reneged). */
  waiting = new Uint8Array(64);
  inLine = new Uint8Array(64);
  timerPending = new Uint8Array(64);
  private free = new Int32Array(64);
  private freeCount = 0;
  private used = 0;

  allocate(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount]!;
    if (this.used === this.entity.length) this.grow();
    return this.used++;
  }

  /** Returns the slot to the free list once nothing refers to it any more. */
  releaseIfUnused(slot: number): void {
    if (this.inLine[slot] === 0 && this.timerPending[slot] === 0) {
      if (this.freeCount === this.free.length) {
        const bigger = new Int32Array(this.free.length * 2);
        bigger.set(this.free);
        this.free = bigger;
      }
      this.free[this.freeCount++] = slot;
    }
  }

  private grow(): void {
    const n = this.entity.length * 2;
    this.entity = growInt(this.entity, n);
    this.priority = growInt(this.priority, n);
    this.arrivalTime = growFloat(this.arrivalTime, n);
    this.serviceDays = growFloat(this.serviceDays, n);
    this.onDone = growInt(this.onDone, n);
    this.onRenege = growInt(this.onRenege, n);
    this.sequence = growFloat(this.sequence, n);
    this.waiting = growByte(this.waiting, n);
    this.inLine = growByte(this.inLine, n);
    this.timerPending = growByte(this.timerPending, n);
  }
}

function growInt(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
function growFloat(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
function growByte(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}
