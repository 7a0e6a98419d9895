import type { StaffingSettings } from '../../scenario/schema/staffing.js';

/**
 * The largest waiting list of one priority that still meets its target wait, by the
 * scenario's rule (staffing.targetListRule): by default the NHS rule of thumb, weekly demand
 * × target wait ÷ 4 (NHSRwaitinglist, after Fong et al. 2022). Above it, the excess is backlog.
 */
export function targetListSize(rule: StaffingSettings['targetListRule'], joinsPerWeek: number, targetWaitWeeks: number): number {
  return (joinsPerWeek * targetWaitWeeks) / rule.divisor;
}
