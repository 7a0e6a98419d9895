/**
 * Rates and shares derived from summary.csv metrics, so published figures (which are rates per
 * population and shares of a pathway, not counts) can be compared with the model as published.
 * Each is computed per replication from that replication's counts, so intervals stay honest.
 */
export interface DerivedMetric {
  readonly name: string;
  readonly meaning: string;
  /** Value from one replication's metrics and the scope's population. */
  readonly compute: (get: (metric: string) => number, population: number) => number;
}

const per100k = (count: number, population: number): number => (population > 0 ? (count / population) * 1e5 : Number.NaN);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : Number.NaN);
const appointments = (get: (metric: string) => number): number =>
  get('first_appointments') + get('results_appointments') + get('follow_up_appointments') + get('review_appointments');
const toCgs = (get: (metric: string) => number): number => get('referrals_received') - get('referrals_mainstreamed');

export const DERIVED_METRICS: readonly DerivedMetric[] = [
  { name: 'referrals_received_per_100k', meaning: 'referrals received (including those mainstreamed) per 100,000 population a year',
    compute: (get, pop) => per100k(get('referrals_received'), pop) },
  { name: 'referrals_accepted_per_100k', meaning: 'referrals the CGS handles itself (not mainstreamed, not closed at triage) per 100,000 a year',
    compute: (get, pop) => per100k(toCgs(get) - get('triage_closed'), pop) },
  { name: 'first_appointments_per_100k', meaning: 'first appointments attended per 100,000 a year',
    compute: (get, pop) => per100k(get('first_appointments'), pop) },
  { name: 'triage_closed_share', meaning: 'share of referrals to the CGS answered by letter or redirected at triage',
    compute: (get) => ratio(get('triage_closed'), toCgs(get)) },
  { name: 'not_booked_share', meaning: 'share of referrals past triage that chose not to book',
    compute: (get) => ratio(get('not_booked'), toCgs(get) - get('triage_closed')) },
  { name: 'dna_share', meaning: 'share of booked appointments not attended',
    compute: (get) => ratio(get('dna'), appointments(get) + get('dna')) },
  { name: 'appointments_per_referral', meaning: 'attended appointments per referral to the CGS',
    compute: (get) => ratio(appointments(get), toCgs(get)) },
  { name: 'waiting_list_per_100k', meaning: 'patients waiting for a first appointment at year end per 100,000',
    compute: (get, pop) => per100k(get('waiting_list_end'), pop) },
];

export const derivedMetric = (name: string): DerivedMetric | undefined => DERIVED_METRICS.find((d) => d.name === name);
