/**
 * Special functions needed for exact moments (Weibull), Poisson rejection sampling and
 * Student-t quantiles. Written out here because simple-statistics offers none of them
 * at the accuracy the tests demand.
 */

const LANCZOS_G = 7;
// Lanczos (g = 7, n = 9) coefficients as tabulated by Godfrey; relative error ~1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln|Γ(x)|; NaN-free except at the poles x = 0, -1, -2, ... where it is Infinity. */
export function lnGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1-x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Γ(x) for real x; NaN at the poles, Infinity past x ≈ 171.6. */
export function gamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  return Math.exp(lnGamma(x));
}

const BETA_CF_EPSILON = 1e-15;
const BETA_CF_TINY = 1e-300;
// The continued fraction needs O(sqrt(max(a, b))) terms; this covers df up to ~1e8.
const BETA_CF_MAX_TERMS = 50_000;

/** Continued fraction for I_x(a, b) by the modified Lentz method (Numerical Recipes §6.4). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < BETA_CF_TINY) d = BETA_CF_TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= BETA_CF_MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < BETA_CF_TINY) d = BETA_CF_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < BETA_CF_TINY) c = BETA_CF_TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < BETA_CF_TINY) d = BETA_CF_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < BETA_CF_TINY) c = BETA_CF_TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < BETA_CF_EPSILON) return h;
  }
  return h;
}

/**
 * Regularised incomplete beta I_x(a, b) for a, b > 0 and x in [0, 1].
 * `y` = 1 - x may be passed when the caller knows it more precisely than `1 - x`.
 */
export function incompleteBetaRegularized(x: number, a: number, b: number, y: number = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(y);
  const front = Math.exp(logFront);
  // The fraction converges fast only below the mean; otherwise use I_x(a,b) = 1 - I_y(b,a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

// Acklam's rational approximation to the normal quantile; relative error < 1.15e-9.
const ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
const ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
const ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
const ACKLAM_LOW = 0.02425;

function acklamTail(q: number): number {
  const [c0, c1, c2, c3, c4, c5] = ACKLAM_C;
  const [d0, d1, d2, d3] = ACKLAM_D;
  return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
}

/** Standard normal quantile Φ⁻¹(p) for p in (0, 1), relative error below 1.15e-9. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  if (p < ACKLAM_LOW) return acklamTail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - ACKLAM_LOW) return -acklamTail(Math.sqrt(-2 * Math.log1p(-p)));
  const [a0, a1, a2, a3, a4, a5] = ACKLAM_A;
  const [b0, b1, b2, b3, b4] = ACKLAM_B;
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}
