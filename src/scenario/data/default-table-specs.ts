import { PSYCHOLOGY_ACCESS } from '../schema/geography.js';
import { camelCase } from '../naming.js';
import { PSYCHOLOGY_ASSESSED_AT } from '../schema/demand.js';
import { pathwaySchema } from '../schema/pathway.js';
import {
  ACTIVITIES, APPOINTMENT_KINDS, APPOINTMENT_MODES, CHANNELS, COMPLEXITIES, DEMAND_DRIVEN_ACTIVITIES, PRIORITIES, RESERVED_ACTIVITIES,
} from '../schema/primitives.js';
import { channelList } from './load-mainstreaming-defaults.js';
import {
  count, id, keyOf, list, nonNegative, number, parseDecimal, positive, share, text, type ColumnSpec, type TableSpec,
} from './table-spec.js';

// Shares that must add to 1 are stored to a few decimals; this matches the schema's own check.
import { UNCERTAIN_PARAMETERS_TABLE } from '../uncertainty/uncertain-table.js';
import { ACCESS_TABLE_SPECS } from './load-access-defaults.js';
import { CLINIC_SETTINGS_TABLES } from './load-clinic-settings.js';

const SHARE_TOLERANCE = 1e-6;
// Monthly factors rounded to two decimals can miss a mean of 1 by up to 0.005.
const SEASONALITY_TOLERANCE = 0.005;
// Years of an adoption curve: wide enough for programmes that started long ago or start decades ahead.
const year = (name: string, integer: boolean): ColumnSpec => number(name, 'financial year', { min: 1950, max: 2100, integer });

const source = text('source');
const cgs = id('cgs_id', keyOf('cgs.csv', 'cgs_id'));
const role = id('role', keyOf('roles.csv', 'role'));
const indication = id('indication', keyOf('indications.csv', 'indication'));
const priority = id('priority', list(PRIORITIES, 'a priority'));

// `Per100k` becomes `_per_100k`, as in the tables' column names (camelCase drops the underscores again).
const snakeCase = (camel: string): string => camel.replace(/([a-z])(\d)/g, '$1_$2').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const pathwayFields = Object.keys(pathwaySchema.shape).filter((key) => key !== 'source');
/** pathway.csv parameters: every field of `pathway:` in snake_case. */
export const PATHWAY_PARAMETERS = pathwayFields.map(snakeCase);
/** Those without a schema default, which the table must give. */
export const REQUIRED_PATHWAY_PARAMETERS = pathwayFields
  .filter((key) => !pathwaySchema.shape[key as keyof typeof pathwaySchema.shape].safeParse(undefined).success)
  .map(snakeCase);

/** Each pathway parameter has its own range (a share, a positive number of weeks): its schema field's. */
function pathwayValueRule(cells: Readonly<Record<string, string>>): { column: string; message: string } | undefined {
  const field = pathwaySchema.shape[camelCase(cells.parameter!) as keyof typeof pathwaySchema.shape];
  const parsed = field.safeParse(parseDecimal(cells.value!));
  return parsed.success ? undefined : { column: 'value', message: `${parsed.error.issues[0]!.message} for ${cells.parameter}` };
}

const BOOLEANS = ['true', 'false'];
/** MDT time is charged to the staff who attend (mdt_attendance.csv), not given by a skill mix. */
const SKILL_MIX_ACTIVITIES = ACTIVITIES.filter((a) => a !== 'mdt');

/** Only demand-driven reserve can be ring-fenced: research and admin time are used as planned anyway. */
function ringFenceRule(cells: Readonly<Record<string, string>>): { column: string; message: string } | undefined {
  if (cells.ring_fenced !== 'true' || (DEMAND_DRIVEN_ACTIVITIES as readonly string[]).includes(cells.activity!)) return undefined;
  return { column: 'ring_fenced', message: `only ${DEMAND_DRIVEN_ACTIVITIES.join(', ')} time can be ring-fenced` };
}

