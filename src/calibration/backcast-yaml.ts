import { stringify } from 'yaml';
import type { StaffIndexRow } from '../scenario/staff-by-year.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { backcastWorkforce } from './backcast.js';
import { BACKCAST_LIST_SHARE, backcastStartList, STRAINED_AFTER_2019 } from './backcast-start-list.js';

export const BACKCAST_START_YEAR = 2019;

/**
 * The text of scenarios/backcast-2019.yaml, built from the baseline and data/staff_by_year.csv,
 * so a test can show the shipped file is what the table gives. Regenerate after changing either:
 *   npx tsc -p tsconfig.json && node dist/src/calibration/write-backcast.js
 */
export function backcastYaml(baseline: Scenario, index: readonly StaffIndexRow[]): string {
  const w = backcastWorkforce(baseline, index, BACKCAST_START_YEAR);
  const body = {
    extends: 'national-baseline.yaml',
    name: 'backcast-2019',
    description: 'England from April 2019 to March 2027: staff by year from data/staff_by_year.csv, referral rates counted back from their 2026 reference by their growth rates, and a 2019 starting list; for checking the model against 2019-2025 figures (cgs-sim calibrate --observed) before trusting 2026-2035.',
    run: { startYear: BACKCAST_START_YEAR, years: 8 },
    workforce: { staff: w.staff, recruitment: w.recruitment },
    startWaitingList: backcastStartList(baseline),
  };
  return `${HEADER}${stringify(body, { lineWidth: 0 })}`;
}

/** The comment both back-cast files give their starting list (list lines of a YAML header). */
export const START_LIST_NOTE = `illustrative assumption: the 2026 default list without its strain, scaled by
#   ${BACKCAST_LIST_SHARE} (referral demand in 2019 relative to 2026 at the indications' growth rates, about
#   4.5% a year), same priorities and wait bands. ${STRAINED_AFTER_2019.join(', ')} (Oxford, East Anglia, Bristol) start at the
#   unstrained national list per person (about 70 per 100,000 before scaling), not their 2026 105:
#   their published strain dates from 2022 (Bristol's restricted access) or later, not 2019
#   (src/calibration/backcast-start-list.ts). No published 2019 list exists; replace it with your own.`;

const HEADER = `# yaml-language-server: $schema=./scenario.schema.json
# Question: does the model reproduce 2019-2025 before we trust its 2026-2035? A back-cast from 2019
# (a separate file: the national baseline keeps run.startYear 2026).
# Generated from data/staff_by_year.csv and the default data; test/calibration/backcast.test.ts
# fails if this file and the table drift apart.
# - Referral rates: the 2026 rates of data/indications.csv counted back by their annual growth
#   (indications have referenceYear 2026), so 2019 demand is lower and 2026 rates equal the baseline's.
# - Staff: each CGS's 2026 FTE (staff_baseline.csv) times the role's 2019 share in staff_by_year.csv,
#   then each year's change on 1 April, by network (shared by population) or, for a role only some
#   CGSs have, by CGS; staff reach the 2026 baseline in 2026. Shares are mostly illustrative
#   assumptions (see their sources); genetic counsellors are anchored at about 300 UK in 2022.
# - Starting list: ${START_LIST_NOTE}
# - 2019/20 and 2020/21 include the COVID-19 pandemic, which the model does not represent (no
#   demand shock here): expect it to overstate activity in 2020/21.
# See also scenarios/backcast-2019-pipeline.yaml (supply-pipeline work) for 2019 training-pipeline stocks.
`;
