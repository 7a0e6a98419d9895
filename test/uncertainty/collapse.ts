import type { Scenario } from '../../src/scenario/schema/scenario.js';

/** Every uncertain input collapsed to a point: no change whatever is drawn. */
export function collapsed(s: Scenario): Scenario {
  const inputs = Object.fromEntries(Object.entries(s.uncertainInputs).map(([path, input]) =>
    [path, { ...input, distribution: { kind: 'deterministic' as const, value: input.effect === 'multiply' ? 1 : 0 } }]));
  return { ...s, uncertainInputs: inputs };
}