/** `mainstream_specialty;gp`: at least one referral channel, separated by semicolons. */
function eligibleChannelsRule(cells: Readonly<Record<string, string>>): { column: string; message: string } | undefined {
  const listed = channelList(cells.eligible_channels ?? '');
  if (listed.length > 0 && listed.every((c) => (CHANNELS as readonly string[]).includes(c))) return undefined;
  return { column: 'eligible_channels', message: `expected channels from ${CHANNELS.join(', ')} separated by ';'` };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** The tables in data/ that become the default scenario (the supply tables are specified next to their loader). */
export const DEFAULT_TABLE_SPECS: readonly TableSpec[] = [
  {
    file: 'cgs.csv', key: ['cgs_id'],
    columns: [id('cgs_id'), text('cgs_name'), id('network_id'), text('network_name'), nonNegative('population', 'persons'),
      id('psychology_access', list(PSYCHOLOGY_ACCESS, 'a psychology access')), source],
    consistent: [['network_id', 'network_name']],
  },
  {
    file: 'roles.csv', key: ['role'],
    columns: [id('role'), text('label'), positive('hours_per_fte_per_week', 'hours per FTE per week'), share('leave_and_absence_share'),
      share('clinical_capacity_factor', 'factor'), nonNegative('annual_cost_per_fte_gbp', 'GBP per FTE per year'), source],
  },
  {
    file: 'job_plans.csv', key: ['role', 'activity'], complete: ['role', 'activity'],
    columns: [role, id('activity', list(RESERVED_ACTIVITIES, 'a reserved job-plan activity')), share('share_of_hours', 'share of available hours'),
      id('ring_fenced', list(BOOLEANS, 'true or false')), source],
    totals: [{ column: 'share_of_hours', by: ['role'], of: 'sum', below: 1, tolerance: 0, what: 'the reserved shares of a role' }],
    rowRule: ringFenceRule,
  },
  {
    file: 'mdt_attendance.csv', key: ['role'],
    columns: [role, nonNegative('attendees_per_case', 'staff of the role per case discussed'), source],
  },
  {
    file: 'advice_guidance.csv', key: ['parameter'], complete: ['parameter'],
    columns: [id('parameter', list(['advice_guidance_requests_per_referral'], 'advice_guidance_requests_per_referral')),
      nonNegative('value', 'requests per new referral'), text('unit'), source],
  },
  {
    file: 'staff_baseline.csv', key: ['cgs_id', 'role'], complete: ['cgs_id', 'role'],
    columns: [cgs, role, nonNegative('fte', 'fte'), source],
    totals: [{ column: 'fte', by: ['cgs_id'], of: 'sum', above: 0, tolerance: 0, what: 'the FTE of a CGS' }],
  },
  {
    file: 'skill_mix.csv', key: ['activity', 'preference'], alsoUnique: [['activity', 'role']], complete: ['activity'],
    columns: [id('activity', list(SKILL_MIX_ACTIVITIES, 'an activity (MDT attendance is in mdt_attendance.csv)')), number('preference', 'rank, 1 preferred', { min: 1, integer: true }), role, source],
  },
  {
    file: 'indications.csv', key: ['indication'],
    columns: [
      id('indication'), text('label'), nonNegative('rate_per_100k_per_year', 'referrals per 100k per year'),
      number('annual_growth_share', 'share per year', { above: -1 }), year('reference_year', true), share('share_complex_start'),
      number('complex_drift_per_year', 'share points per year', { min: -1, max: 1 }),
      share('triage_closed_share'), share('test_share'), share('diagnostic_yield_standard'), share('diagnostic_yield_complex'),
      share('psychology_need_share'), share('long_term_management_share_complex'),
      nonNegative('cascade_relatives_per_positive', 'relatives per diagnosis'), share('cascade_uptake_share'),
      id('test_type', keyOf('test_turnaround.csv', 'test_type')), source,
    ],
  },
  {
    file: 'indication_pathway.csv', key: ['indication'], complete: ['indication'],
    columns: [
      indication, id('psychology_assessed_at', list(PSYCHOLOGY_ASSESSED_AT, 'where psychological need is assessed')),
      positive('long_term_review_interval_months', 'months'), positive('long_term_management_years', 'years'), source,
    ],
  },
  {
    file: 'priority_mix.csv', key: ['indication', 'priority'], complete: ['indication', 'priority'],
    columns: [indication, priority, share('share'), source],
    totals: [{ column: 'share', by: ['indication'], of: 'sum', equals: 1, tolerance: SHARE_TOLERANCE, what: 'the priority shares' }],
  },
  {
    file: 'channels.csv', key: ['indication', 'channel'], complete: ['indication', 'channel'],
    columns: [indication, id('channel', list(CHANNELS, 'a referral channel')), share('share'), source],
    totals: [{ column: 'share', by: ['indication'], of: 'sum', equals: 1, tolerance: SHARE_TOLERANCE, what: 'the channel shares' }],
  },
  {
    // Not every indication is mainstreamed (prenatal care stays with the CGS), so rows may be left out.
    file: 'mainstreaming.csv', key: ['indication'],
    columns: [
      indication, year('start_year', true), year('midpoint_year', false), share('ceiling_share', 'share of eligible cases'),
      text('eligible_channels'), share('return_as_complex_share'),
      nonNegative('advice_guidance_requests_per_case', 'requests per case'), nonNegative('mdt_minutes_per_case_per_attendee', 'minutes per case per attendee'),
      share('joint_clinic_share'), share('relatives_to_cgs_share', 'share of cascade relatives'),
      nonNegative('training_hours_per_case', 'hours per mainstreamed case'), nonNegative('training_hours_per_case_gained', 'hours per extra case a year taken on'), source,
    ],
    ordered: [['start_year', 'midpoint_year']],
    rowRule: eligibleChannelsRule,
  },
  {
    file: 'priorities.csv', key: ['priority'], complete: ['priority'],
    columns: [priority, positive('target_wait_weeks', 'weeks'), source],
  },
  {
    file: 'seasonality.csv', key: ['month'], complete: ['month'],
    columns: [id('month', list(MONTHS, 'a month number (1 = January)')), positive('referral_factor', 'factor'), source],
    totals: [{ column: 'referral_factor', by: [], of: 'mean', equals: 1, tolerance: SEASONALITY_TOLERANCE, what: 'the monthly referral factors' }],
  },
  {
    file: 'appointments.csv', key: ['appointment', 'complexity'], complete: ['appointment', 'complexity'],
    columns: [id('appointment', list(APPOINTMENT_KINDS, 'an appointment kind')), id('complexity', list(COMPLEXITIES, 'a complexity')),
      nonNegative('duration_minutes', 'minutes'), nonNegative('admin_minutes', 'minutes'), source],
  },
  {
    file: 'appointment_modes.csv', key: ['mode'], complete: ['mode'],
    columns: [id('mode', list(APPOINTMENT_MODES, 'an appointment mode')), share('share'), positive('duration_factor', 'factor'), positive('admin_factor', 'factor'), source],
    totals: [{ column: 'share', by: [], of: 'sum', equals: 1, tolerance: SHARE_TOLERANCE, what: 'the appointment mode shares' }],
  },
  {
    file: 'test_turnaround.csv', key: ['test_type'],
    columns: [id('test_type'), positive('turnaround_days_mean', 'days'), nonNegative('turnaround_days_sd', 'days'), source],
  },
  {
    file: 'pathway.csv', key: ['parameter'], complete: ['parameter'],
    requiredIds: { parameter: list(REQUIRED_PATHWAY_PARAMETERS, 'a pathway parameter without a default') },
    columns: [id('parameter', list(PATHWAY_PARAMETERS, 'a pathway parameter')), nonNegative('value', 'the unit column'), text('unit'), source],
    rowRule: pathwayValueRule,
  },
  {
    file: 'waiting_list_start.csv', key: ['cgs_id', 'priority', 'waited_weeks_from'], complete: ['cgs_id', 'priority'],
    columns: [cgs, priority, nonNegative('waited_weeks_from', 'weeks'), nonNegative('waited_weeks_to', 'weeks'), count('count', 'patients'), source],
    ordered: [['waited_weeks_from', 'waited_weeks_to']],
  },
  UNCERTAIN_PARAMETERS_TABLE,
  ...ACCESS_TABLE_SPECS,
  ...CLINIC_SETTINGS_TABLES,
];
