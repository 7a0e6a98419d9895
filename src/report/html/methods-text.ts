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
  'Outputs are recorded per CGS, aggregated to networks and nationally, and summarised across replications with means and 95% confidence intervals.',
];

export const MODEL_LOGIC_PIPELINE = [
  'Each network\u2019s workforce by role is a stock-and-flow model. Commissioned places are filled in part and start training; part-time training lengthens it (0.8 FTE takes 1.25 times as long), trainees leave at a rate per year of training, and those who qualify take a CGS post or not. Every route into posts is its own flow: training, international recruitment, return to practice and moves in from other specialties or sectors, each after a continuous time to fill.',
  'Qualified staff leave the NHS, move to another network (a loss to the network, not to England: moves net to zero nationally) or retire by age band from a starting age profile that ages a year each year; FTE per head changes as less-than-full-time working changes.',
  'The places a network can host are limited by the supervision hours its qualified supervisors have reserved in their job plans (the same job plans the service model uses); places beyond them are not started and the supervisor FTE missing is reported. Psychologists take posts only where a CGS has in-service psychology.',
  'FTE supply is compared with the FTE needed, giving the gap by year, network and role; the joiners and leavers by route explain the trend. A run from a back-cast start year (2019) is compared with published workforce figures within stated tolerances. Uncertain inputs (every route has a range) are drawn once per replication.',
];

export const EXPERIMENT_DESIGN: Readonly<Record<ReportKind, string>> = {
  run: 'A single scenario run with independent replications.',
  compare: 'Each scenario is run with the same seeds (common random numbers), so differences are paired by replication; a difference is marked distinguishable when its 95% confidence interval excludes zero.',
  solve: 'Staffing levels are searched for the smallest FTE by role that meets the standard; needs are estimated from workload hours, from a queueing formula and by simulation.',
  sweep: 'Each parameter is set in turn to a low and a high value with all others at baseline (one at a time), using the same seeds as the baseline.',
  pipeline: 'The training pipeline is projected year by year; when replicated, supply is reported with 5th and 95th percentiles.',
};

/**
 * How input uncertainty enters the intervals (STRESS-DES 3.2 input data, 5.3 and 6 on
 * experimentation and validation): stated in every run report with parameter uncertainty on.
 */
export const UNCERTAINTY_METHOD = 'Probabilistic sensitivity analysis: every illustrative input in data/ has a range and distribution with its reasoning (data/uncertain_parameters.csv, listed in assumptions.csv). Each replication draws each input once, from its own random stream named by the input (common random numbers: replication i draws the same inputs in every scenario and on any number of workers), applies it to every value its path names (multiplying or adding) and then simulates; so the 5th\u201395th percentile range across replications (ui_low, ui_high) includes what is not known about the inputs as well as simulation noise, while the 95% confidence interval says only how precisely the replications pin down the mean. The inputs that drive each headline are ranked by Spearman rank correlation between the input\u2019s draws and the headline across the same replications (uncertainty_drivers.csv; no extra runs); with n replications a correlation below 1.96/\u221a(n\u22121) is within chance. Ranges are illustrative judgements, not fitted: they show how much the answer depends on them, not how likely each value is. FTE needed converts each replication\u2019s workload to FTE at the central leave, job-plan and trainee-capacity values, so its range includes workload uncertainty but not uncertainty in the clinic hours an FTE gives.';

export const NO_UNCERTAINTY_METHOD = 'None: every input at its value, so intervals show simulation noise only (run with --uncertainty parameters to include input uncertainty).';
