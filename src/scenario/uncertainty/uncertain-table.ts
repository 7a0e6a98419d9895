/**
 * data/uncertain_parameters.csv: the range of every illustrative input, in the supply model's
 * format for uncertain parameters (supply_routes.csv): low < high becomes a triangular
 * distribution with its mode at "no change" (1 to multiply, 0 to add); low = high is a known number.
 */
import type { DistributionSpec } from '../../engine/random/distribution-spec.js';
import { INPUT_EFFECTS, INPUT_PATH_PATTERN, type InputEffect, type UncertainInput } from '../schema/uncertainty.js';
import type { AssumptionBuilder } from '../data/assumption-builder.js';
import { id, list, number, parseDecimal, text, type TableSpec } from '../data/table-spec.js';

export const UNCERTAIN_DISTRIBUTIONS = ['triangular', 'uniform'] as const;
const NO_CHANGE: Record<InputEffect, number> = { multiply: 1, add: 0 };

function rowRule(cells: Readonly<Record<string, string>>): { column: string; message: string } | undefined {
  if (!INPUT_PATH_PATTERN.test(cells.path!)) return { column: 'path', message: 'expected a scenario path such as demand.indications.*.ratePer100kPerYear' };
  const effect = cells.effect as InputEffect;
  const [low, high] = [parseDecimal(cells.low!), parseDecimal(cells.high!)];
  if (cells.distribution === 'triangular' && !(low <= NO_CHANGE[effect] && NO_CHANGE[effect] <= high)) {
    return { column: 'low', message: `expected low <= ${NO_CHANGE[effect]} <= high: a triangular range has its mode at no change (${effect} by ${NO_CHANGE[effect]})` };
  }
  return undefined;
}

export const UNCERTAIN_PARAMETERS_TABLE: TableSpec = {
  file: 'uncertain_parameters.csv', key: ['path'],
  columns: [
    text('path'), id('effect', list(INPUT_EFFECTS, 'an effect')), id('distribution', list(UNCERTAIN_DISTRIBUTIONS, 'a distribution')),
    number('low', 'factor or amount'), number('high', 'factor or amount'), text('source'),
  ],
  ordered: [['low', 'high']],
  rowRule,
};

export function inputDistribution(effect: InputEffect, kind: string, low: number, high: number): DistributionSpec {
  if (low === high) return { kind: 'deterministic', value: low };
  return kind === 'uniform' ? { kind: 'uniform', min: low, max: high } : { kind: 'triangular', min: low, mode: NO_CHANGE[effect], max: high };
}

/** Puts each row under `uncertainInputs` and lists it in assumptions.csv. */
export function loadUncertainInputs(b: AssumptionBuilder, rows: readonly Readonly<Record<string, string>>[]): void {
  b.put(['uncertainInputs'], {}, '', '');
  for (const r of rows) {
    const effect = r.effect as InputEffect;
    const [low, high] = [parseDecimal(r.low!), parseDecimal(r.high!)];
    const input: UncertainInput = { effect, distribution: inputDistribution(effect, r.distribution!, low, high), source: r.source! };
    b.put(['uncertainInputs', r.path!], input, '', '');
    const range = low === high ? `${effect} by ${low}` : `${effect} by ${r.distribution} ${low} to ${high}`;
    b.assumptions.push({ path: `uncertainInputs.${r.path}`, value: range, unit: effect === 'multiply' ? 'factor' : 'amount added', source: r.source! });
  }
}
