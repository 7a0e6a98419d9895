/**
 * The staffing section in plain words: what each FTE figure means, so a finance business
 * partner and a workforce lead read them the same way before they sign a business case.
 */
export const STAFFING_NEED_NOTES: readonly string[] = [
  'FTE needed (staffing_need.csv, fte_needed) is the recurring need: the hours of work the year\u2019s referrals generate (appointments, triage, family history, joint clinics, MDT, advice and guidance, training mainstream colleagues, supervision, psychology), given to the role the skill-mix table prefers as if staff were sufficient, divided by the hours one FTE has for that work after leave and admin and research time. When a role is short and another covers its clinics, the need stays with the short role.',
  'Trainee posts (specialty registrars, trainee genetic counsellors) are set by training plans, not by demand: their FTE needed is the FTE in post, never a post to cut or add, and the supervised work they do is taken off the qualified roles\u2019 need (at their clinical capacity factor), while the supervision they need is added to their supervisors\u2019. To change trainee numbers, change the training plan (cgs-sim pipeline).',
  'Backlog clearance (fte_backlog_clearance) is shown apart and is not recurring: the extra FTE to bring a list above its target size (by default weekly demand \u00d7 target wait \u00f7 4) down to it over the clearance years, costed at the whole pathway\u2019s hours per waiting patient, each patient counted once. Fund it for those years only; where staff stay below the recurring need the list grows and the growth appears here again.',
  'Uncovered work (summary.csv, uncovered_hours_<activity>) is work still outstanding at each year end, and supervision_dropped_hours the supervision trainees did not get: signs that the staff in post do not cover the demand.',
];

export const SOLVE_NOTES: readonly string[] = [
  'staffing_plan.csv gives three figures for each role and year. Workload: recurring need plus backlog clearance from the scenario without extra staff, a direct count of hours. Analytic: the NHS queueing rule of thumb (capacity = demand + 2 \u00d7 4 \u00f7 target wait patients a week), a steady-state formula that ignores backlog and growth. Simulated: FTE available plus the recruitment the search found by simulation, the least-cost staffing that meets the target with 95% confidence in the target years; it is the figure to plan with, the other two show why.',
  'Staff are recruited at the start of a financial year and are in post a role\u2019s time to fill a post later (recruitment_plan.yaml gives that in-post date); the plan recruits as late as still meets the target.',
];

/**
 * What a solve's target means under each uncertainty mode (run.json `uncertainty`). solve
 * defaults to none: a business case sizes posts for the central assumptions, and a search
 * with inputs drawn per replication needs many more replications to separate candidates.
 */
export const SOLVE_UNCERTAINTY_NOTES: Readonly<Record<'none' | 'parameters', string>> = {
  none: 'Inputs at their central values (solve\u2019s default, --uncertainty none): the plan meets the target with 95% confidence against simulation noise if the scenario\u2019s inputs are right. It does not cover what is not known about the inputs; to see how much that matters, run the scenario with the pasted plan and --uncertainty parameters, or solve with --uncertainty parameters.',
  parameters: 'Inputs uncertain (--uncertainty parameters): each replication draws every uncertain input, so the plan meets the target on average across the plausible inputs (the 95% interval of that mean lies on the right side of the target). It does not meet it in every plausible case: in a replication with high demand the target can still be missed.',
};
