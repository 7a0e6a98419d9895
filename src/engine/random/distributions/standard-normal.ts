import type { Rng } from '../stream.js';

/**
 * One standard normal draw by the Box–Muller transform.
 *
 * The second variate of the pair is discarded on purpose: caching it on a shared
 * distribution object would leak draws from one stream into another and break common
 * random numbers. `1 - u` keeps the logarithm finite because `rng()` may return 0.
 */
export function sampleStandardNormal(rng: Rng): number {
  const radius = Math.sqrt(-2 * Math.log(1 - rng()));
  return radius * Math.cos(2 * Math.PI * rng());
}
