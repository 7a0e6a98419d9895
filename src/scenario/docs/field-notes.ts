/**
 * What the JSON Schema cannot say about a field: its unit (read from the name), where its
 * default comes from, cross-field rules, and descriptions for fields the schema leaves bare.
 * Paths use `<id>` for map keys and `[]` for list items, as in the field reference.
 */

/** Units by field name, first match wins; names carry their units (STYLE.md, practice 7). */
const UNIT_RULES: readonly (readonly [RegExp, string])[] = [
  [/Per100kPerYear$/, 'referrals per 100,000 population per year'],
  [/^hoursPerFtePerWeek$/, 'hours per FTE per week'],
  [/HoursPerTraineeFtePerWeek$/, 'hours per trainee FTE per week'],
  [/HoursPerMainstreamedReferral$/, 'hours per mainstreamed referral'],
  [/PerFteGbp$/, 'GBP per FTE per year'],
  [/DriftPerYear$/, 'change of share per year'],
  [/GrowthShare$/, 'share per year, compounded'],
  [/[sS]hare(Start|Max)?$/, 'share (0–1)'],
  [/MinutesPerCasePerAttendee$/, 'minutes per case per attendee'],
  [/MinutesPerCase$/, 'minutes per case'],
  [/RequestsPerCase$/, 'requests per case'],
  [/RequestsPerReferral$/, 'requests per new referral'],
  [/AttendeesPerCase$/, 'staff per case discussed'],
  [/^trainingHoursPerCase$/, 'hours per mainstreamed case'],
  [/^trainingHoursPerCaseGained$/, 'hours per extra case a year taken on'],
  [/RelativesPerPositive$/, 'relatives per diagnosis'],
  [/SessionsPerReferral$/, 'sessions per referral'],
  [/Minutes$/, 'minutes'],
  [/Weeks(From|To)?$/, 'weeks'],
  [/Days(Mean|Sd)?$/, 'days'],
  [/Months$/, 'months'],
  [/^(startYear|midpointYear|referenceYear)$/, 'financial year (starts 1 April)'],
  [/^years$|Years$/, 'years'],
  [/Factor$/, 'multiplier'],
  [/^staffTravelMinutesPerSatelliteClinic$/, 'minutes per clinic (round trip)'],
  [/^appointmentsPerSatelliteClinic$/, 'appointments per clinic'],
  [/^population$/, 'persons'],
  [/^fte/, 'FTE'],
  [/Date$/, 'date (YYYY-MM-DD)'],
  [/^count$/, 'patients'],
];

const UNIT_BY_PATH: Readonly<Record<string, string>> = {
  'workforce.staff.<id>.<id>': 'FTE',
  'demand.seasonality': 'referral factor by month (mean 1)',
  'pathway.localMentalHealthPlacesPer100kPerYear': 'psychology courses started per 100,000 population per year',
  ...Object.fromEntries(['under_30_min', 'from_30_to_60_min', 'over_60_min', 'virtual'].map((j) => [`clinicSettings.dnaRelativeRisk.${j}`, 'relative risk (1 = under 30 minutes)'])),
};

/** Unit of a field from its name; '' when it has none (ids, labels, flags, counts of things). */
export function unitOf(path: string, isShareRange: boolean): string {
  if (UNIT_BY_PATH[path] !== undefined) return UNIT_BY_PATH[path];
  const name = path.split('.').filter((s) => s !== '<id>').pop()!.replace(/\[\]$/, '');
  for (const [pattern, unit] of UNIT_RULES) if (pattern.test(name)) return unit;
  return isShareRange ? 'share (0–1)' : '';
}

