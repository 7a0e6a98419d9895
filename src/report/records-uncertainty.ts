import { UNCERTAINTY_DRIVERS_COLUMNS } from '../results/columns.js';
import { cells, type CsvRow } from './read-csv.js';

/** One row of uncertainty_drivers.csv. */
export interface UncertaintyDriverRow {
  readonly scope: string;
  readonly scopeId: string;
  readonly year: number;
  readonly metric: string;
  readonly input: string;
  readonly rankCorrelation: number;
  readonly rank: number;
  readonly n: number;
  readonly beyondNoise: boolean;
}

export const toUncertaintyDriver = (r: CsvRow): UncertaintyDriverRow => {
  const c = cells(r, UNCERTAINTY_DRIVERS_COLUMNS);
  return {
    scope: c.str('scope'), scopeId: c.str('scope_id'), year: c.num('year'), metric: c.str('metric'), input: c.str('input'),
    rankCorrelation: c.num('rank_correlation'), rank: c.num('rank'), n: c.num('n'), beyondNoise: c.str('beyond_noise') === 'yes',
  };
};
