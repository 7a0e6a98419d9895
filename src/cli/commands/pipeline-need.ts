import type { ReplicationMetrics } from '../../model/metrics.js';
import type { ModelConfig } from '../../model/model-config.js';
import { measure, sumScopeYear } from '../../results/measures.js';
import { scopesOf } from '../../results/scopes.js';
import type { FteNeed } from '../../supply/index.js';

/**
 * The FTE each network needs, by role and year: the one place the pipeline takes its definition
 * of need from (`--close-gap-by` and `--allocate-places` both use it), so the staffing-need work
 * can swap in recurring need from demand without touching the pipeline.
 *
 * Today it is the mean over replications of the service model's `fte_needed_<role>`: the clinic
 * work done plus the backlog above the target list size.
 */
export function fteNeedOf(config: ModelConfig, runs: readonly ReplicationMetrics[]): FteNeed {
  const means = new Map<string, number>();
  const networks = scopesOf(config).filter((scope) => scope.scope === 'network');
  for (let y = config.scenario.run.warmupYears; y < config.years; y++) {
    for (const scope of networks) {
      const perRun = runs.map((m) => measure(config, sumScopeYear(config, m, scope, y), m.weeksPerYear[y]!));
      for (const role of config.roleIds) {
        const values = perRun.map((v) => v.get(`fte_needed_${role}`)!).filter(Number.isFinite);
        const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
        means.set(`${config.startYear + y}|${scope.id}|${role}`, mean);
      }
    }
  }
  return (year, network, role) => means.get(`${year}|${network}|${role}`) ?? NaN;
}
