/**
 * Demand shocks: a dated multiplier on one indication's referral rate (a media surge in
 * family-history referrals, a new test directory entry). Applied once per stream when the
 * arrival process is built, by splitting the monthly rate periods at the shock's dates, so the
 * event loop is untouched and the shock starts and ends on its days, not at month ends.
 */
import { dateToDay } from './calendar-dates.js';
import type { ModelConfig } from './model-config.js';

export interface ShockWindow {
  readonly fromDay: number;
  readonly toDay: number;
  readonly multiplier: number;
}

/** The shocks on one indication, as simulation days from the run's 1 April. */
export function shockWindows(config: ModelConfig, indicationId: string): ShockWindow[] {
  return config.scenario.demand.shocks
    .filter((s) => s.indication === indicationId)
    .map((s) => ({ fromDay: dateToDay(s.from, config.startYear), toDay: dateToDay(s.to, config.startYear), multiplier: s.multiplier }));
}

/** The product of the multipliers of the shocks in force on `day` (overlapping shocks compound). */
export function shockFactorAt(windows: readonly ShockWindow[], day: number): number {
  let factor = 1;
  for (const w of windows) if (day >= w.fromDay && day < w.toDay) factor *= w.multiplier;
  return factor;
}

/**
 * Piecewise rates with the shocks applied: each period is split where a shock begins or ends,
 * and every piece's rate multiplied by the shocks in force in it.
 */
export function applyShocks(periods: { starts: number[]; rates: number[] }, windows: readonly ShockWindow[], horizonDays: number): { starts: number[]; rates: number[] } {
  if (windows.length === 0) return periods;
  const { starts, rates } = periods;
  const cuts = windows.flatMap((w) => [w.fromDay, w.toDay]).filter((d) => d > starts[0]! && d < horizonDays);
  const allStarts = [...new Set([...starts, ...cuts])].sort((a, b) => a - b);
  let period = 0;
  const shockedRates = allStarts.map((day) => {
    while (period + 1 < starts.length && starts[period + 1]! <= day) period++;
    return rates[period]! * shockFactorAt(windows, day);
  });
  return { starts: allStarts, rates: shockedRates };
}
