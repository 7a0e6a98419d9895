/**
 * Schema of parameter uncertainty: which inputs are uncertain (`uncertainInputs`) and whether a
 * run draws them (`run.uncertainty`). An uncertain input takes the supply model's format for
 * uncertain parameters, a distribution spec such as `{kind: triangular, min, mode, max}` drawn
 * once per replication from its own named stream; here the draw changes a scenario value
 * (multiplies it, or adds to it), so one range serves every scenario that changes the value.
 */
import { z } from 'zod';
import { distributionSpecSchema } from '../../engine/random/distribution-spec.js';
import { source } from './primitives.js';

/** none: inputs at their values, intervals show simulation noise only; parameters: inputs drawn per replication. */
export const UNCERTAINTY_MODES = ['none', 'parameters'] as const;
export type UncertaintyMode = (typeof UNCERTAINTY_MODES)[number];

/** How a draw changes the values it applies to. */
export const INPUT_EFFECTS = ['multiply', 'add'] as const;
export type InputEffect = (typeof INPUT_EFFECTS)[number];

/** A scenario path whose segments may be `*` (every key or list entry at that level). */
export const INPUT_PATH_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z0-9_]+|\*))*$/;

export const uncertainInputSchema = z.strictObject({
  effect: z.enum(INPUT_EFFECTS).describe('multiply: every value the path names is multiplied by the draw (a range such as 0.8 to 1.2); add: the draw is added (years, say).'),
  distribution: distributionSpecSchema.describe('The draw\'s distribution, as for uncertain supply parameters, e.g. {kind: triangular, min: 0.8, mode: 1, max: 1.2}; {kind: deterministic, value: 1} fixes it.'),
  source: source,
});

export const uncertainInputsSchema = z.record(
  z.string().max(300, { error: 'expected a path of at most 300 characters' }).regex(INPUT_PATH_PATTERN, { error: 'expected a scenario path such as demand.indications.*.ratePer100kPerYear (`*` for every key)' }),
  uncertainInputSchema,
).refine((r) => Object.keys(r).length <= 1000, { error: 'expected at most 1000 uncertain inputs' }).default({}).describe('Uncertain inputs by scenario path (data/uncertain_parameters.csv): each is one draw per replication, from its own stream, applied to every value its path names. Used when run.uncertainty is parameters.');

export type UncertainInput = z.infer<typeof uncertainInputSchema>;