/** Where the default of a field comes from, longest prefix first. */
const DATA_SOURCES: readonly (readonly [string, string])[] = [
  ['workforce.roles.<id>.jobPlan', 'data/job_plans.csv (0 and not ring-fenced where no row)'],
  ['workforce.roles.<id>.mdtAttendeesPerCase', 'data/mdt_attendance.csv (0 where no row)'],
  ['demand.adviceGuidanceRequestsPerReferral', 'data/advice_guidance.csv'],
  ['workforce.roles.<id>.isTrainee', 'true for specialty_registrar and trainee_genetic_counsellor. Trainee posts follow training plans, not demand: staffing need (fte_needed_<role>, solve, pipeline --close-gap-by) takes a trainee role\'s FTE in post as its establishment and counts its supervised work (at its clinicalCapacityFactor) against the qualified roles\' need, its supervisor\'s time against theirs; solve never adds trainee posts unless --roles names them'],
  ['demand.indications.<id>.priorityMix', 'data/priority_mix.csv'],
  ['demand.indications.<id>.channelMix', 'data/channels.csv'],
  ['demand.indications.<id>.mainstreaming', 'data/mainstreaming.csv'],
  ['demand.indications.<id>.referenceYear', 'data/indications.csv (reference_year)'],
  ['demand.indications.<id>.psychologyAssessedAt', 'data/indication_pathway.csv'],
  ['demand.indications.<id>.longTermReviewIntervalMonths', 'data/indication_pathway.csv'],
  ['demand.indications.<id>.longTermManagementYears', 'data/indication_pathway.csv'],
  ['geography.networks', 'data/cgs.csv'],
  ['geography.cgs', 'data/cgs.csv'],
  ['workforce.roles', 'data/roles.csv'],
  ['workforce.staff', 'data/staff_baseline.csv'],
  ['workforce.skillMix', 'data/skill_mix.csv. triage_preparation does the admin minutes of appointments.triage (registering, records, eligibility, outcome letters; genomic associates first), triage the decision (durationMinutes); a scenario without triage_preparation gives it to its triage roles'],
  ['demand.indications', 'data/indications.csv'],
  ['demand.priorities', 'data/priorities.csv'],
  ['demand.seasonality', 'data/seasonality.csv'],
  ['appointmentModes', 'data/appointment_modes.csv'],
  ['appointments', 'data/appointments.csv'],
  ['tests', 'data/test_turnaround.csv'],
  ['pathway', 'data/pathway.csv'],
  ['startWaitingList', 'data/waiting_list_start.csv'],
  ['uncertainInputs', 'data/uncertain_parameters.csv'],
  ['access.populationByAge', 'data/population_age.csv'],
  ['access.referralRateByAge', 'data/referral_age_profile.csv'],
  ['access.needFactor', 'data/need_factors.csv (1 where no row)'],
  ['access.acceptanceShare', 'data/access_criteria.csv'],
  ['access.underservedShare', 'data/underserved.csv'],
  ['access.underReferralGap', 'data/access_parameters.csv'],
  ['access.harmonisedCriteria', 'none; whatif-harmonised-access-criteria.yaml sets it'],
  ['access.communityEngagement', 'none; whatif-community-engagement.yaml sets it'],
  ['access.selfReferral', 'none; whatif-self-referral.yaml sets it'],
  ['clinicSettings.dnaRelativeRisk.under_30_min', 'data/clinic_travel_dna.csv (the reference band, not drawn)'],
  ['clinicSettings.dnaRelativeRisk.source', 'data/clinic_travel_dna.csv'],
  ['clinicSettings.dnaRelativeRisk', 'data/clinic_travel_dna.csv; with run.uncertainty parameters each band\'s relative risk is drawn within its source\'s range (uncertain_parameters.csv)'],
  ['clinicSettings.cgs.<id>.travelBandShares', 'data/clinic_settings.csv; with run.uncertainty parameters the 30–60 and over-60-minute shares move by up to ±0.10 (one draw each for every CGS), taken from or given to the under-30-minute band'],
  ['clinicSettings.cgs.<id>.satelliteShareOfDistant', 'data/clinic_settings.csv; with run.uncertainty parameters × 0 to 3 (capped at 1), one draw for every CGS'],
  ['clinicSettings.cgs.<id>.staffTravelMinutesPerSatelliteClinic', 'data/clinic_settings.csv; with run.uncertainty parameters × 0.5 to 1.5, one draw for every CGS'],
  ['clinicSettings.cgs.<id>.appointmentsPerSatelliteClinic', 'data/clinic_settings.csv; with run.uncertainty parameters 4 to 5 (× 1 to 1.25)'],
  ['clinicSettings.cgs', 'data/clinic_settings.csv'],
  ['clinicSettings.changes', 'none (no change)'],
  ['run.uncertainty', 'none; national-baseline.yaml sets parameters; solve uses none unless given --uncertainty parameters'],
  ['run', 'set in national-baseline.yaml'],
];

/** Sections whose defaults come from several tables (exact paths only). */
const SECTION_SOURCES: Readonly<Record<string, string>> = {
  geography: 'data/cgs.csv',
  workforce: 'data/roles.csv, job_plans.csv, mdt_attendance.csv, staff_baseline.csv, skill_mix.csv',
  demand: 'data/indications.csv and the tables below',
  access: 'data/population_age.csv, referral_age_profile.csv, need_factors.csv, access_criteria.csv, underserved.csv, access_parameters.csv',
  clinicSettings: 'data/clinic_settings.csv, clinic_travel_dna.csv',
};

