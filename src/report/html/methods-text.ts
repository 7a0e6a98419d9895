import type { ReportKind } from '../detect-kind.js';

/** Fixed wording of the methods section: what the model is and what each kind of experiment does. */

export const OBJECTIVE: Readonly<Record<ReportKind, string>> = {
  run: 'Estimate, for one scenario, the waiting list, waiting times against the 18-week standard and the staff time and FTE each role needs in NHS Clinical Genomic Services.',
  compare: 'Compare scenarios on waiting list, waiting times and staffing, and say which differences from the first scenario are distinguishable from simulation noise.',
  solve: 'Find the FTE by role needed to meet the waiting-time standard and its annual cost, and check analytic estimates against simulation.',
  sweep: 'Rank the scenario\u2019s parameters by how much they move the key outputs (one-at-a-time sensitivity analysis).',
  pipeline: 'Project the supply of qualified staff from the training pipeline against the FTE needed, by network and role.',
};

export const MODEL_LOGIC_DES = [
  'Patients are referred to each Clinical Genomic Service (CGS) at rates set per 100,000 population. Mainstream clinicians take a rising share of eligible cases (standard complexity, not urgent, from eligible referral channels); urgent and complex cases always go to the CGS, so the mix left with it grows more complex as mainstreaming rises. Referrals received counts every new referral once; referrals to the CGS counts those it handles itself, including complex cases returned by mainstream teams.',
  'Mainstreaming creates work for the CGS: advice-and-guidance requests per mainstreamed case (besides duty advice per referral), MDT minutes per case for every member of staff present, joint clinics, and training of mainstream clinicians that is highest while adoption rises and falls to a maintenance level at its plateau. A mainstreamed test has the indication\u2019s diagnostic yield, and a diagnosis brings at-risk relatives to the CGS by cascade, as a CGS diagnosis does.',
  'Referrals are triaged and join a waiting list by priority (urgent, soon, routine). First appointments are served from the list in priority order, then in order of arrival, as clinic capacity allows.',
  'Booking follows how clinics are run: a patient can be booked only after triage and, where needed, family-history preparation (weeks of elapsed time, not only staff time), and soon and routine patients are booked some weeks ahead (urgent ones take slots held back for short notice). Each week urgent new patients are booked first, then results, follow-up and review appointments already due, then psychology, then soon and routine new patients; an appointment that does not fit holds up only others of its own kind, and those left over are reported as overdue. A share of clinic time is lost to short-notice cancellations and unfilled slots. So even with spare capacity waits do not fall below the time to become bookable plus the booking horizon.',
  'Psychological need is assessed where it arises: at pre-test counselling for predictive testing, at results for other tested patients, at the first appointment for those not tested. Local mental-health services start CGS patients after their standing wait within a finite number of places, so their wait grows when referrals rise. Long-term management (periodic reviews) applies to the indications that need it, with review interval and duration by indication.',
  'Time runs on one calendar: referral growth and complexity drift count from the year each rate refers to, and financial years are whole booking weeks laid from calendar dates, so a year has 52 or 53 weeks whatever year the run starts in. Counts in a 53-week year are reported as simulated, not rescaled; the report names those years.',
  'Clinic capacity comes from staff in each role (clinical geneticist, specialty registrar, genetic counsellor, trainee genetic counsellor, genomic associate, family history coordinator, clinical psychologist), each with sessions split across clinic, admin, triage, MDT, training for mainstreaming, advice and guidance, supervision, research and other work.',
  'Job plans reserve time for MDT, advice and guidance, training mainstream clinicians and supervision; the work that arrives uses that time first and then displaces clinics. Reserved time the work left unused in a week returns to clinics that week, unless the job plan ring-fences it. Staff time reports the hours actually used for each activity next to the hours reserved.',
  'Staffing need is counted from demand, not from the work staff happened to do. Each piece of work is counted once when it arrives (a patient joining the list, a result or review falling due, a psychology referral, triage, family-history preparation, MDT, advice and guidance, training mainstream colleagues, joint clinics, supervision of trainees), at its expected minutes including admin, slots lost at short notice and rebooking after non-attendance, and given to the role the skill-mix table prefers, as if staff were sufficient: when counsellors are short and consultants take their clinics, the need stays with counsellors. The hours are divided by the hours one FTE has for this work (after leave and the admin and research time job plans reserve; reserved meeting, advice, training and supervision time counts towards its own work, and where ring-fenced only towards it), giving the recurring FTE needed (fte_needed_<role>).',
  'Backlog clearance is shown apart: when a CGS\u2019s list at a year end (or at the start) is above its target size (staffing.targetListRule: by default weekly demand \u00d7 target wait \u00f7 4, the NHS rule of thumb from NHSRwaitinglist after Fong et al. 2022), the patients in excess are costed at the whole pathway\u2019s hours per patient and spread over the next staffing.backlogClearanceYears years (fte_backlog_clearance_<role>). Each patient is counted once, so a list that stays high because nobody cleared it is not paid for again every year; a list that grows because staff are below the recurring need shows the growth as new clearance. Work still outstanding at each year end is reported as uncovered_hours_<activity>, and supervision trainees did not get as supervision_dropped_hours.',
  'Outputs are recorded per CGS, aggregated to networks and nationally, and summarised across replications with means and 95% confidence intervals.',
];

export const MODEL_LOGIC_PIPELINE = [
  'Each network\u2019s workforce by role is a stock-and-flow model: trainees enter training each year, progress, and qualify (or leave); qualified staff retire or leave at given rates and work a given FTE per head.',
  'FTE supply is compared with the FTE needed, giving the gap by year, network and role.',
];

export const EXPERIMENT_DESIGN: Readonly<Record<ReportKind, string>> = {
  run: 'A single scenario run with independent replications.',
  compare: 'Each scenario is run with the same seeds (common random numbers), so differences are paired by replication; a difference is marked distinguishable when its 95% confidence interval excludes zero.',
  solve: 'Staffing levels are searched for the smallest FTE by role that meets the standard; needs are estimated from workload hours, from a queueing formula and by simulation.',
  sweep: 'Each parameter is set in turn to a low and a high value with all others at baseline (one at a time), using the same seeds as the baseline.',
  pipeline: 'The training pipeline is projected year by year; when replicated, supply is reported with 5th and 95th percentiles.',
};
