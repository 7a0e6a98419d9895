import { expectProbability } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

/** 1 with probability p, else 0. */
export class Bernoulli implements Distribution {
  readonly kind = 'bernoulli';
  readonly p: number;
  readonly mean: number;
  readonly variance: number;

  constructor(p: number) {
    this.p = expectProbability('p', p);
    this.mean = p;
    this.variance = p * (1 - p);
  }

  sample(rng: Rng): number {
    return rng() < this.p ? 1 : 0;
  }
}

export const bernoulli = (p: number): Bernoulli => new Bernoulli(p);
