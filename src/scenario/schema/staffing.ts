import { z } from 'zod';
import { positive, source } from './primitives.js';

/** The NHS analysts' queueing rule of thumb, the default target list size. */
export const TARGET_LIST_RULE_SOURCE =
  'NHS rule of thumb (NHSRwaitinglist R package, after Fong et al. 2022, "Waiting list management using queueing theory"): target list size = weekly demand × target wait ÷ 4';

/**
 * How big a waiting list may be and still meet its target wait: weekly demand (patients
 * joining the list per week) × target wait (weeks) ÷ divisor. With the default divisor 4 the
 * mean wait is a quarter of the target, which keeps most waits inside it (Fong et al. 2022).
 */
export const targetListRuleSchema = z.strictObject({
  method: z.enum(['weekly_demand_times_target_wait']).default('weekly_demand_times_target_wait')
    .describe('Target list size = patients joining per week × the priority\'s target wait (demand.priorities.<id>.targetWaitWeeks) ÷ divisor.'),
  divisor: positive('Divisor of weekly demand × target wait; 4 is the NHS rule of thumb (mean wait a quarter of the target). A larger divisor asks for a shorter list.').default(4),
  source: source.default(TARGET_LIST_RULE_SOURCE),
});

export const staffingSchema = z.strictObject({
  backlogClearanceYears: z.number({ error: 'expected a whole number of years' }).int('expected a whole number of years').min(1, 'expected at least 1 year').max(10, 'expected at most 10 years').default(2)
    .describe('Years over which a list above its target size is cleared: the extra FTE for the excess is spread over this many years after the year end where it is found.'),
  targetListRule: targetListRuleSchema.prefault({}).describe('Largest list that still meets the target wait; the excess above it is backlog to clear.'),
});

export type StaffingSettings = z.output<typeof staffingSchema>;
