import { formatValue, rangeError } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

/**
 * A discrete draw from a table of values, optionally weighted. Mean and variance are
 * those of the table itself (population moments), which is exactly what `sample` draws from.
 *
 * Uses Walker's alias method (Vose's construction): O(1) per draw with one uniform,
 * whatever the table size.
 */
export class Empirical implements Distribution {
  readonly kind = 'empirical';
  readonly values: Float64Array;
  /** Normalised probabilities, one per value. */
  readonly probabilities: Float64Array;
  readonly mean: number;
  readonly variance: number;
  private readonly aliasThreshold: Float64Array;
  private readonly alias: Int32Array;

  constructor(values: ArrayLike<number>, weights?: ArrayLike<number>) {
    const n = values.length;
    if (!(n > 0)) throw rangeError('values', 'a non-empty array of finite numbers', values);
    this.values = Float64Array.from(values);
    this.values.forEach((v, i) => {
      if (!Number.isFinite(v)) throw rangeError(`values[${i}]`, 'a finite number', values[i]);
    });
    this.probabilities = normalisedWeights(n, weights);
    let mean = 0;
    for (let i = 0; i < n; i++) mean += this.probabilities[i]! * this.values[i]!;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += this.probabilities[i]! * (this.values[i]! - mean) ** 2;
    this.mean = mean;
    this.variance = variance;
    this.aliasThreshold = new Float64Array(n);
    this.alias = new Int32Array(n);
    buildAliasTable(this.probabilities, this.aliasThreshold, this.alias);
  }

  sample(rng: Rng): number {
    const scaled = rng() * this.values.length;
    const column = Math.floor(scaled);
    const index = scaled - column < this.aliasThreshold[column]! ? column : this.alias[column]!;
    return this.values[index]!;
  }
}

function normalisedWeights(n: number, weights: ArrayLike<number> | undefined): Float64Array {
  const probabilities = new Float64Array(n);
  if (weights === undefined) return probabilities.fill(1 / n);
  if (weights.length !== n) {
    throw new RangeError(`Expected \`weights\` to have ${n} entries like \`values\`, got ${weights.length}: \`${formatValue(weights)}\``);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(Number.isFinite(w) && w >= 0)) throw rangeError(`weights[${i}]`, 'a finite number >= 0', w);
    total += w;
  }
  if (!(total > 0 && Number.isFinite(total))) throw rangeError('weights', 'a finite sum > 0', weights);
  for (let i = 0; i < n; i++) probabilities[i] = weights[i]! / total;
  return probabilities;
}

/** Vose (1991): fills `threshold` and `alias` so column i keeps i with probability threshold[i]. */
function buildAliasTable(probabilities: Float64Array, threshold: Float64Array, alias: Int32Array): void {
  const n = probabilities.length;
  const scaled = probabilities.map((p) => p * n);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    threshold[less] = scaled[less]!;
    alias[less] = more;
    scaled[more] = scaled[more]! + scaled[less]! - 1;
    (scaled[more]! < 1 ? small : large).push(more);
  }
  // Leftovers are 1 up to rounding; a threshold of 1 never consults the alias.
  for (const i of large) threshold[i] = 1;
  for (const i of small) threshold[i] = 1;
}

export const empirical = (values: ArrayLike<number>, weights?: ArrayLike<number>): Empirical => new Empirical(values, weights);
