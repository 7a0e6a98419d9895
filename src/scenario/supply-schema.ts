/**
 * Schema of a scenario's `supply:` section: the training pipeline and workforce supply model.
 * Role parameters are defaults for every network; networks set the levers (training places)
 * and the initial stocks, and may override any role parameter.
 */
import { z } from 'zod';
import { distributionSpecSchema } from '../engine/random/distribution-spec.js';
import { formatValue } from '../engine/random/expect.js';

/** The seven Genomic Medicine Service Alliance / Genomic Laboratory Hub geographies (for a section parsed on its own). */
export const NETWORK_IDS = [
  'north_east_yorkshire', 'north_west', 'central_south', 'east', 'south_west', 'north_thames', 'south_east',
] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];

const nonNegative = (what: string) =>
  z.number({ error: `must be ${what} (a finite number >= 0)` }).gte(0, { error: `must be ${what} >= 0, not negative` });
const share = (what: string) =>
  z.number({ error: `must be ${what} in [0, 1]` })
    .gte(0, { error: `must be ${what} in [0, 1], not negative` })
    .lte(1, { error: `must be ${what} in [0, 1] (a share per year, e.g. 0.08 for 8%)` });
const uncertain = <T extends z.ZodNumber>(number: T, what: string) =>
  z.union([number, distributionSpecSchema], { error: `must be ${what}, or a distribution such as {kind: triangular, min, mode, max}` });

const uncertainShare = (what: string) => uncertain(share(what), `${what} in [0, 1]`);
const uncertainNonNegative = (what: string) => uncertain(nonNegative(what), `${what} >= 0`);
const roleId = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'must be a snake_case role id, e.g. genetic_counsellor' });

