import { expectFinite } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

/** A constant. It draws nothing, so swapping it in does not shift the stream. */
export class Deterministic implements Distribution {
  readonly kind = 'deterministic';
  readonly value: number;
  readonly mean: number;
  readonly variance = 0;

  constructor(value: number) {
    this.value = expectFinite('value', value);
    this.mean = value;
  }

  sample(_rng: Rng): number {
    return this.value;
  }
}

export const deterministic = (value: number): Deterministic => new Deterministic(value);
