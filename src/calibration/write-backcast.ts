import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultScenarioFile, packageRoot } from '../package-paths.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { readStaffByYear } from '../scenario/staff-by-year.js';
import { backcastPipelineYaml } from './backcast-pipeline-yaml.js';
import { backcastYaml } from './backcast-yaml.js';

/** Rewrites scenarios/backcast-2019.yaml and backcast-2019-pipeline.yaml from the baseline and data/staff_by_year.csv (a maintainer's step, like `npm run docs`). */
const baseline = await loadScenario(defaultScenarioFile());
const index = await readStaffByYear(join(packageRoot(), 'data', 'staff_by_year.csv'));
writeFileSync(join(packageRoot(), 'scenarios', 'backcast-2019.yaml'), backcastYaml(baseline.scenario, index));
writeFileSync(join(packageRoot(), 'scenarios', 'backcast-2019-pipeline.yaml'), backcastPipelineYaml(baseline.scenario));
