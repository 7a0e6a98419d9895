import { DAYS_PER_YEAR } from '../engine/time.js';
import type { IndicationConfig } from './model-config.js';

export { mainstreamShareAt } from './mainstreaming.js';

/** Share of an indication's accepted referrals that are complex at a day: a drift, capped. */
export function complexShareAt(ind: IndicationConfig, day: number): number {
  const share = ind.complexShareStart + ind.complexDriftPerYear * (day / DAYS_PER_YEAR);
  return share < 0 ? 0 : share > ind.complexShareMax ? ind.complexShareMax : share;
}
