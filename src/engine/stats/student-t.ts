import { expectOpenUnit, expectPositive } from '../random/expect.js';
import { incompleteBetaRegularized, lnGamma, normalQuantile } from '../random/special-functions.js';

/** P(T <= t) for Student's t with `df` > 0 degrees of freedom (any real df). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const t2 = t * t;
  // x and 1 - x computed separately so small |t| keeps full precision in the tail term.
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail = 0.5 * incompleteBetaRegularized(x, df / 2, 0.5, y);
  return t > 0 ? 1 - tail : tail;
}

/** Density of Student's t. */
export function studentTPdf(t: number, df: number): number {
  const logNorm = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Inverse CDF of Student's t: the t with P(T <= t) = p.
 *
 * Closed forms for df = 1 and 2; otherwise a Cornish–Fisher start refined by Newton's
 * method on the exact CDF (regularised incomplete beta). For t > 0 the CDF is concave,
 * so once an iterate lies below the root Newton climbs to it monotonically; the only
 * guard needed is against overshooting below zero. Agrees with tables to better than 1e-10.
 */
export function studentTQuantile(p: number, df: number): number {
  expectOpenUnit('p', p);
  expectPositive('df', df);
  const key = `${p}|${df}`;
  let t = known.get(key);
  if (t === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(key, (t = quantileOf(p, df)));
  }
  return t;
}

// Result tables ask for the same few quantiles (95% intervals of n replications) tens of
// thousands of times; each costs a Newton search on the incomplete beta function.
const known = new Map<string, number>();
const KNOWN_LIMIT = 1024;

function quantileOf(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -quantileOf(1 - p, df);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  let t = cornishFisherStart(normalQuantile(p), df);
  for (let iteration = 0; iteration < 200; iteration++) {
    const next = t - (studentTCdf(t, df) - p) / studentTPdf(t, df);
    const guarded = next > 0 ? next : t / 2;
    if (Math.abs(guarded - t) <= 1e-14 * guarded) return guarded;
    t = guarded;
  }
  return t;
}

/** Abramowitz & Stegun 26.7.5: t quantile as a series in z and 1/df. */
function cornishFisherStart(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
}