const roleShape = {
  trainingDurationYears: z.number({ error: 'must be a number of years > 0' }).gt(0, { error: 'must be a number of years > 0' })
    .describe('Length of training, a whole number of steps (4 for clinical genetics from ST3, 3 for the genomic counselling STP).'),
  attritionPerYearShare: uncertainShare('a share of trainees leaving training per year')
    .describe('Share of trainees leaving training each year; completion = (1 - share)^duration. A number or a distribution.'),
  takeUpShare: uncertainShare('a share of qualifiers taking a CGS post')
    .describe('Share of those qualifying who take up a CGS post (the rest work elsewhere).'),
  leaverRatePerYearShare: uncertainShare('a share of qualified headcount leaving per year')
    .describe('Share of qualified headcount leaving each year for reasons other than retirement.'),
  retirementRatePerYearShare: uncertainShare('a share of qualified headcount retiring per year').optional()
    .describe('Share of qualified headcount retiring each year when the role has no ageProfile (0 when absent).'),
  internationalRecruitmentFtePerYear: uncertainNonNegative('FTE recruited per year').optional()
    .describe('FTE recruited from outside the UK each year, per network; when absent, internationalRecruitmentFtePerMillionPerYear × the network\'s population (0 when both are absent).'),
  returnToPracticeFtePerYear: uncertainNonNegative('FTE returning per year').optional()
    .describe('FTE returning to practice (after a career break or time outside the NHS) each year, per network; when absent, the per-million rate × population.'),
  otherRecruitmentFtePerYear: uncertainNonNegative('FTE recruited per year').optional()
    .describe('FTE moving in from other specialties or sectors each year, per network; when absent, the per-million rate × population.'),
  internationalRecruitmentFtePerMillionPerYear: uncertainNonNegative('FTE recruited per million population per year').optional()
    .describe('International recruitment per million population a year, scaled to each network by its population (data/supply_routes.csv).'),
  returnToPracticeFtePerMillionPerYear: uncertainNonNegative('FTE returning per million population per year').optional()
    .describe('Return to practice per million population a year, scaled to each network by its population.'),
  otherRecruitmentFtePerMillionPerYear: uncertainNonNegative('FTE moving in per million population per year').optional()
    .describe('Moves in from other specialties or sectors (e.g. nursing or scientist routes into genetic counselling) per million population a year.'),
  moveRatePerYearShare: uncertainShare('a share of qualified headcount moving network per year').optional()
    .describe('Share of qualified headcount moving to another network each year: a loss to the network, not nationally (moves net to zero). 0 when absent.'),
  ftePerHeadChangePerYear: uncertain(
    z.number({ error: 'must be a change in FTE per head per year in [-0.05, 0.05]' }).gte(-0.05, { error: 'must be >= -0.05 a year' }).lte(0.05, { error: 'must be <= 0.05 a year' }),
    'a change in FTE per head per year in [-0.05, 0.05]',
  ).optional().describe('Change in FTE per head each year: negative when less-than-full-time working grows (0 when absent).'),
  trainingFtePerHead: uncertain(
    z.number({ error: 'must be training FTE per trainee in [0.2, 1]' }).gte(0.2, { error: 'must be training FTE >= 0.2' }).lte(1, { error: 'must be training FTE <= 1' }),
    'training FTE per trainee in [0.2, 1]',
  ).optional().describe('Average FTE at which trainees train; training takes trainingDurationYears / this (0.8 FTE: 1.25 times as long). 1 when absent.'),
  placesFillShare: uncertainShare('a share of commissioned places filled').optional()
    .describe('Share of commissioned training places filled each year (take-up of places). 1 when absent.'),
  attritionByTrainingYearShare: z.array(share('a share of trainees leaving in this year of training')).optional()
    .describe('Attrition in each year of training, first year first; years not given use attritionPerYearShare.'),
  ftePerHead: uncertain(
    z.number({ error: 'must be FTE per head in (0, 1]' }).gt(0, { error: 'must be FTE per head > 0' }).lte(1, { error: 'must be FTE per head <= 1' }),
    'FTE per head in (0, 1]',
  ).optional().describe('Average contracted FTE per head (less-than-full-time working); 1 when absent.'),
  timeToFillMonths: nonNegative('months from qualifying to being in post').optional()
    .describe('Delay from qualifying or being recruited to being in post, a continuous delay exact in its mean (0 when absent).'),
  supervisionHoursPerTraineePerWeek: uncertainNonNegative('supervisor hours per trainee per week').optional()
    .describe('Hours a week of the supervisor role\'s time each trainee takes (reported by `cgs-sim pipeline`).'),
  supervisorRole: roleId.optional().describe('Role whose qualified staff supervise this role\'s trainees (the role itself when absent).'),
  traineeCapacityFactorByYear: z.array(share('a clinical FTE factor per trainee')).optional()
    .describe('Clinical FTE of one trainee in each year of training (reported by the supply model; the service model applies its own factor to trainee roles).'),
};

const ageBandSchema = z.strictObject({
  fromAge: z.number().int({ error: 'must be a whole age in years' }).min(16, { error: 'must be an age >= 16' }).describe('First age of the band (years, inclusive).'),
  toAge: z.number().int({ error: 'must be a whole age in years' }).max(80, { error: 'must be an age <= 80' }).describe('Last age of the band (years, inclusive).'),
  share: share('a share of qualified headcount in the band').describe('Share of qualified headcount in the band at the start.'),
  retirementRatePerYearShare: share('a share of the band retiring per year').describe('Share of the band retiring each year.'),
  source: z.string().optional().describe('Citation or "illustrative assumption: ..." with its reasoning.'),
}).describe('One age band of the starting profile: ages fromAge to toAge, its share of heads and its retirement rate.');

/** Fields that describe the role's people, not a network's posts: one value for every network, so moves keep ages. */
const roleOnlyShape = {
  ageProfile: z.array(ageBandSchema).optional()
    .describe('Starting age profile with retirement by age band (data/supply_age_profile.csv); staff age a year each year and those past the last band retire. Replaces retirementRatePerYearShare.'),
  joinerAgeYears: z.number().min(16).max(80).optional().describe('Age at which joiners enter the qualified stock (with an ageProfile; 32 when absent).'),
};

const roleSchema = z.strictObject({ ...roleShape, ...roleOnlyShape }).describe('Parameters of one supply role (a role id of workforce.roles), shared by every network unless overridden.');

