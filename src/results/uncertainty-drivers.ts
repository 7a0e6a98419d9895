/**
 * Which uncertain inputs drive each headline: from the replications of one run (no extra runs),
 * Spearman's rank correlation between each input's draw and the headline's value, ranked by
 * size. Rank correlation needs no assumption of linearity, and unlike rank regression it works
 * with fewer replications than inputs; each input is judged on its own, the others acting as noise.
 */
import type { ResultRow } from './columns.js';
import { UNCERTAINTY_DRIVERS_COLUMNS } from './columns.js';
import { formatNumber as f } from './format.js';
import { spearman } from './rank-correlation.js';
import type { MetricSeries } from './replication-table.js';

/** National final-year metrics whose drivers are ranked (those the report leads with). */
export const DRIVEN_METRICS = ['waiting_list_end', 'pct_within_18_weeks', 'p92_wait_weeks', 'median_weeks_to_diagnosis', 'first_appointments'] as const;

export interface InputDraws {
  /** Input names (uncertainInputs paths), in the order of each replication's draws. */
  readonly names: readonly string[];
  /** draws[replication][input]. */
  readonly draws: readonly (readonly number[])[];
}

/**
 * One row per headline and input, rank 1 the strongest. `beyond_noise` marks correlations larger
 * than 1.96/sqrt(n - 1), what independent draws would exceed 5% of the time.
 */
export function uncertaintyDriverRows(table: readonly MetricSeries[], inputs: InputDraws): ResultRow<typeof UNCERTAINTY_DRIVERS_COLUMNS>[] {
  if (inputs.names.length === 0) return [];
  const national = table.filter((s) => s.scope.scope === 'national');
  if (national.length === 0) return [];
  const year = Math.max(...national.map((s) => s.year));
  const rows: ResultRow<typeof UNCERTAINTY_DRIVERS_COLUMNS>[] = [];
  for (const metric of DRIVEN_METRICS) {
    const series = national.find((s) => s.year === year && s.metric === metric);
    if (series === undefined) continue;
    const kept = [...series.values.keys()].filter((i) => Number.isFinite(series.values[i]!));
    const y = kept.map((i) => series.values[i]!);
    const correlations = inputs.names.map((name, k) => ({ name, rho: spearman(kept.map((i) => inputs.draws[i]![k]!), y) }));
    const ranked = correlations.filter((c) => Number.isFinite(c.rho)).sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.name.localeCompare(b.name));
    const threshold = 1.96 / Math.sqrt(Math.max(1, kept.length - 1));
    ranked.forEach((c, r) => rows.push({
      scope: series.scope.scope, scope_id: series.scope.id, year: String(year), metric, input: c.name,
      rank_correlation: f(c.rho), rank: String(r + 1), n: String(kept.length), beyond_noise: Math.abs(c.rho) > threshold ? 'yes' : 'no',
    }));
  }
  return rows;
}
