import { mmc } from './erlang.js';
import type { QueueMeasures } from './mm1.js';
import { requireNonNegative, requirePositive, requirePositiveInteger } from './validate.js';

export interface JacksonStation {
  /** Rate of arrivals from outside the network. */
  readonly externalLambda: number;
  readonly mu: number;
  readonly servers: number;
}

export interface JacksonResult {
  /** Total arrival rate at each station (solution of the traffic equations). */
  readonly lambdas: readonly number[];
  readonly stations: readonly QueueMeasures[];
  /** Mean number in the whole network and mean time a customer spends in it. */
  readonly L: number;
  readonly W: number;
}

/**
 * Open Jackson network: solves λ = γ + Pᵀλ (routing[i][j] = probability of going from i to j)
 * by Gaussian elimination, then treats every station as an independent M/M/c (Jackson's theorem).
 */
export function jacksonNetwork(stations: readonly JacksonStation[], routing: readonly (readonly number[])[]): JacksonResult {
  const n = stations.length;
  if (routing.length !== n || routing.some((row) => row.length !== n)) {
    throw new RangeError(`Expected an ${n}×${n} routing matrix, got ${routing.length} rows`);
  }
  stations.forEach((s, i) => {
    requireNonNegative(`stations[${i}].externalLambda`, s.externalLambda);
    requirePositive(`stations[${i}].mu`, s.mu);
    requirePositiveInteger(`stations[${i}].servers`, s.servers);
    const out = routing[i]!.reduce((a, p, j) => a + requireNonNegative(`routing[${i}][${j}]`, p), 0);
    if (out > 1 + 1e-12) throw new RangeError(`Expected routing row ${i} to sum to <= 1, got ${out}`);
  });
  const lambdas = solveTraffic(stations.map((s) => s.externalLambda), routing);
  const measures = stations.map((s, i) => mmc(lambdas[i]!, s.mu, s.servers));
  const gamma = stations.reduce((a, s) => a + s.externalLambda, 0);
  const L = measures.reduce((a, m) => a + m.L, 0);
  return { lambdas, stations: measures, L, W: L / gamma };
}

/** Stations in series, every customer visiting each once: λ is the same everywhere. */
export function jacksonTandem(lambda: number, stations: readonly { mu: number; servers: number }[]): JacksonResult {
  const routing = stations.map((_, i) => stations.map((__, j) => (j === i + 1 ? 1 : 0)));
  return jacksonNetwork(stations.map((s, i) => ({ externalLambda: i === 0 ? lambda : 0, ...s })), routing);
}

function solveTraffic(gamma: readonly number[], routing: readonly (readonly number[])[]): number[] {
  const n = gamma.length;
  // (I − Pᵀ) λ = γ, with partial pivoting.
  const a = gamma.map((g, i) => [...gamma.map((_, j) => (i === j ? 1 : 0) - routing[j]![i]!), g]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-14) throw new RangeError('Routing matrix has a closed loop: traffic equations are singular');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[r]![k] = a[r]![k]! - f * a[col]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}
