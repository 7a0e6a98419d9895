/** Parameters of an adoption curve, in financial years. */
export interface AdoptionCurve {
  readonly startYear: number;
  readonly midpointYear: number;
  readonly ceilingShare: number;
}

/** ln(19): the unscaled logistic is at 5% of its ceiling at the start year. */
const LN_19 = Math.log(19);

/**
 * Share of referrals handled by mainstream clinicians in (fractional) year `year`: zero before
 * `startYear`, then a logistic curve rescaled to start at exactly 0 and approach
 * `ceilingShare`, passing close to half of it at `midpointYear`. Rescaling keeps the
 * start-year value 0, so turning mainstreaming on never changes the years before it starts.
 * Runs once per referral, so it allocates nothing.
 */
export function mainstreamShareAt(curve: AdoptionCurve, year: number): number {
  if (year < curve.startYear || curve.ceilingShare === 0) return 0;
  const span = curve.midpointYear - curve.startYear;
  if (span <= 0) return curve.ceilingShare;
  const steepness = span / LN_19;
  // The same expression at the start year, so the share there is exactly 0 (about 1/20 of the way up).
  const atStart = 1 / (1 + Math.exp(-(curve.startYear - curve.midpointYear) / steepness));
  const now = 1 / (1 + Math.exp(-(year - curve.midpointYear) / steepness));
  return Math.max(0, (curve.ceilingShare * (now - atStart)) / (1 - atStart));
}
