/**
 * Local (linearised) identifiability of fitted parameters: from the Jacobian J of the
 * standardised residuals (observed minus simulated, over each observation's standard deviation)
 * at the fit, the Fisher information JᵀJ gives approximate standard errors through its
 * pseudo-inverse. A parameter is not identified when moving it across its whole range changes
 * the fit by less than one unit of chi-square (flat), or when its 95% interval spans more than
 * half its range (the data cannot tell it from the parameters it trades off with).
 */
export interface Identification {
  /** Approximate standard error in box units (range = 1); Infinity when flat. */
  readonly seBox: number;
  readonly identified: boolean;
  /** Why not, in words; '' when identified. */
  readonly reason: string;
  /** Index of the parameter it is most correlated with, if any, and the correlation. */
  readonly partner?: { readonly index: number; readonly correlation: number };
}

/** Chi-square change below which moving a parameter across its range is "flat". */
const FLAT_CHI_SQUARE = 1;
/** A 95% interval wider than this share of the range is "not identified". */
const MAX_INTERVAL_SHARE = 0.5;
/** Eigenvalues below this share of the largest are treated as zero (a direction the data do not see). */
const RELATIVE_EIGEN_FLOOR = 1e-8;

/** `jacobian[k][i]`: change of standardised residual k per box unit of parameter i. */
export function identify(jacobian: readonly (readonly number[])[], nParameters: number): Identification[] {
  const info = Array.from({ length: nParameters }, (_, i) => Array.from({ length: nParameters }, (_, j) =>
    jacobian.reduce((s, row) => s + row[i]! * row[j]!, 0)));
  const cov = pseudoInverse(info);
  return info.map((row, i) => {
    const flat = row[i]! < FLAT_CHI_SQUARE;
    const se = flat ? Infinity : Math.sqrt(Math.max(0, cov[i]![i]!));
    const partner = strongestPartner(cov, i);
    const wide = 2 * 1.96 * se > MAX_INTERVAL_SHARE;
    const reason = flat ? 'flat: across its whole range the fit changes by less than the observations\' own uncertainty'
      : wide ? `its 95% interval spans ${Math.round(Math.min(1, 2 * 1.96 * se) * 100)}% of its range${partner ? ' (it trades off with another parameter)' : ''}`
        : '';
    return { seBox: se === 0 && flat ? Infinity : se, identified: !flat && !wide, reason, partner };
  });
}

function strongestPartner(cov: number[][], i: number): Identification['partner'] {
  let best: Identification['partner'];
  for (let j = 0; j < cov.length; j++) {
    if (j === i || !(cov[i]![i]! > 0 && cov[j]![j]! > 0)) continue;
    const correlation = cov[i]![j]! / Math.sqrt(cov[i]![i]! * cov[j]![j]!);
    if (Math.abs(correlation) > 0.5 && (best === undefined || Math.abs(correlation) > Math.abs(best.correlation))) best = { index: j, correlation };
  }
  return best;
}

/** Moore–Penrose pseudo-inverse of a symmetric positive semi-definite matrix, by its eigen-decomposition. */
export function pseudoInverse(a: readonly (readonly number[])[]): number[][] {
  const { values, vectors } = symmetricEigen(a);
  const floor = Math.max(...values.map(Math.abs), 0) * RELATIVE_EIGEN_FLOOR;
  const n = a.length;
  // A zero-information direction has infinite variance: give it a huge one so its parameters read as unidentified.
  const inv = values.map((v) => (Math.abs(v) > floor && v !== 0 ? 1 / v : 1e12));
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) =>
    values.reduce((s, _, k) => s + vectors[i]![k]! * inv[k]! * vectors[j]![k]!, 0)));
}

/** Cyclic Jacobi eigenvalue method for a small symmetric matrix: columns of `vectors` are eigenvectors. */
export function symmetricEigen(input: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = input.length;
  const a = input.map((row) => [...row]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p]![q] === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, v, p, q, c, s);
      }
    }
  }
  return { values: a.map((row, i) => row[i]!), vectors: v };
}

function rotate(a: number[][], v: number[][], p: number, q: number, c: number, s: number): void {
  const n = a.length;
  for (let k = 0; k < n; k++) {
    const akp = a[k]![p]!, akq = a[k]![q]!;
    a[k]![p] = c * akp - s * akq;
    a[k]![q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p]![k]!, aqk = a[q]![k]!;
    a[p]![k] = c * apk - s * aqk;
    a[q]![k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k]![p]!, vkq = v[k]![q]!;
    v[k]![p] = c * vkp - s * vkq;
    v[k]![q] = s * vkp + c * vkq;
  }
}
