/**
 * A first-in-first-out delay of a fractional number of steps, exact in its mean: of what
 * enters, a share (1 − f) leaves after ⌊D⌋ steps and f after ⌊D⌋ + 1, where f = D − ⌊D⌋. So a
 * 4-month time to fill with yearly steps is a third of a year on average, not rounded to 0 or 1,
 * and a whole number of steps is an exact lag.
 */
export class FractionalDelay {
  readonly delaySteps: number;
  private readonly whole: number;
  private readonly fraction: number;
  /** slots[k] leaves k steps after the next one. */
  private readonly slots: Float64Array;

  constructor(delaySteps: number) {
    this.delaySteps = Math.max(0, delaySteps);
    // The tolerance stops float error turning an exact whole delay (12 months) into a sliver of the next step.
    this.whole = Math.floor(this.delaySteps + 1e-9);
    const fraction = this.delaySteps - this.whole;
    this.fraction = fraction > 1e-9 ? fraction : 0;
    this.slots = new Float64Array(this.whole + 2);
  }

  /** Adds `entrants` and moves one step on; returns what leaves the delay in this step. */
  step(entrants: number): number {
    const { slots } = this;
    slots[this.whole]! += entrants * (1 - this.fraction);
    slots[this.whole + 1]! += entrants * this.fraction;
    const out = slots[0]!;
    slots.copyWithin(0, 1);
    slots[slots.length - 1] = 0;
    return out;
  }

  /** Heads inside the delay (entered, not yet left). */
  contents(): number {
    let total = 0;
    for (const heads of this.slots) total += heads;
    return total;
  }

  /** Fills the delay as a constant flow of `perStep` would have left it, so the first steps show no spurious dip. */
  warmStart(perStep: number): void {
    for (let k = 0; k < this.slots.length; k += 1) this.step(perStep);
  }
}
