/**
 * Numbers as written to CSV: at most 6 significant digits, no exponent for ordinary sizes,
 * and an empty cell for a value that does not exist (NaN), which Excel reads as blank.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  if (Number.isInteger(x)) return String(x);
  const rounded = Number(x.toPrecision(6));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
