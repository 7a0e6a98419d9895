import type { ModelConfig } from '../../model/model-config.js';
import { C } from '../../model/metrics.js';
import { clinicHoursPerFte, type ScopeYear } from '../../results/measures.js';

/**
 * The analytic rule of thumb NHS analysts use (NHSRwaitinglist, after Fong et al. 2022):
 * weekly capacity needed ≈ demand + ((cv_demand² + cv_capacity²) / 2) × (4 / target wait),
 * with both coefficients of variation 1 (Poisson referrals, exponential-like service) as in
 * that package's defaults. Each role's FTE then scales its hours per patient seen to that
 * capacity. It is a steady-state formula: it does not clear a backlog or see growth within
 * the year, which is why the simulated figure can differ.
 */
export function analyticFte(config: ModelConfig, sums: readonly ScopeYear[], role: number, weeksInYear: number, targetWaitWeeks: number): number {
  let total = 0;
  for (const s of sums) {
    const demandPerWeek = s.counters[C.list_joins]! / weeksInYear;
    const capacityPerWeek = demandPerWeek + ((1 + 1) / 2) * (4 / targetWaitWeeks);
    const seen = s.counters[C.first_appointments]!;
    const hoursPerPatient = seen > 0 ? s.workHours[role]! / seen : 0;
    const perFte = clinicHoursPerFte(config, role, weeksInYear);
    total += perFte > 0 ? (hoursPerPatient * capacityPerWeek * weeksInYear) / perFte : NaN;
  }
  return total / sums.length;
}

/** Mean over replications of the workload-based FTE needed (the run's fte_needed_<role>). */
export function workloadFte(config: ModelConfig, sums: readonly ScopeYear[], role: number, weeksInYear: number): number {
  let total = 0;
  for (const s of sums) total += (s.workHours[role]! + s.backlogHours[role]!) / clinicHoursPerFte(config, role, weeksInYear);
  return total / sums.length;
}

export function availableFte(sums: readonly ScopeYear[], role: number): number {
  return sums.reduce((a, s) => a + s.fte[role]!, 0) / sums.length;
}
