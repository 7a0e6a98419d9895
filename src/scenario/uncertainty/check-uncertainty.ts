import type { z } from 'zod';
import type { DemandShock } from '../schema/demand-shocks.js';
import type { UncertainInput } from '../schema/uncertainty.js';
import { numericPathsOf } from './input-paths.js';

interface Parsed {
  demand: { indications: Record<string, unknown>; shocks: DemandShock[] };
  uncertainInputs: Record<string, UncertainInput>;
}

/**
 * An uncertain input without `*` must name a number of the scenario (a misspelt path would
 * otherwise widen nothing, silently); one with `*` may match nothing where a scenario drops the
 * feature (no mainstreaming, say). Every shock must name an indication that exists.
 */
export function checkUncertaintyReferences(s: Parsed, ctx: z.RefinementCtx): void {
  for (const pattern of Object.keys(s.uncertainInputs)) {
    if (!pattern.includes('*') && numericPathsOf(s, pattern).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['uncertainInputs', pattern], input: pattern, message: 'names no number of the scenario; expected a path such as demand.indications.*.ratePer100kPerYear' });
    }
  }
  const indications = Object.keys(s.demand.indications);
  s.demand.shocks.forEach((shock, i) => {
    if (!indications.includes(shock.indication)) {
      ctx.addIssue({ code: 'custom', path: ['demand', 'shocks', i, 'indication'], input: shock.indication, message: `unknown indication '${shock.indication}'; expected one of ${indications.join(', ')}` });
    }
  });
}
