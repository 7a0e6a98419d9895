import { expectPositive } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

export class Exponential implements Distribution {
  readonly kind = 'exponential';
  readonly mean: number;
  readonly variance: number;

  constructor(mean: number) {
    this.mean = expectPositive('mean', mean);
    this.variance = mean * mean;
  }

  sample(rng: Rng): number {
    // Inversion; 1 - u lies in (0, 1] so the logarithm is finite.
    return -this.mean * Math.log(1 - rng());
  }
}

export const exponential = (mean: number): Exponential => new Exponential(mean);
