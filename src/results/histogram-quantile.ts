/**
 * Quantile of a histogram of unit-width bins (bin k holds values in [k, k+1)), interpolating
 * linearly within the bin. Returns NaN for an empty histogram.
 */
export function histogramQuantile(bins: ArrayLike<number>, q: number): number {
  let total = 0;
  for (let k = 0; k < bins.length; k++) total += bins[k]!;
  if (total === 0) return NaN;
  const target = q * total;
  let cumulative = 0;
  for (let k = 0; k < bins.length; k++) {
    const next = cumulative + bins[k]!;
    if (next >= target && bins[k]! > 0) return k + (target - cumulative) / bins[k]!;
    cumulative = next;
  }
  return bins.length;
}
