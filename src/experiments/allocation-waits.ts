import { createHash } from 'node:crypto';
import { measure, sumScopeYear } from '../results/measures.js';
import { scopesOf } from '../results/scopes.js';
import { scenarioSchema, type Scenario } from '../scenario/schema/scenario.js';
import { withPlacesFrom } from '../supply/index.js';
import type { ReplicationPool } from './replication-pool.js';
import { runScenario } from './run-scenario.js';

/** Training places a year from `fromYear`, by network and then by supply role (qualified role id). */
export type PlacesByNetwork = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** A named split of training places; `places` undefined keeps the scenario's own schedule. */
export interface PlacesSplit {
  readonly name: string;
  readonly places?: PlacesByNetwork;
}

/** What the service model gives one network in the final year under one split (means over replications). */
export interface SplitWaits {
  readonly split: string;
  readonly network: string;
  readonly year: number;
  readonly replications: number;
  readonly medianWaitWeeks: number;
  readonly pctWithin18Weeks: number;
  readonly waitingListEnd: number;
}

/**
 * The scenario with staffing from the training pipeline (`supply.mode: pipeline`) and, when
 * `places` is given, those places a year from `fromYear` in place of the scheduled ones (the
 * schedule before `fromYear` is kept, so the start stocks and earlier intakes are the same).
 */
export function scenarioWithPlaces(base: Scenario, fromYear: number, places: PlacesByNetwork | undefined): { scenario: Scenario; hash: string } {
  if (base.supply === undefined) throw new Error(`${base.name}: the scenario has no supply section, so training places cannot change its staffing`);
  const draft = structuredClone(base) as Scenario & { supply: { mode: string } };
  draft.supply.mode = 'pipeline';
  for (const [network, roles] of places ?? []) {
    for (const [role, count] of roles) {
      const levers = draft.supply.networks[network]?.[role];
      if (levers === undefined) throw new Error(`${base.name}: supply.networks.${network}.${role} is not in the scenario, so its places cannot be set`);
      levers.trainingPlacesPerYear = withPlacesFrom(levers.trainingPlacesPerYear, fromYear, count);
    }
  }
  const scenario = scenarioSchema.parse(draft);
  return { scenario, hash: createHash('sha256').update(JSON.stringify(scenario)).digest('hex') };
}

/**
 * Runs the service model once per split, each with the same seed and replication numbers
 * (common random numbers: the splits differ only in their staffing, so the difference between
 * them is not sampling noise between different random streams), and returns each network's
 * median wait, share waiting under 18 weeks and waiting list in the final year.
 */
export async function allocationWaits(base: Scenario, splits: readonly PlacesSplit[], pool: ReplicationPool,
  options: { readonly fromYear: number; readonly replications: number; readonly seed: number; readonly onProgress?: (done: number, total: number) => void }): Promise<SplitWaits[]> {
  const out: SplitWaits[] = [];
  const total = splits.length * options.replications;
  for (const [k, split] of splits.entries()) {
    const { scenario, hash } = scenarioWithPlaces(base, options.fromYear, split.places);
    const { config, runs } = await runScenario(scenario, hash, pool, { replications: options.replications, precision: 1, maxReplications: options.replications, seed: options.seed },
      (done) => options.onProgress?.(k * options.replications + done, total));
    const y = config.years - 1;
    for (const scope of scopesOf(config).filter((s) => s.scope === 'network')) {
      const measured = runs.map((m) => measure(config, sumScopeYear(config, m, scope, y), m.weeksPerYear[y]!));
      const mean = (metric: string) => {
        const values = measured.map((v) => v.get(metric)!).filter(Number.isFinite);
        return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
      };
      out.push({
        split: split.name, network: scope.id, year: config.startYear + y, replications: runs.length,
        medianWaitWeeks: mean('median_wait_weeks'), pctWithin18Weeks: mean('pct_within_18_weeks'), waitingListEnd: mean('waiting_list_end'),
      });
    }
  }
  return out;
}

/** Spread between networks (largest less smallest) of one metric under one split. */
export function spreadBetweenNetworks(rows: readonly SplitWaits[], split: string, field: 'medianWaitWeeks' | 'pctWithin18Weeks' | 'waitingListEnd'): number {
  const values = rows.filter((r) => r.split === split).map((r) => r[field]).filter(Number.isFinite);
  return values.length > 0 ? Math.max(...values) - Math.min(...values) : NaN;
}
