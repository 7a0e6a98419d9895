import { z } from 'zod';
import { accessSchema, checkAccessReferences } from './access.js';
import { checkClinicSettingsReferences, clinicSettingsSchema } from './clinic-settings.js';
import { demandSchema } from './demand.js';
import { geographySchema } from './geography.js';
import { appointmentModesSchema, appointmentsSchema, pathwaySchema, testSchema } from './pathway.js';
import { boundedRecord, MAX_TEXT_CHARS, nonNegative, priorityEnum, source, text } from './primitives.js';
import { staffingSchema } from './staffing.js';

/** Rows of the start list: one per CGS, priority and wait band is a few thousand at most. */
export const MAX_START_LIST_ROWS = 10_000;
/** Replications in one run: enough for runs sharded across machines; memory is checked separately. */
export const MAX_REPLICATIONS = 100_000;
import { workforceSchema } from './workforce.js';
import { checkReferences } from './references.js';
import { checkSupplyReferences, supplySchema } from '../supply-schema.js';
import { checkUncertaintyReferences } from '../uncertainty/check-uncertainty.js';
import { UNCERTAINTY_MODES, uncertainInputsSchema } from './uncertainty.js';

export const startWaitingListRowSchema = z.strictObject({
  cgsId: text(),
  priority: priorityEnum,
  waitedWeeksFrom: nonNegative('Lower bound of the time already waited, weeks.', 520),
  waitedWeeksTo: nonNegative('Upper bound of the time already waited, weeks.', 520),
  count: z.number().int('expected a whole number of patients').min(0, 'expected a count >= 0').max(10_000_000, 'expected a count <= 10,000,000'),
  source: source.optional(),
});

export const runSettingsSchema = z.strictObject({
  startYear: z.number().int().min(2000).max(2100).describe('Financial year the run starts (1 April of that year).'),
  years: z.number().int().min(1, 'expected at least 1 year').max(50, 'expected at most 50 years').describe('Years simulated.'),
  seed: z.number().int().min(0).describe('Master random seed.'),
  replications: z.number().int().min(1).max(MAX_REPLICATIONS, `expected at most ${MAX_REPLICATIONS.toLocaleString('en-GB')} replications`).describe('Replications (independent runs with their own random streams).'),
  warmupYears: z.number().int().min(0).max(49).default(0).describe('Years discarded from the statistics (needed only when the run starts from an empty list).'),
  startFromWaitingList: z.boolean().default(true).describe('Start from the observed waiting list (startWaitingList) rather than empty.'),
  uncertainty: z.enum(UNCERTAINTY_MODES).default('none').describe('none: every input at its value, so intervals show simulation noise only; parameters: each uncertain input (uncertainInputs) is drawn once per replication, so intervals include what is not known about the inputs.'),
  seedPathwayCaseload: z.boolean().default(true).describe('Start with the patients a running service has in its pathway (under long-term review, awaiting test results), sized from the first-year flows, rather than none.'),
}).refine((r) => !(r.years >= 1) || r.warmupYears < r.years, { // A bad run.years has its own issue.
  path: ['warmupYears'],
  // A warm-up as long as the run leaves no year to report: refused rather than an empty summary.
  message: 'expected fewer warm-up years than years simulated (run.years), so some years are reported',
});

export const scenarioSchema = z
  .strictObject({
    name: z.string().min(1).max(100, 'expected at most 100 characters (it names the output folder)').regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, 'expected a plain file name: letters, digits, dots, dashes, underscores, not starting with a dot (it names the output folder, so ".", ".." and hidden names are refused)'),
    description: z.string().max(MAX_TEXT_CHARS, `expected at most ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters`).default(''),
    extends: z.string().optional().describe('Scenario file this one changes (path relative to this file).'),
    run: runSettingsSchema,
    geography: geographySchema,
    workforce: workforceSchema,
    demand: demandSchema,
    access: accessSchema.prefault({}).describe('Who is referred: need by age structure, acceptance criteria, under-served communities, and the levers on them.'),
    appointments: appointmentsSchema.describe('Duration and admin minutes by appointment kind and complexity.'),
    appointmentModes: appointmentModesSchema.describe('Mix of face-to-face, video and telephone appointments (a lever).'),
    tests: boundedRecord(testSchema, 250, 'test types').describe('Laboratory test types with their turnaround.'),
    pathway: pathwaySchema,
    clinicSettings: clinicSettingsSchema.optional().describe('Where clinics are held: hub, satellite (outreach) and virtual clinics per CGS, staff travel to satellites and non-attendance by patients\' journey. Absent: every face-to-face clinic at the hub, no travel effect.'),
    startWaitingList: z.array(startWaitingListRowSchema).max(MAX_START_LIST_ROWS, `expected at most ${MAX_START_LIST_ROWS.toLocaleString('en-GB')} rows`).default([]).describe('The waiting list at the start, by CGS, priority and time already waited.'),
    staffing: staffingSchema.prefault({}).describe('How staffing need is reported: the target list size and the years a backlog is cleared over.'),
    supply: supplySchema.optional(),
    uncertainInputs: uncertainInputsSchema,
  })
  .superRefine((s, ctx) => { checkReferences(s, ctx); checkSupplyReferences(s, ctx); checkUncertaintyReferences(s, ctx); checkAccessReferences(s, ctx); checkClinicSettingsReferences(s, ctx); });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
