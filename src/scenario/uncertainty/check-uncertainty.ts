import type { z } from 'zod';
import type { DemandShock } from '../schema/demand-shocks.js';
import type { UncertainInput } from '../schema/uncertainty.js';

interface Parsed {
  demand: { indications: Record<string, unknown>; shocks: DemandShock[] };
  uncertainInputs: Record<string, UncertainInput>;
}

/**
 * Every shock must name an indication that exists. An uncertain input's path may name nothing
 * (a scenario that removes an optional field, such as unlimited local mental-health places,
 * leaves nothing to vary); test/uncertainty checks that every shipped row names values in the baseline.
 */
export function checkUncertaintyReferences(s: Parsed, ctx: z.RefinementCtx): void {
  const indications = Object.keys(s.demand.indications);
  s.demand.shocks.forEach((shock, i) => {
    if (!indications.includes(shock.indication)) {
      ctx.addIssue({ code: 'custom', path: ['demand', 'shocks', i, 'indication'], input: shock.indication, message: `unknown indication '${shock.indication}'; expected one of ${indications.join(', ')}` });
    }
  });
}
