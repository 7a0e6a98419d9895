import { C } from '../model/metrics.js';

/** Need-and-access summary metrics, in output order. */
export const ACCESS_METRICS = ['expected_referrals', 'access_ratio', 'referrals_per_100k', 'self_referral_scheme'] as const;

/**
 * Access of a scope in one year from its summed counters. access_ratio is new referrals other
 * than cascade relatives (who come from diagnoses, not from the catchment's need) per referral
 * the catchment's population structure would bring at today's national average criteria and
 * reach: 1 means referred as the nation refers today, below 1 under-referred. referrals_per_100k
 * counts every new referral, cascade included, per 100,000 of the population served.
 */
export function accessMeasures(counters: Float64Array): [name: (typeof ACCESS_METRICS)[number], value: number][] {
  const expected = counters[C.expected_referrals]!;
  const population = counters[C.catchment_population]!;
  const received = counters[C.referrals_received]!;
  const direct = received - counters[C.cascade_referrals]!;
  return [
    ['expected_referrals', expected],
    ['access_ratio', expected > 0 ? direct / expected : Number.NaN],
    ['referrals_per_100k', population > 0 ? (received / population) * 1e5 : Number.NaN],
    ['self_referral_scheme', counters[C.self_referral_scheme]!],
  ];
}