const placesSchema = z.union([
  nonNegative('training places per year'),
  z.record(z.string().regex(/^\d{4}$/, { error: 'must be a calendar year, e.g. 2027' }), nonNegative('training places per year')),
], { error: 'must be training places per year (>= 0) or a schedule {YEAR: places}' });

const leversSchema = z.strictObject({
  trainingPlacesPerYear: placesSchema.describe('The lever: training places starting each year, a number or a schedule {YEAR: places} (each entry holds until the next; the first also covers earlier years).'),
  initialTraineesByYear: z.array(nonNegative('trainees in this year of training')).optional()
    .describe('Trainees (heads) at the start year\'s census by year of training, first year first; missing years are 0.'),
  initialQualifiedHeadcount: nonNegative('qualified headcount in post').optional()
    .describe('Qualified heads in post at the start (0 when absent).'),
  overrides: z.strictObject(roleShape).partial().optional()
    .describe('Role parameters that differ in this network (any field of supply.roles.<id> except ageProfile and joinerAgeYears).'),
}).describe('Training places and starting stocks of one role in one network.');

const stocksSchema = z.strictObject({
  initialTraineesByYear: z.array(nonNegative('trainees in this year of training')).optional()
    .describe('Trainees (heads) at the start year\'s census by year of training, first year first.'),
  initialQualifiedHeadcount: nonNegative('qualified headcount in post').optional().describe('Qualified heads in post at the start year\'s census.'),
  source: z.string().optional().describe('Citation or reasoning.'),
}).describe('Trainees by year of training and qualified heads at a start year\'s census.');

/** What a published anchor counts: qualified heads at the census, trainees started, or places commissioned. */
export const ANCHOR_MEASURES = ['qualified_headcount', 'intake', 'places_commissioned'] as const;

const anchorSchema = z.strictObject({
  year: z.number().int().describe('Calendar (financial) year of the figure.'),
  role: roleId.describe('Qualified role id the figure counts.'),
  measure: z.enum(ANCHOR_MEASURES).describe('qualified_headcount at the census, intake (trainees started) or places_commissioned.'),
  value: z.number().describe('The published figure (heads or places, England).'),
  low: z.number().describe('Lowest value the model may show and still match (the stated tolerance).'),
  high: z.number().describe('Highest value the model may show and still match.'),
  source: z.string().describe('Citation, with how the England figure was derived.'),
}).describe('A published workforce figure with its tolerance.');

/** Fixed staffing (baseline plus recruitment) or staffing from the training pipeline. */
export const SUPPLY_MODES = ['fixed', 'pipeline'] as const;
export type SupplyMode = (typeof SUPPLY_MODES)[number];

const supplyShape = z.strictObject({
  mode: z.enum(SUPPLY_MODES).default('fixed')
    .describe('fixed: staffing is the baseline plus recruitment; pipeline: each supply role\'s FTE (and its trainees\' FTE) over time comes from the training pipeline.'),
  stepsPerYear: z.union([z.literal(1), z.literal(12)], { error: 'must be 1 (yearly) or 12 (monthly)' }).optional()
    .describe('Steps of the supply model per year: 1 (yearly, the default) or 12 (monthly).'),
  hoursPerFtePerWeek: z.number().gt(0, { error: 'must be hours in a full-time week > 0, e.g. 37.5' }).optional()
    .describe('Hours in a full-time week, to turn supervision hours into FTE (37.5 when absent).'),
  limitIntakeBySupervision: z.boolean().default(true)
    .describe('Cap each network\'s yearly intake by the supervision hours its qualified supervisors have reserved in their job plans (workforce.roles.<supervisorRole>.jobPlan.supervisionShare).'),
  roles: z.record(roleId, roleSchema).describe('Supply roles, keyed by the qualified role id (e.g. genetic_counsellor).'),
  // Network keys are checked against geography.networks by `checkSupplyReferences`.
  networks: z.record(z.string(), z.record(roleId, leversSchema).describe('Levers and stocks of one network (a key of geography.networks), by supply role.'))
    .describe('Training places and starting stocks by network and role.'),
  startStocks: z.record(z.string().regex(/^\d{4}$/, { error: 'must be a calendar year, e.g. 2019' }),
    z.record(z.string(), z.record(roleId, stocksSchema).describe('Stocks of one network by supply role.')).describe('Stocks at one start year, by network.'))
    .optional().describe('Starting stocks by start year, network and role (data/supply_start_stocks.csv): a run starting in a listed year (a back-cast) starts from them instead of the networks\' initial stocks.'),
  anchors: z.array(anchorSchema).optional()
    .describe('Published workforce figures the pipeline report compares the projection with (data/supply_anchors.csv).'),
});

