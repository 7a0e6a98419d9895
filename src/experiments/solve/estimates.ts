import type { ModelConfig } from '../../model/model-config.js';
import { C } from '../../model/metrics.js';
import { N_NEED } from '../../model/staffing-need/need-activities.js';
import { fteNeeded } from '../../model/staffing-need/trainee-establishment.js';
import { demandHoursOf, needHoursPerFte, type ScopeYear } from '../../results/measures.js';

/**
 * The analytic rule of thumb NHS analysts use (NHSRwaitinglist, after Fong et al. 2022):
 * weekly capacity needed ≈ demand + ((cv_demand² + cv_capacity²) / 2) × (4 / target wait),
 * with both coefficients of variation 1 (Poisson referrals, exponential-like service) as in
 * that package's defaults. Each role's FTE then scales its hours per patient seen to that
 * capacity, costed at the hours of work demanded per patient joining the list (at the intended
 * skill mix, see model/staffing-need). It is a steady-state formula: it does not clear a backlog or see growth within
 * the year, which is why the simulated figure can differ.
 */
export function analyticFte(config: ModelConfig, sums: readonly ScopeYear[], role: number, weeksInYear: number, targetWaitWeeks: number): number {
  let total = 0;
  for (const s of sums) {
    const demandPerWeek = s.counters[C.list_joins]! / weeksInYear;
    const capacityPerWeek = demandPerWeek + ((1 + 1) / 2) * (4 / targetWaitWeeks);
    const joins = s.counters[C.list_joins]!;
    const hoursPerPatient = joins > 0 ? demandHoursOf(s, role) / joins : 0;
    const perFte = needHoursPerFte(config, role, weeksInYear);
    total += perFte > 0 ? (hoursPerPatient * capacityPerWeek * weeksInYear) / perFte : NaN;
  }
  return total / sums.length;
}

/**
 * Mean over replications of the workload-based FTE needed: the run's recurring need
 * (fte_needed_<role>; a trainee role's establishment, so never a gap) plus the year's backlog
 * clearance (fte_backlog_clearance_<role>).
 */
export function workloadFte(config: ModelConfig, sums: readonly ScopeYear[], role: number, weeksInYear: number): number {
  let total = 0;
  for (const s of sums) total += fteNeeded(config, role, s.demandHours, role * N_NEED, s.fte[role]!, weeksInYear) + s.clearanceHours[role]! / needHoursPerFte(config, role, weeksInYear);
  return total / sums.length;
}

export function availableFte(sums: readonly ScopeYear[], role: number): number {
  return sums.reduce((a, s) => a + s.fte[role]!, 0) / sums.length;
}
