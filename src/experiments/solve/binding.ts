import { DAYS_PER_WEEK } from '../../engine/time.js';
import { formatNumber as f } from '../../results/format.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { availableFte } from './estimates.js';
import type { Evaluation } from './evaluate.js';
import type { Candidate, SearchOptions } from './search.js';
import { targetHolds } from './targets.js';

/** How many times today's staff the check of an unreachable target simulates. */
const STAFF_MULTIPLE = 3;

/**
 * What stops the targets being met, found by simulation rather than guessed: the unit is run
 * with 3× the allowed roles' staff, then with 3× every role's, from the first year. If the
 * first meets the targets, the search bound bound; if only the second, roles that may not be
 * added do; if neither, staff capacity does not limit the metric, and the delays outside
 * staff time are named with their sizes.
 */
export async function bindingConstraint(
  base: Scenario, o: SearchOptions, first: Map<number, Evaluation>, run: (c: Candidate) => Promise<Map<number, Evaluation>>,
): Promise<string> {
  const roles = Object.keys(base.workforce.roles);
  const meets = (e: Map<number, Evaluation>) => o.yearIndices.every((y) => o.targets.every((t) => targetHolds(t, e.get(y)!.intervals.get(t.metric)!)));
  const fteNow = (e: Map<number, Evaluation>, r: string) => availableFte(e.get(0)!.sums, roles.indexOf(r));
  const tripled = (which: readonly string[]): Candidate => ({ extra: new Map(which.map((r) => [r, (STAFF_MULTIPLE - 1) * fteNow(first, r)])), from: 0 });
  const allowed = await run(tripled(o.roles));
  if (meets(allowed)) return `the search bound (--max-extra-fte-share ${o.maxExtraShare}) was reached: with ${STAFF_MULTIPLE}× the allowed roles' staff the targets hold, so raise the bound`;
  const others = roles.filter((r) => !o.roles.includes(r) && fteNow(first, r) > 0);
  const every = others.length > 0 ? await run(tripled(roles)) : allowed;
  if (meets(every)) return `roles that may not be added limit it: with ${STAFF_MULTIPLE}× every role's staff the targets hold, with ${STAFF_MULTIPLE}× only ${o.roles.join(', ')} they do not (add roles with --roles ${[...o.roles, ...others].join(',')})`;
  const year = o.yearIndices.find((y) => !o.targets.every((t) => targetHolds(t, every.get(y)!.intervals.get(t.metric)!)))!;
  const achieved = o.targets.map((t) => {
    const v = every.get(year)!.intervals.get(t.metric)!;
    return `${t.metric} reaches ${f(v.mean)} (95% CI ${f(v.low)}–${f(v.high)})`;
  }).join(', ');
  return `even with ${STAFF_MULTIPLE}× every role's staff from ${base.run.startYear}, ${achieved} in ${base.run.startYear + year} (checked by simulation): ` +
    `staff capacity does not limit it. Delays outside staff time: ${delays(base)}`;
}

/** The fixed delays of the pathway a patient waits through whatever the staffing. */
function delays(s: Scenario): string {
  const p = s.pathway;
  const tests = Object.entries(s.tests).map(([id, t]) => `${id} ${f(t.turnaroundDaysMean / DAYS_PER_WEEK)}`).join(', ');
  return `triage ${f(p.triageDays)} days, family-history preparation ${f(p.familyHistoryWeeks)} weeks for ${f(p.familyHistoryShare * 100)}% of patients, ` +
    `booking ${f(p.bookingLeadWeeks)} weeks ahead, laboratory turnaround (mean weeks) ${tests}`;
}
