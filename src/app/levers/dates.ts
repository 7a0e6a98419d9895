import type { Scenario } from '../../scenario/schema/scenario.js';

export interface DateOption {
  readonly value: string;
  readonly label: string;
}

/** 1 April of a financial year, as a scenario date. */
export const aprilFirst = (year: number): string => `${year}-04-01`;

/**
 * The dates a "from" lever offers: 1 April of each year of the run (at least ten years), plus
 * the scenario's own date when it is not one of them, so its baseline is always an option.
 */
export function fromDateOptions(s: Scenario, own?: string): DateOption[] {
  const years = Array.from({ length: Math.max(s.run.years, 10) }, (_, i) => s.run.startYear + i);
  const options = years.map((y) => ({ value: aprilFirst(y), label: `April ${y}` }));
  if (own !== undefined && !options.some((o) => o.value === own)) options.unshift({ value: own, label: own });
  return options;
}

/** A mechanism the scenario does not have starts by default in the run's second year, as recruitment steps do. */
export const defaultFromDate = (s: Scenario): string => aprilFirst(s.run.startYear + 1);
