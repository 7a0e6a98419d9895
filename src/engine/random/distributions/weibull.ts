import { expectPositive } from '../expect.js';
import { gamma } from '../special-functions.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

/** Weibull(shape k, scale λ): mean λΓ(1 + 1/k), variance λ²[Γ(1 + 2/k) − Γ(1 + 1/k)²]. */
export class Weibull implements Distribution {
  readonly kind = 'weibull';
  readonly shape: number;
  readonly scale: number;
  readonly mean: number;
  readonly variance: number;
  private readonly inverseShape: number;

  constructor(shape: number, scale: number) {
    this.shape = expectPositive('shape', shape);
    this.scale = expectPositive('scale', scale);
    this.inverseShape = 1 / shape;
    const g1 = gamma(1 + 1 / shape);
    const g2 = gamma(1 + 2 / shape);
    this.mean = scale * g1;
    this.variance = scale * scale * (g2 - g1 * g1);
  }

  sample(rng: Rng): number {
    return this.scale * Math.pow(-Math.log(1 - rng()), this.inverseShape);
  }
}

export const weibull = (shape: number, scale: number): Weibull => new Weibull(shape, scale);
