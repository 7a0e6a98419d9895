import { relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { formatNumber as f } from '../results/format.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { Calibration } from './calibrate-scenario.js';
import { observationSd } from './objective.js';

export const FIT_COLUMNS = [
  'year', 'year_simulated', 'scope', 'scope_id', 'metric', 'observed', 'observed_low', 'observed_high', 'confidence', 'weight', 'used_in_fit', 'fit_range_low', 'fit_range_high',
  'simulated_before', 'simulated_mean', 'simulated_ci_low', 'simulated_ci_high', 'difference_share', 'z', 'reproduced', 'note', 'source',
] as const;
export const PARAMETER_COLUMNS = ['parameter', 'meaning', 'initial', 'value', 'ci_low', 'ci_high', 'low_bound', 'high_bound', 'identified', 'why_not', 'trades_off_with'] as const;

/** |z| within which an observation counts as reproduced: inside its own 95% range, allowing for simulation noise. */
export const REPRODUCED_Z = 1.96;

/** Observed against simulated, before and after fitting, one row per observation. */
export function fitRows(c: Calibration): Record<(typeof FIT_COLUMNS)[number], string>[] {
  return c.matches.map((m, k) => {
    const o = m.observation;
    const sim = c.after[k];
    const before = c.before[k];
    const compared = sim !== undefined && Number.isFinite(sim.interval.mean);
    const simSe = compared && sim.interval.n > 1 ? (sim.interval.high - sim.interval.mean) / 1.96 : 0;
    const z = compared ? (sim.interval.mean - o.value) / Math.sqrt(observationSd(o) ** 2 + simSe ** 2) : Number.NaN;
    return {
      year: String(o.year), year_simulated: m.year === undefined ? '' : String(m.year), scope: o.scope, scope_id: o.scopeId, metric: o.metric,
      observed: f(o.value), observed_low: o.low === undefined ? '' : f(o.low), observed_high: o.high === undefined ? '' : f(o.high),
      confidence: o.confidence, weight: f(o.weight), used_in_fit: compared && o.weight > 0 ? 'yes' : 'no',
      // The 95% range the fit gives the figure: its own low-high, else the spread its confidence implies.
      fit_range_low: f(o.low ?? o.value - REPRODUCED_Z * observationSd(o)), fit_range_high: f(o.high ?? o.value + REPRODUCED_Z * observationSd(o)),
      simulated_before: before ? f(before.interval.mean) : '',
      simulated_mean: compared ? f(sim.interval.mean) : '', simulated_ci_low: compared ? f(sim.interval.low) : '', simulated_ci_high: compared ? f(sim.interval.high) : '',
      difference_share: compared && o.value !== 0 ? f((sim.interval.mean - o.value) / o.value) : '',
      z: compared ? f(z) : '', reproduced: compared ? (Math.abs(z) <= REPRODUCED_Z ? 'yes' : 'no') : '',
      note: m.note, source: o.source,
    };
  });
}

export function parameterRows(c: Calibration): Record<(typeof PARAMETER_COLUMNS)[number], string>[] {
  return c.fit.estimates.map((e, i) => ({
    parameter: e.name, meaning: c.parameters[i]!.meaning, initial: f(e.initial), value: f(e.value), ci_low: f(e.ciLow), ci_high: f(e.ciHigh),
    low_bound: f(c.parameters[i]!.low), high_bound: f(c.parameters[i]!.high), identified: e.identified ? 'yes' : 'no', why_not: e.reason, trades_off_with: e.partner ?? '',
  }));
}

/**
 * calibrated.yaml: a scenario that extends the input by a path relative to the folder it is
 * written in, and sets only what calibration changed, with the fitted values and whether the data
 * identify them in comments.
 */
export function calibratedYaml(c: Calibration, input: Scenario, inputFile: string, targetDir: string): string {
  const extendsPath = relative(targetDir, inputFile).split(sep).join('/');
  const header = [
    `# Calibrated by cgs-sim calibrate from ${input.name}; fit.csv and parameters.csv in this folder say how well it fits.`,
    ...c.fit.estimates.map((e) => `#   ${e.name} = ${f(e.value)} (95% interval ${f(e.ciLow)}-${f(e.ciHigh)}; started at ${f(e.initial)})${e.identified ? '' : ` NOT IDENTIFIED: ${e.reason}`}`),
    '# A parameter the data do not identify keeps a fitted value that is one of many equally good ones: treat it as an assumption.',
  ];
  const body = {
    extends: extendsPath,
    name: `${input.name}-calibrated`.slice(0, 100),
    description: `${input.name} with ${c.parameters.map((p) => p.name).join(', ')} fitted to observed figures by cgs-sim calibrate.`,
    ...c.draft,
  };
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 0 })}`;
}
