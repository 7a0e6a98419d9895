import { MAX_ISSUES_SHOWN } from '../errors.js';
import { MAX_EXTENDS_DEPTH } from '../load-scenario.js';
import { BYTES_PER_PATIENT, PEAK_YEARS_HELD } from '../run-size.js';
import { MAX_YAML_ALIASED_VALUES, MAX_YAML_DEPTH } from '../yaml/parse-scenario-yaml.js';
import { MAX_SCENARIO_FILE_BYTES } from '../yaml/read-bounded-file.js';

/** The limits on scenario input, written from the constants that enforce them. */
export const LIMITS = `## Limits

Scenarios are data: anything else is refused before a run starts, with exit status 2. The limits are far
beyond real use and exist so that no accepted scenario can crash, hang or write a value that is not a number.

- **Files.** A scenario file (and every file it \`extends:\`) must be a regular file of at most
  ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MiB: a named pipe, a device or a folder is refused. \`extends:\` chains are at most
  ${MAX_EXTENDS_DEPTH} files long.
- **YAML.** Nesting at most ${MAX_YAML_DEPTH} levels deep. Anchors and aliases may share a value, but an alias must
  come after its anchor and outside it (no cycles), and aliases may copy at most
  ${MAX_YAML_ALIASED_VALUES.toLocaleString('en-GB')} values in all; the message names the line.
- **Reserved names.** \`__proto__\`, \`constructor\` and \`prototype\` are never fields or ids: as a key in a file,
  a part of a \`--set\` path or a key in \`data/\`, they are unknown fields.
- **Ranges.** Every number has an upper bound (see Allowed below): for example at most 50 years,
  100,000 replications, 100 million people per CGS, 10,000 FTE of a role in a CGS or in one staffing change,
  multipliers of 10, delays of 520 weeks, laboratory turnaround of 36,500 days, appointment minutes of 1,000,000; any other quantity at most 1,000,000,000. At most 250 networks, CGSs,
  roles, indications and test types, and 10,000 start-list rows.
- **Run size.** Before a run, the patients one replication could hold at once are estimated as the start
  list plus the ${PEAK_YEARS_HELD} busiest years of referrals (cascades included, as if no one were discharged), at
  ${BYTES_PER_PATIENT} bytes each; the results of every replication likewise; each must fit in a quarter of this machine's
  memory, or the scenario is refused naming the largest CGS or \`run.replications\`. A run expected to take
  over a minute says so before it starts.
- **Messages.** At most ${MAX_ISSUES_SHOWN} problems are listed, then how many more; long lines are cut.
`;
