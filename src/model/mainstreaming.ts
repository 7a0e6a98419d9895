/** Parameters of an adoption curve, in financial years. */
export interface AdoptionCurve {
  readonly startYear: number;
  readonly midpointYear: number;
  readonly ceilingShare: number;
}

/**
 * Share of referrals handled by mainstream clinicians in (fractional) year `year`: zero before
 * `startYear`, then a logistic curve rescaled to start at 0, pass close to half the ceiling at
 * `midpointYear` and approach `ceilingShare`. Rescaling keeps the start-year value exactly 0,
 * so turning mainstreaming on never changes the years before it starts.
 */
export function mainstreamShareAt(curve: AdoptionCurve, year: number): number {
  if (year < curve.startYear || curve.ceilingShare === 0) return 0;
  const span = curve.midpointYear - curve.startYear;
  if (span <= 0) return curve.ceilingShare;
  // Steepness chosen so the unscaled curve is at 5% of the ceiling at the start year.
  const steepness = span / Math.log(19);
  const logistic = (y: number) => 1 / (1 + Math.exp(-(y - curve.midpointYear) / steepness));
  const atStart = logistic(curve.startYear);
  return (curve.ceilingShare * (logistic(year) - atStart)) / (1 - atStart);
}
