import { createHash } from 'node:crypto';
import type { ReplicationPool } from '../experiments/replication-pool.js';
import { compileModel } from '../model/model-config.js';
import { metricNames } from '../results/measures.js';
import { ScenarioError } from '../scenario/errors.js';
import { mergeScenario } from '../scenario/merge.js';
import type { Observation } from '../scenario/observed.js';
import { scenarioSchema, type Scenario } from '../scenario/schema/scenario.js';
import { fitParameters, type FitResult } from './fit.js';
import { residuals } from './objective.js';
import { fitParameter, indicationGroup, type FitParameter, type ScenarioDraft } from './parameters.js';
import { matchObservations, simulatedValues, type Match, type Simulated } from './simulated.js';

/** A quarter of each parameter's range: moving it that far from its input value costs as much as one observation missed by one standard deviation. */
export const PRIOR_SD_BOX = 0.25;

export interface CalibrateOptions {
  /** Replications per evaluation (the same seeds in every evaluation: common random numbers). */
  readonly replications: number;
  readonly seed: number;
  readonly maxEvaluations: number;
  /** --fit specs; empty for the default set. */
  readonly fit: readonly string[];
  readonly onEvaluation?: (evaluations: number, objective: number) => void;
}

export interface Calibration {
  readonly parameters: readonly FitParameter[];
  readonly fit: FitResult;
  readonly matches: readonly Match[];
  readonly before: readonly (Simulated | undefined)[];
  readonly after: readonly (Simulated | undefined)[];
  /** What calibration changed, to layer over the input scenario (calibrated.yaml's content). */
  readonly draft: ScenarioDraft;
  /** Years simulated per evaluation. */
  readonly yearsSimulated: number;
}

/**
 * Fits scenario parameters to observed figures by simulation. Each evaluation runs the scenario,
 * cut to the years the observations need, with the same seeds, and scores every observation
 * (every CGS, network and year) from that one set of replications.
 */
export async function calibrateScenario(scenario: Scenario, observations: readonly Observation[], pool: ReplicationPool, options: CalibrateOptions): Promise<Calibration> {
  const metrics = metricNames(compileModel(scenario));
  const matches = matchObservations(observations, scenario, metrics);
  const lastYear = Math.max(scenario.run.startYear, ...matches.flatMap((m) => (m.year === undefined ? [] : [m.year])));
  const yearsSimulated = lastYear - scenario.run.startYear + 1;
  const parameters = (options.fit.length > 0 ? options.fit : defaultFit(scenario, observations)).map((spec) => fitParameter(spec, scenario));
  const used = matches.filter((m, k) => m.year !== undefined && observations[k]!.weight > 0);
  if (used.length === 0) throw new ScenarioError([{ file: observations[0]?.file ?? '--observed', path: '', message: 'no observation can be compared with this scenario\'s simulated years and scopes (with weight > 0); nothing to fit' }]);
  const simulate = async (values: readonly number[]) => {
    const draft = draftFor(parameters, values);
    const trial = trialScenario(scenario, draft, yearsSimulated, options);
    const hash = createHash('sha256').update(JSON.stringify(trial)).digest('hex');
    const runs = await pool.run(Array.from({ length: options.replications }, (_, i) => ({ scenario: trial, hash, seed: options.seed, replication: i })));
    return simulatedValues(compileModel(trial), runs, matches);
  };
  let evaluations = 0;
  const fit = await fitParameters(parameters, async (values) => {
    const r = residuals(observations, await simulate(values));
    options.onEvaluation?.(++evaluations, r.reduce((s, x) => s + x * x, 0));
    return r;
  }, { maxEvaluations: options.maxEvaluations, jacobianStep: 0.1, priorSdBox: PRIOR_SD_BOX });
  const best = fit.estimates.map((e) => e.value);
  return {
    parameters, fit, matches, yearsSimulated,
    before: await simulate(parameters.map((p) => p.initial)),
    after: await simulate(best),
    draft: draftFor(parameters, best),
  };
}

/** The default set: a referral-rate multiplier per indication group, slot utilisation, and the starting list's size (per CGS where CGS figures exist). */
export function defaultFit(scenario: Scenario, observations: readonly Observation[]): string[] {
  const groups = [...new Set(Object.keys(scenario.demand.indications).map(indicationGroup))];
  const cgsWithFigures = [...new Set(observations.filter((o) => o.scope === 'cgs' && o.weight > 0 && scenario.geography.cgs[o.scopeId] !== undefined).map((o) => o.scopeId))];
  const listScales = scenario.startWaitingList.length === 0 ? []
    : cgsWithFigures.length > 0 ? cgsWithFigures.map((c) => `startWaitingList.scale.${c}`) : ['startWaitingList.scale'];
  return [...groups.map((g) => `demand.rateMultiplier.${g}`), 'pathway.slotUtilisationShare', ...listScales];
}

export function draftFor(parameters: readonly FitParameter[], values: readonly number[]): ScenarioDraft {
  const draft: ScenarioDraft = {};
  parameters.forEach((p, i) => p.apply(draft, values[i]!));
  return draft;
}

function trialScenario(scenario: Scenario, draft: ScenarioDraft, years: number, options: CalibrateOptions): Scenario {
  const merged = mergeScenario(structuredClone(scenario), draft) as Record<string, unknown>;
  merged.run = { ...(merged.run as object), years, replications: options.replications, seed: options.seed };
  const parsed = scenarioSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ScenarioError(parsed.error.issues.map((issue) => ({ file: '--fit', path: issue.path.join('.'), message: issue.message })));
  }
  return parsed.data;
}
