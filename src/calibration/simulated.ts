import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { meanInterval, type MeanInterval } from '../results/mean-interval.js';
import { measure, metricNames, sumScopeYear } from '../results/measures.js';
import { scopesOf, type Scope } from '../results/scopes.js';
import { ScenarioError, type ScenarioIssue } from '../scenario/errors.js';
import type { Observation } from '../scenario/observed.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { derivedMetric, DERIVED_METRICS } from './derived-metrics.js';

/** Where an observation is compared: the simulated scope and year (a rate from another year is compared with the nearest simulated year). */
export interface Match {
  readonly observation: Observation;
  /** Simulated year compared with, or undefined when the observation cannot be compared (why in `note`). */
  readonly year?: number;
  readonly note: string;
}

/** Rates, shares and waits change slowly from year to year; counts grow with population and demand. */
const isRate = (metric: string): boolean => derivedMetric(metric) !== undefined || metric.startsWith('pct_') || metric.startsWith('utilisation_')
  || metric.includes('wait_weeks') || metric.includes('weeks_to_');

/**
 * Checks each observation's metric and scope against the scenario (unknown ones are errors
 * naming file and row) and decides which simulated year it is compared with. Counts are compared
 * only in their own year; rates and shares, which change slowly, with the nearest simulated year.
 */
export function matchObservations(observations: readonly Observation[], scenario: Scenario, metrics: readonly string[]): Match[] {
  const issues: ScenarioIssue[] = [];
  const first = scenario.run.startYear + scenario.run.warmupYears;
  const last = scenario.run.startYear + scenario.run.years - 1;
  const matches = observations.map((o): Match => {
    const at = (column: string, message: string, received: unknown) => issues.push({ file: o.file, path: `row ${o.row}, column ${column}`, message, received });
    if (!metrics.includes(o.metric) && derivedMetric(o.metric) === undefined) {
      at('metric', `unknown metric; expected a summary.csv metric or one of ${DERIVED_METRICS.map((d) => d.name).join(', ')}`, o.metric);
    }
    const known = o.scope === 'national' ? o.scopeId === 'england' : o.scope === 'network' ? scenario.geography.networks[o.scopeId] !== undefined : scenario.geography.cgs[o.scopeId] !== undefined;
    if (!known) at('scope_id', `unknown ${o.scope} id; expected ${o.scope === 'national' ? 'england' : `one of ${Object.keys(o.scope === 'network' ? scenario.geography.networks : scenario.geography.cgs).join(', ')}`}`, o.scopeId);
    const simulatedScope = o.scope === 'national' ? scenario.geography.includeNetworks === 'all'
      : o.scope === 'network' ? includes(scenario, o.scopeId) : includes(scenario, scenario.geography.cgs[o.scopeId]?.networkId ?? '');
    if (!simulatedScope) return { observation: o, note: `${o.scope === 'national' ? 'a national figure; this scenario simulates only some networks' : `${o.scope} ${o.scopeId} is not simulated in this scenario`}: not compared` };
    if (o.year >= first && o.year <= last) return { observation: o, year: o.year, note: '' };
    if (!isRate(o.metric)) return { observation: o, note: `a count for ${o.year}, outside the simulated years ${first}-${last}: not compared` };
    const year = o.year < first ? first : last;
    return { observation: o, year, note: `a rate for ${o.year} compared with the simulated ${year}` };
  });
  if (issues.length > 0) throw new ScenarioError(issues);
  return matches;
}

const includes = (scenario: Scenario, networkId: string): boolean =>
  scenario.geography.includeNetworks === 'all' || scenario.geography.includeNetworks.includes(networkId);

/** The simulated value of each matched observation, per replication, with its mean and interval. */
export interface Simulated {
  readonly values: Float64Array;
  readonly interval: MeanInterval;
}

/** Scores every observation (every CGS, network and year) from one set of replications. */
export function simulatedValues(config: ModelConfig, runs: readonly ReplicationMetrics[], matches: readonly Match[]): (Simulated | undefined)[] {
  const scopes = scopesOf(config);
  const cache = new Map<string, Map<string, number>[]>();
  return matches.map((m) => {
    if (m.year === undefined) return undefined;
    const scope = findScope(scopes, m.observation);
    if (scope === undefined) return undefined;
    const y = m.year - config.startYear;
    const key = `${scope.scope}|${scope.id}|${y}`;
    let perRun = cache.get(key);
    if (perRun === undefined) {
      perRun = runs.map((r) => measure(config, sumScopeYear(config, r, scope, y), r.weeksPerYear[y]!));
      cache.set(key, perRun);
    }
    const population = scope.cgs.reduce((s, c) => s + config.population[c]!, 0);
    const derived = derivedMetric(m.observation.metric);
    const values = Float64Array.from(perRun, (measured) => {
      const get = (metric: string) => measured.get(metric) ?? Number.NaN;
      return derived ? derived.compute(get, population) : get(m.observation.metric);
    });
    return { values, interval: meanInterval(values) };
  });
}

function findScope(scopes: readonly Scope[], o: Observation): Scope | undefined {
  if (o.scope === 'national') return scopes.find((s) => s.scope === 'national' && s.id === 'england');
  return scopes.find((s) => s.scope === o.scope && s.id === o.scopeId);
}

export { metricNames };
