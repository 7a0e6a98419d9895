import { stringify } from 'yaml';
import type { Scenario } from '../scenario/schema/scenario.js';
import { backcastStartList } from './backcast-start-list.js';
import { BACKCAST_START_YEAR, START_LIST_NOTE } from './backcast-yaml.js';

/**
 * The text of scenarios/backcast-2019-pipeline.yaml: the supply back-cast, with the 2019 starting
 * list of backcast-2019.yaml so the service model run beside the pipeline does not start 2019 from
 * the 2026 list (and its strain). Regenerated with backcast-2019.yaml (write-backcast.ts).
 */
export function backcastPipelineYaml(baseline: Scenario): string {
  const body = {
    extends: 'national-baseline.yaml',
    name: 'backcast-2019-pipeline',
    description: 'Workforce supply back-cast from 2019 to 2026 with the default training places history and routes in and out, for checking against the published workforce anchors (about 300 UK genetic counsellors in 2022; 15 and 10 genomic counselling STP starts in 2016-17 and 2017-18; 12 ST3 clinical genetics posts in 2017).',
    run: { startYear: BACKCAST_START_YEAR, years: 8, replications: 5 },
    startWaitingList: backcastStartList(baseline),
  };
  return `${HEADER}${stringify(body, { lineWidth: 0 })}`;
}

const HEADER = `# yaml-language-server: $schema=./scenario.schema.json
# Question: run from 2019 with the shipped defaults, does the workforce supply model reproduce the
# published workforce figures for 2016-2022 and reach today's establishment by 2026?
# Back-cast of the workforce supply from 2019: the training pipeline starts from the 2019 stocks in
# data/supply_start_stocks.csv and the intake history in data/supply_places_history.csv, with the
# default routes in and out (data/supply_routes.csv). \`cgs-sim pipeline\` on this file shows the
# projection against the published anchors (data/supply_anchors.csv) in its report.
# Changes from national-baseline: run.startYear 2019, 8 years (2019/20 to 2026/27), 5 replications,
# and the 2019 starting list of backcast-2019.yaml.
# - Starting list: ${START_LIST_NOTE}
# The service model still uses today's staffing for the FTE need, so only the supply side of this
# back-cast is meant to be compared with published figures.
# Generated with backcast-2019.yaml: npx tsc -p tsconfig.json && node dist/src/calibration/write-backcast.js
# (test/calibration/backcast.test.ts fails if this file and the generator drift apart).
`;