export function dataSourceOf(path: string): string | undefined {
  if (SECTION_SOURCES[path] !== undefined) return SECTION_SOURCES[path];
  return DATA_SOURCES.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[]`))?.[1];
}

/** Rules checked across fields when a scenario loads (schema refinements and references.ts). */
const RULES: Readonly<Record<string, string>> = {
  'geography.cgs.<id>.networkId': 'a key of geography.networks',
  'geography.includeNetworks': 'keys of geography.networks; at least one CGS simulated',
  'geography.networks': 'at most 250 networks',
  'geography.cgs': 'at most 250 CGSs',
  'geography.cgs.<id>.population': 'the run must fit in memory (see Limits)',
  'workforce.roles': 'at most 250 roles',
  'demand.indications': 'at most 250 indications',
  'tests': 'at most 250 test types',
  'run.warmupYears': '< run.years',
  'run.replications': 'the results must fit in memory (see Limits)',
  'workforce.staff': 'every CGS needs FTE > 0 in some role',
  'workforce.staff.<id>': 'key: a CGS in geography.cgs',
  'workforce.staff.<id>.<id>': 'key: a role in workforce.roles',
  'workforce.skillMix.<id>': 'roles in workforce.roles; no mdt key (MDT time goes to the roles in workforce.roles.<id>.mdtAttendeesPerCase)',
  'workforce.recruitment[]': 'exactly one of cgsId or networkId',
  'workforce.recruitment[].role': 'a key of workforce.roles',
  'workforce.recruitment[].cgsId': 'a key of geography.cgs',
  'workforce.recruitment[].networkId': 'a key of geography.networks',
  'workforce.roles.<id>.jobPlan': 'shares sum to < 1',
  'demand.indications.<id>.priorityMix': 'shares sum to 1',
  'demand.indications.<id>.channelMix': 'shares sum to 1',
  'demand.indications.<id>.testType': 'a key of tests',
  'demand.cascadeIndication': 'a key of demand.indications',
  'appointmentModes': 'shares sum to 1',
  'startWaitingList[].cgsId': 'a key of geography.cgs',
  'startWaitingList[].waitedWeeksTo': '>= waitedWeeksFrom',
  'uncertainInputs': 'a path naming nothing changes nothing; drawn values are checked like a scenario file (shares capped at 1, counts rounded)',
  'demand.shocks[].indication': 'a key of demand.indications',
  'demand.shocks[].to': 'after from; overlapping shocks on one indication multiply',
  'access.populationByAge': 'keys of geography.cgs; each CGS\'s shares sum to 1',
  'access.referralRateByAge': 'keys of demand.indications; at least one band above 0',
  'access.needFactor': 'keys of geography.cgs, then of demand.indications',
  'access.acceptanceShare': 'keys of geography.cgs, then of demand.indications',
  'access.underservedShare': 'keys of geography.cgs',
  'access.harmonisedCriteria.acceptanceShare': 'keys of demand.indications',
  'access.communityEngagement.cgsIds': 'keys of geography.cgs',
  'access.selfReferral.ratePer100kPerYear': 'keys of demand.indications',
  'clinicSettings.cgs': 'keys: CGSs in geography.cgs',
  'clinicSettings.cgs.<id>.travelBandShares': 'shares sum to 1',
  'clinicSettings.changes[]': 'at most one of cgsId or networkId (neither: every CGS)',
  'clinicSettings.changes[].cgsId': 'a key of geography.cgs',
  'clinicSettings.changes[].networkId': 'a key of geography.networks',
};

export const ruleOf = (path: string): string | undefined => RULES[path];

/** Descriptions for fields the schema does not describe, by path pattern. */
const DESCRIPTIONS: readonly (readonly [RegExp, (m: RegExpMatchArray) => string])[] = [
  [/^name$/, () => 'Scenario name; names the output folder. Shipped scenarios use the file name without extension.'],
  [/^description$/, () => 'One or two sentences on what the scenario is, shown in reports.'],
  [/^run$/, () => 'Run settings: period, seed and replications.'],
  [/^geography$/, () => 'Networks and CGSs, and which networks this scenario simulates.'],
  [/^workforce$/, () => 'Roles, baseline staffing, staffing changes and skill mix.'],
  [/^demand$/, () => 'Referral streams, their trends and target waits.'],
  [/^pathway$/, () => 'Patient pathway parameters shared by all indications.'],
  [/^geography\.networks\.<id>$/, () => 'One network, keyed by network id (e.g. north_west).'],
  [/^geography\.cgs\.<id>$/, () => 'One CGS, keyed by CGS id (A–Q).'],
  [/^workforce\.roles\.<id>$/, () => 'One staff role, keyed by role id (e.g. genetic_counsellor).'],
  [/^workforce\.staff\.<id>$/, () => 'Baseline FTE of one CGS (keyed by CGS id), by role id.'],
  [/^workforce\.recruitment\[\]$/, () => 'One staffing change: FTE of a role added at a CGS, or shared across a network by population, from a date.'],
  [/^workforce\.skillMix\.<id>$/, () => 'Roles that may do this activity (a key of the map), most preferred first.'],
  [/\.label$/, () => 'Human-readable name used in reports and logs.'],
  [/^demand\.indications\.<id>$/, () => 'One referral stream, keyed by indication id (e.g. inherited_cancer).'],
  [/\.priorityMix$/, () => 'Shares of referrals by priority (urgent, soon, routine).'],
  [/\.channelMix$/, () => 'Shares of referrals by channel (gp, mainstream_specialty, self_referral).'],
  [/\.complexity$/, () => 'Share of accepted referrals that are complex, and its trend.'],
  [/^demand\.priorities\.(\w+)$/, (m) => `Target for ${m[1]} referrals.`],
  [/^appointments\.(\w+)$/, (m) => `Minutes for ${m[1].replace(/_/g, ' ')} work, by complexity.`],
  [/^appointments\.\w+\.(standard|complex)$/, (m) => `Minutes for ${m[1]} cases.`],
  [/^appointmentModes\.(\w+)$/, (m) => `${m[1].replace(/_/g, ' ')} appointments: share and time factors.`],
  [/^tests\.<id>$/, () => 'One laboratory test type, keyed by test type id (e.g. panel).'],
  [/^startWaitingList\[\]$/, () => 'One band of the starting waiting list: patients at a CGS of one priority who have waited between two bounds.'],
  [/^startWaitingList\[\]\.cgsId$/, () => 'CGS whose list the patients are on.'],
  [/^startWaitingList\[\]\.priority$/, () => 'Priority of the patients in the band.'],
  [/^startWaitingList\[\]\.count$/, () => 'Patients in the band. `cgs-sim calibrate` can scale the whole list (`--fit startWaitingList.scale`) or one CGS\'s.'],
  [/^uncertainInputs\.<id>$/, () => 'One uncertain input, keyed by the scenario path it changes (`*` for every key); one draw per replication applies to every value the path names, so they move together.'],
  [/^clinicSettings\.cgs\.<id>$/, () => 'Where one CGS (keyed by CGS id) holds its clinics: where its patients live, how many distant patients it sees at satellites, and the staff travel a satellite clinic takes.'],
  [/^clinicSettings\.changes\[\]$/, () => 'One change to where clinics are held, from a date: at one CGS, across a network, or everywhere.'],
  [/^demand\.shocks\[\]$/, () => 'One demand shock: the indication\'s referral rate is multiplied from `from` up to (not including) `to`.'],
  [/^access\.populationByAge\.<id>$/, () => 'Age structure of one CGS\'s catchment, keyed by CGS id: shares by age band.'],
  [/^access\.referralRateByAge\.<id>$/, () => 'Relative referral rate by age band for one indication, keyed by indication id.'],
  [/^access\.(needFactor|acceptanceShare)\.<id>$/, (m) => `${m[1] === 'needFactor' ? 'Need factors' : 'Acceptance shares'} of one CGS (keyed by CGS id), by indication id.`],
  [/^access\.(needFactor|acceptanceShare)\.<id>\.<id>$/, (m) => (m[1] === 'needFactor' ? 'Need of the CGS\'s catchment for the indication relative to its age structure alone (1 = no difference).' : 'Share of the need the CGS\'s own criteria accept for the indication.')],
  [/^access\.underservedShare\.<id>$/, () => 'Share of the CGS\'s catchment population in communities historically not reached.'],
  [/^access\.harmonisedCriteria\.acceptanceShare\.<id>$/, () => 'National acceptance share for the indication from fromDate.'],
  [/^access\.selfReferral\.ratePer100kPerYear\.<id>$/, () => 'Extra self-referrals per 100,000 population per year at full scale for the indication.'],
];

export function fallbackDescription(path: string): string {
  for (const [pattern, text] of DESCRIPTIONS) {
    const m = path.match(pattern);
    if (m) return text(m);
  }
  return '';
}
