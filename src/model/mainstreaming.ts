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
 * `ceilingShare` (a share of eligible cases), passing close to half of it at `midpointYear`. Rescaling keeps the
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

/** Half a week, in years: the step of the numerical slope of the adoption curve. */
const HALF_WEEK_YEARS = 3.5 / 365.25;

/** Training effort per case: to keep mainstream clinicians' skills, and to build new capacity. */
export interface TrainingEffort {
  readonly trainingHoursPerCase: number;
  readonly trainingHoursPerCaseGained: number;
}

/**
 * CGS training minutes owed for each eligible referral at (fractional) year `year`. With E
 * eligible referrals a year and the share s(t) mainstreamed, mainstream clinicians take on
 * M = E·s cases a year; training costs hPerCase·M to maintain and hGained·E·ds/dt while
 * adoption rises. Charging hPerCase·s + hGained·ds/dt per eligible referral gives exactly
 * that in expectation, falls to the maintenance level at the plateau, and never divides
 * by a share near 0 at the start of adoption.
 */
export function trainingMinutesPerEligibleReferral(curve: AdoptionCurve, effort: TrainingEffort, year: number): number {
  const share = mainstreamShareAt(curve, year);
  const slopePerYear = (mainstreamShareAt(curve, year + HALF_WEEK_YEARS) - mainstreamShareAt(curve, year - HALF_WEEK_YEARS)) / (2 * HALF_WEEK_YEARS);
  return 60 * (effort.trainingHoursPerCase * share + effort.trainingHoursPerCaseGained * Math.max(0, slopePerYear));
}
