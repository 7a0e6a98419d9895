import type { ReportKind } from '../detect-kind.js';

/** Fixed wording of the methods section: what the model is and what each kind of experiment does. */

export const OBJECTIVE: Readonly<Record<ReportKind, string>> = {
  run: 'Estimate, for one scenario, the waiting list, waiting times against the 18-week standard and the staff time and FTE each role needs in NHS Clinical Genomic Services.',
  compare: 'Compare scenarios on waiting list, waiting times and staffing, and say which differences from the first scenario are distinguishable from simulation noise.',
  solve: 'Find the FTE by role needed to meet the waiting-time standard and its annual cost, and check analytic estimates against simulation.',
  sweep: 'Rank the scenario\u2019s parameters by how much they move the key outputs (one-at-a-time sensitivity analysis).',
  pipeline: 'Project the supply of qualified staff from the training pipeline against the FTE needed, by network and role.',
  calibrate: 'Fit uncertain scenario parameters to observed figures, show how well the calibrated model reproduces them and figures kept out of the fit, and say which parameters the figures cannot identify.',
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
  calibrate: 'Calibration by simulation: each evaluation runs the scenario, cut to the years the observed figures need, with the same seeds (common random numbers); a Nelder–Mead search on the parameters scaled to their allowed ranges minimises the sum of squared standardised differences between simulated means and observed figures, each divided by the combined standard deviation of the figure (from its 95% range, else 10%, 20% or 35% of its value for confidence H, M or L) and of the simulated mean, times its weight. Approximate 95% intervals of the fitted values come from the Jacobian of those differences at the fit (local linearisation); a parameter is reported as not identified when moving it across its whole range changes the fit by less than one unit of chi-square, or when its interval spans more than half its range. Figures with weight 0, or outside the simulated years, are not fitted and are shown as a validate-fit check.',
};

/**
 * Input data and validation (STRESS-DES 3 and validation): where the numbers come from and how
 * the model is checked against the world, shown in every report's data section.
 */
export const INPUT_DATA_AND_VALIDATION = [
  'Every input is a row of a table in data/ with its source: a citation, or "illustrative assumption:" with its reasoning and range. A planner can replace any table\u2019s rows with local figures using --data DIR (rows with the same key are replaced, new ones added, checked by the same rules).',
  'The default data are set from published figures where they exist and otherwise tuned, not calibrated: no national clinical genetics waiting-time or activity series is published. cgs-sim calibrate fits referral-rate multipliers, slot utilisation and the starting list to observed figures (data/observed/published-anchors.csv holds the few published ones that map onto model outputs: rates per population and pathway shares from single services, mostly years before the simulated ones) and reports which it reproduces and which parameters the figures cannot identify.',
  'Back-casting (scenarios/backcast-2019.yaml) starts in 2019 from a list given for that year, with staff by year from data/staff_by_year.csv, so the model\u2019s 2019\u20132025 can be compared with observed figures before its 2026\u20132035 is trusted; referral rates count from the year they refer to, so a back-cast and the 2026 baseline agree on 2026 rates.',
];
