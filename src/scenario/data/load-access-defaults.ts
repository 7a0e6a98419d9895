import { AGE_BANDS } from '../schema/access.js';
import type { AssumptionBuilder } from './assumption-builder.js';
import type { Row, RowsOf } from './load-defaults.js';
import { id, keyOf, list, nonNegative, parseDecimal, share, text, type TableSpec } from './table-spec.js';

const source = text('source');
const cgs = id('cgs_id', keyOf('cgs.csv', 'cgs_id'));
const indication = id('indication', keyOf('indications.csv', 'indication'));
const ageBand = id('age_band', list(AGE_BANDS, 'an age band'));
// Age shares are stored to three decimals; this matches the schema's own check.
const SHARE_TOLERANCE = 1e-6;

/** Need and access tables (expected-need.ts): checked by the same checker as every default table. */
export const ACCESS_TABLE_SPECS: readonly TableSpec[] = [
  {
    file: 'population_age.csv', key: ['cgs_id', 'age_band'], complete: ['cgs_id', 'age_band'],
    columns: [cgs, ageBand, share('share', 'share of the catchment population'), source],
    totals: [{ column: 'share', by: ['cgs_id'], of: 'sum', equals: 1, tolerance: SHARE_TOLERANCE, what: 'the age-band shares of a CGS' }],
  },
  {
    file: 'referral_age_profile.csv', key: ['indication', 'age_band'], complete: ['indication', 'age_band'],
    columns: [indication, ageBand, nonNegative('relative_rate', 'referral rate relative to the other bands'), source],
    totals: [{ column: 'relative_rate', by: ['indication'], of: 'sum', above: 0, tolerance: 0, what: 'the relative rates of an indication' }],
  },
  {
    // Only CGSs and indications with a need beyond their age structure have a row.
    file: 'need_factors.csv', key: ['cgs_id', 'indication'],
    columns: [cgs, indication, nonNegative('need_factor', 'need relative to the age structure alone'), source],
  },
  {
    file: 'access_criteria.csv', key: ['cgs_id', 'indication'], complete: ['cgs_id', 'indication'],
    columns: [cgs, indication, share('acceptance_share', 'share of need accepted'), source],
  },
  {
    file: 'underserved.csv', key: ['cgs_id'], complete: ['cgs_id'],
    columns: [cgs, share('underserved_share', 'share of the catchment population'), source],
  },
  {
    file: 'access_parameters.csv', key: ['parameter'], complete: ['parameter'],
    columns: [id('parameter', list(['under_referral_gap'], 'under_referral_gap')), share('value', 'share of need not referred'), text('unit'), source],
  },
];

const num = (r: Row, column: string): number => parseDecimal(r[column]!);

/** The access section of the default scenario, from the tables above. */
export function loadAccessDefaults(b: AssumptionBuilder, rowsOf: RowsOf): void {
  const base = ['access'];
  rowsOf('population_age.csv').forEach((r) =>
    b.put([...base, 'populationByAge', r.cgs_id!, r.age_band!], num(r, 'share'), 'share of the catchment population', r.source!));
  rowsOf('referral_age_profile.csv').forEach((r) =>
    b.put([...base, 'referralRateByAge', r.indication!, r.age_band!], num(r, 'relative_rate'), 'relative referral rate', r.source!));
  rowsOf('need_factors.csv').forEach((r) =>
    b.put([...base, 'needFactor', r.cgs_id!, r.indication!], num(r, 'need_factor'), 'need relative to the age structure alone', r.source!));
  rowsOf('access_criteria.csv').forEach((r) =>
    b.put([...base, 'acceptanceShare', r.cgs_id!, r.indication!], num(r, 'acceptance_share'), 'share of need accepted', r.source!));
  rowsOf('underserved.csv').forEach((r) =>
    b.put([...base, 'underservedShare', r.cgs_id!], num(r, 'underserved_share'), 'share of the catchment population', r.source!));
  rowsOf('access_parameters.csv').forEach((r) =>
    b.put([...base, 'underReferralGap'], num(r, 'value'), r.unit!, r.source!));
}
