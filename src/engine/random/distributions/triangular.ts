import { expectFinite, rangeError } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

export class Triangular implements Distribution {
  readonly kind = 'triangular';
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  readonly mean: number;
  readonly variance: number;
  private readonly modeCdf: number;
  private readonly lowerArea: number;
  private readonly upperArea: number;

  constructor(min: number, mode: number, max: number) {
    this.min = expectFinite('min', min);
    this.mode = expectFinite('mode', mode);
    this.max = expectFinite('max', max);
    if (!(max > min)) throw rangeError('max', `greater than min (${min})`, max);
    if (!(mode >= min && mode <= max)) throw rangeError('mode', `within [min, max] = [${min}, ${max}]`, mode);
    this.mean = (min + mode + max) / 3;
    this.variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    const width = max - min;
    this.modeCdf = (mode - min) / width;
    this.lowerArea = width * (mode - min);
    this.upperArea = width * (max - mode);
  }

  sample(rng: Rng): number {
    // Inversion of the piecewise-quadratic CDF.
    const u = rng();
    if (u < this.modeCdf) return this.min + Math.sqrt(u * this.lowerArea);
    return this.max - Math.sqrt((1 - u) * this.upperArea);
  }
}

export const triangular = (min: number, mode: number, max: number): Triangular => new Triangular(min, mode, max);
