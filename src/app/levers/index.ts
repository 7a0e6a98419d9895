import { deepFreeze, mergeScenario, type Plain } from '../../scenario/merge.js';
import { scenarioSchema, type Scenario } from '../../scenario/schema/scenario.js';
import { communityEngagementLevers, harmonisedCriteriaLevers, selfReferralLevers } from './access-levers.js';
import { bookingLevers } from './booking-levers.js';
import { clinicSettingsLevers } from './clinic-settings-levers.js';
import { complexDemandLevers, mainstreamingLevers } from './demand-levers.js';
import { changed, type LeverGroup, type LeverValue } from './lever-types.js';
import { familyHistoryLevers, followUpLevers, longTermLevers } from './pathway-levers.js';
import { recruitmentLevers } from './recruitment-levers.js';
import { runLevers } from './run-levers.js';
import { poolingLevers, psychologyLevers, virtualFirstLevers } from './service-levers.js';
import { staffLevers } from './staff-levers.js';
import { trainingLevers } from './supply-levers.js';

export type { LeverDef, LeverGroup, LeverValue } from './lever-types.js';
export { runSettings } from './run-levers.js';

/** Every lever group the page offers for a scenario, in the order shown. New levers are added here. */
export function leverGroups(s: Scenario): LeverGroup[] {
  return [
    runLevers(s), staffLevers(s), recruitmentLevers(s), mainstreamingLevers(s), complexDemandLevers(s),
    harmonisedCriteriaLevers(s), communityEngagementLevers(s), selfReferralLevers(s),
    virtualFirstLevers(s), clinicSettingsLevers(s), bookingLevers(s), familyHistoryLevers(s), followUpLevers(s), longTermLevers(s),
    poolingLevers(s), psychologyLevers(s), trainingLevers(s),
  ].filter((g): g is LeverGroup => g !== undefined);
}

/** The scenario changes the lever values ask for: a partial scenario to layer on the source one. */
export function leverOverrides(groups: readonly LeverGroup[], values: ReadonlyMap<string, LeverValue>): Plain {
  const over: Plain = {};
  for (const group of groups) if (group.levers.some((l) => changed(values, l))) group.apply(values, over);
  return over;
}

export type Applied = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The source scenario with `over` layered on and validated as `cgs-sim` validates a file that
 * `extends:` it: objects merge key by key, lists replace.
 */
export function applyOverrides(source: Scenario, over: Plain): Applied {
  const parsed = scenarioSchema.safeParse(mergeScenario(source, over));
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, scenario: deepFreeze(parsed.data) };
}
