import type { Rng } from '../stream.js';

/**
 * A probability distribution with exact moments, in Ciw's style, so tests can compare
 * observed with theoretical mean and variance. `sample` runs in the event loop and must
 * not allocate.
 */
export interface Distribution {
  /** The family name, as written in scenario files. */
  readonly kind: string;
  readonly mean: number;
  readonly variance: number;
  sample(rng: Rng): number;
}
