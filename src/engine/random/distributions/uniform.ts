import { expectFinite, rangeError } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

/** Continuous uniform on [min, max). */
export class Uniform implements Distribution {
  readonly kind = 'uniform';
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;

  constructor(min: number, max: number) {
    this.min = expectFinite('min', min);
    this.max = expectFinite('max', max);
    if (!(max > min)) throw rangeError('max', `greater than min (${min})`, max);
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(rng: Rng): number {
    return this.min + this.width * rng();
  }
}

export const uniform = (min: number, max: number): Uniform => new Uniform(min, max);