export const supplySchema = supplyShape.superRefine(checkFields)
  .describe('Workforce supply: the training pipeline (data/supply_*.csv, data/README-supply.md) and whether it drives staffing (mode).');

export type SupplySection = z.infer<typeof supplySchema>;
export type SupplyRoleSection = z.infer<typeof roleSchema>;
export type SupplyLeversSection = z.infer<typeof leversSchema>;
export type SupplyAnchor = z.infer<typeof anchorSchema>;

type RoleFields = Partial<SupplyRoleSection>;

/** Checks that span fields of the section: roles named exist, durations are whole steps, arrays fit the training. */
function checkFields(section: z.infer<typeof supplyShape>, ctx: z.RefinementCtx): void {
  const stepsPerYear = section.stepsPerYear ?? 1;
  for (const [role, fields] of Object.entries(section.roles)) checkRole(fields, fields, ['roles', role], section, stepsPerYear, ctx);
  for (const [network, roles] of Object.entries(section.networks)) {
    for (const [role, levers] of Object.entries(roles)) {
      const path = ['networks', network, role];
      const defaults = section.roles[role];
      if (defaults === undefined) {
        ctx.addIssue({ code: 'custom', path, input: role, message: `names a role not defined under supply.roles (defined: ${Object.keys(section.roles).join(', ')})` });
        continue;
      }
      const merged = { ...defaults, ...levers.overrides };
      if (levers.overrides) checkRole(levers.overrides, merged, [...path, 'overrides'], section, stepsPerYear, ctx);
      checkYears(levers.initialTraineesByYear, calendarYearsOfTraining(merged), [...path, 'initialTraineesByYear'], ctx);
    }
  }
}

function checkRole(own: RoleFields, merged: RoleFields, path: string[], section: SupplySection, stepsPerYear: number, ctx: z.RefinementCtx): void {
  const duration = merged.trainingDurationYears ?? 1;
  if (own.trainingDurationYears !== undefined && !Number.isInteger(Math.round(duration * stepsPerYear * 1e9) / 1e9)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'trainingDurationYears'], input: duration, message: `must be a whole number of steps (${stepsPerYear} a year), e.g. ${Math.max(1, Math.round(duration))}` });
  }
  if (own.supervisorRole !== undefined && section.roles[own.supervisorRole] === undefined) {
    ctx.addIssue({ code: 'custom', path: [...path, 'supervisorRole'], input: own.supervisorRole, message: 'must name a role defined under supply.roles' });
  }
  checkYears(own.traineeCapacityFactorByYear, duration, [...path, 'traineeCapacityFactorByYear'], ctx);
  checkYears(own.attritionByTrainingYearShare, calendarYearsOfTraining(merged), [...path, 'attritionByTrainingYearShare'], ctx);
  if (own.ageProfile !== undefined) checkAgeProfile(own.ageProfile, [...path, 'ageProfile'], ctx);
  const leave = merged.leaverRatePerYearShare;
  const retire = merged.retirementRatePerYearShare ?? 0;
  if (typeof leave === 'number' && typeof retire === 'number' && leave + retire > 1) {
    ctx.addIssue({ code: 'custom', path: [...path, 'leaverRatePerYearShare'], input: leave, message: `plus retirementRatePerYearShare (${retire}) must not exceed 1` });
  }
}

/** Calendar years a trainee can spend in training: part-time training stretches it (a distribution: up to its floor of 0.2 FTE). */
function calendarYearsOfTraining(fields: RoleFields): number {
  const fte = typeof fields.trainingFtePerHead === 'number' ? fields.trainingFtePerHead : fields.trainingFtePerHead === undefined ? 1 : 0.2;
  return (fields.trainingDurationYears ?? 1) / fte;
}

