/**
 * Requests in service, one slot each. A slot whose service was preempted keeps a stale
 * completion event in the calendar; it is marked `stale` and recycled only when that
 * event fires, so a recycled slot is never completed by an old event.
 */
export const SlotState = { Free: 0, Busy: 1, Stale: 2 } as const;

export class ServiceSlots {
  entity = new Int32Array(16);
  priority = new Int32Array(16);
  arrivalTime = new Float64Array(16);
  endTime = new Float64Array(16);
  onDone = new Int32Array(16);
  state = new Uint8Array(16);
  private free: number[] = [];
  private used = 0;

  allocate(): number {
    if (this.free.length > 0) return this.free.pop()!;
    if (this.used === this.entity.length) this.grow();
    return this.used++;
  }

  recycle(slot: number): void {
    this.state[slot] = SlotState.Free;
    this.free.push(slot);
  }

  /** Slots ever used; busy ones are among 0..highWater-1. */
  get highWater(): number {
    return this.used;
  }

  private grow(): void {
    const n = this.entity.length * 2;
    const copyInt = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    const copyFloat = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
    this.entity = copyInt(this.entity);
    this.priority = copyInt(this.priority);
    this.onDone = copyInt(this.onDone);
    this.arrivalTime = copyFloat(this.arrivalTime);
    this.endTime = copyFloat(this.endTime);
    const state = new Uint8Array(n);
    state.set(this.state);
    this.state = state;
  }
}