/** Bands must run from young to old without gaps or overlaps, and their shares add to 1. */
function checkAgeProfile(bands: NonNullable<RoleFields['ageProfile']>, path: string[], ctx: z.RefinementCtx): void {
  bands.forEach((band, i) => {
    if (band.toAge < band.fromAge) ctx.addIssue({ code: 'custom', path: [...path, i, 'toAge'], input: band.toAge, message: `must be >= fromAge (${band.fromAge})` });
    const previous = bands[i - 1];
    if (previous !== undefined && band.fromAge !== previous.toAge + 1) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'fromAge'], input: band.fromAge, message: `must follow the previous band without a gap or overlap (expected ${previous.toAge + 1})` });
    }
  });
  const total = bands.reduce((sum, band) => sum + band.share, 0);
  if (bands.length > 0 && Math.abs(total - 1) > 0.005) {
    ctx.addIssue({ code: 'custom', path, input: total, message: `shares must add to 1 (they add to ${total.toFixed(3)})` });
  }
}

function checkYears(values: readonly number[] | undefined, duration: number, path: string[], ctx: z.RefinementCtx): void {
  // A duration that is not > 0 has its own issue; counting years against it would only add noise.
  if (values !== undefined && duration > 0 && values.length > Math.ceil(duration)) {
    ctx.addIssue({ code: 'custom', path, input: values, message: `must have at most one entry per year of training (${Math.ceil(duration)})` });
  }
}

/**
 * Validates a `supply:` section on its own (outside a scenario); throws one Error listing every
 * problem as `supply.roles.genetic_counsellor.takeUpShare: must be ... (got 1.4)`. Network keys
 * are checked against `networkIds` (the seven GMS networks unless given).
 */
export function parseSupply(value: unknown, path = 'supply', networkIds: readonly string[] = NETWORK_IDS): SupplySection {
  const result = supplySchema.superRefine((section, ctx) => checkNetworks(section, networkIds, [], ctx)).safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => describeIssue(issue, path)).join('\n'));
}

/** The parts of a parsed scenario the supply section refers to. */
interface ScenarioReferences {
  readonly geography: { readonly networks: Readonly<Record<string, unknown>> };
  readonly workforce: { readonly roles: Readonly<Record<string, unknown>> };
  readonly supply?: SupplySection | undefined;
}

/**
 * Scenario-level checks of the supply section: its networks must be keys of
 * `geography.networks` and its roles keys of `workforce.roles` (the qualified role they supply).
 */
export function checkSupplyReferences(scenario: ScenarioReferences, ctx: z.RefinementCtx): void {
  const section = scenario.supply;
  if (section === undefined) return;
  checkNetworks(section, Object.keys(scenario.geography.networks), ['supply'], ctx);
  const roles = Object.keys(scenario.workforce.roles);
  for (const role of Object.keys(section.roles)) {
    if (!roles.includes(role)) {
      ctx.addIssue({ code: 'custom', path: ['supply', 'roles', role], input: role, message: `unknown role '${role}'; a supply role must be one of workforce.roles: ${roles.join(', ')}` });
    }
  }
}

function checkNetworks(section: SupplySection, networkIds: readonly string[], base: string[], ctx: z.RefinementCtx): void {
  for (const network of Object.keys(section.networks)) {
    if (!networkIds.includes(network)) {
      ctx.addIssue({ code: 'custom', path: [...base, 'networks', network], input: network, message: `unknown network '${network}': expected one of ${networkIds.join(', ')}` });
    }
  }
}

function describeIssue(issue: z.core.$ZodIssue, base: string): string {
  const where = [base, ...issue.path.map(String)].filter((part) => part !== '').join('.');
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field(s) ${issue.keys.join(', ')}`;
  const required = issue.code === 'invalid_type' && issue.input === undefined ? 'required; ' : '';
  return `${where}: ${required}${issue.message} (got ${formatValue(issue.input)})`;
}
