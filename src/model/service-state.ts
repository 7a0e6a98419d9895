import { OrderedQueue } from '../engine/queue/ordered-queue.js';
import { TimeBuckets } from '../engine/queue/time-buckets.js';
import type { Distribution } from '../engine/random/distributions/distribution.js';
import { deterministic } from '../engine/random/distributions/deterministic.js';
import { lognormal } from '../engine/random/distributions/lognormal.js';
import type { Rng } from '../engine/random/stream.js';
import { RandomStream } from '../engine/random/stream.js';
import { Simulation } from '../engine/simulation.js';
import { DAYS_PER_YEAR, DAYS_PER_WEEK } from '../engine/time.js';
import { N_RESERVED } from './activities.js';
import { trainingMinutesPerEligibleReferral } from './mainstreaming.js';
import { N_PRIORITIES, type ModelConfig } from './model-config.js';
import { ReplicationMetrics } from './metrics.js';
import { N_DUE_STAGES, PatientStore } from './patients.js';
import { N_COMPLEXITIES, N_PREPARATION_LISTS } from './vocabulary.js';
import { horizonDaysFor, yearOfWeekTable } from './planning-weeks.js';
import { complexShareAt, mainstreamShareAt } from './shares.js';
import { supervisionPlanOf, type SupervisionPlan } from './supply-coupling.js';

/** Streams for each CGS, one per source of randomness, so scenarios share draws (common random numbers). */
export interface CgsStreams {
  readonly referral: RandomStream;
  readonly appointment: RandomStream;
  readonly outcome: RandomStream;
  readonly delay: RandomStream;
  /** Patients' travel bands (clinic-placement.ts): its own stream, so clinic settings move no other draw. */
  readonly clinic: RandomStream;
  /** `delay` as a function, for distributions' `sample`. */
  readonly delayRng: Rng;
}

export { N_RESERVED } from './activities.js';

/**
 * The mutable state of one replication of the service model: the clock, patients, waiting
 * lists, this week's staff minutes and the work waiting to be charged to them.
 */
export class ServiceState {
  readonly sim = new Simulation();
  readonly patients = new PatientStore();
  readonly metrics: ReplicationMetrics;
  readonly nCgs: number;
  readonly nRoles: number;
  /** Simulated days: whole weeks covering the planning years (see planning-weeks.ts). */
  readonly horizonDays: number;
  readonly yearOfWeek: Int32Array;
  readonly streams: CgsStreams[];
  /**
   * New-patient lists by [cgs][priority][complex][family history], ordered by referral day.
   * Patients who need family-history preparation wait in their own list: the preparation
   * takes the same elapsed time for all, so each list stays in order of when its patients
   * become ready to book.
   */
  readonly firstLists: OrderedQueue[];
  /** Results, follow-up and review appointments due, by [cgs][due stage][complex], ordered by due day. */
  readonly dueLists: OrderedQueue[];
  /** Psychology referrals waiting for an in-service psychologist, by cgs (ids unused). */
  readonly psychologyLists: OrderedQueue[];
  /**
   * Referrals to local mental-health psychology, by cgs, keyed by the day their standing wait
   * ends; the id holds the referral day in whole days (to report the wait).
   */
  readonly localMentalHealthLists: OrderedQueue[];
  /** Local mental-health places not yet used, by cgs (fractions carry over). */
  readonly localMentalHealthPlaces: Float64Array;
  /** Clinic minutes held out of this week's booking (slots lost at short notice), by [cgs * roles + role]. */
  readonly withheldMinutes: Float64Array;
  /** Clinic minutes left this week by [cgs * roles + role]. */
  readonly clinicMinutesLeft: Float64Array;
  /** Reserved job-plan minutes this week by [(cgs * roles + role) * N_RESERVED + k]. */
  readonly reservedMinutesLeft: Float64Array;
  /** Current FTE by [cgs * roles + role]. */
  readonly fte: Float64Array;
  /** Next staffing change to apply, and the sum of those applied, by [cgs * roles + role]. */
  readonly nextChange: Int32Array;
  readonly appliedChange: Float64Array;
  /**
   * FTE by [(year * cgs + c) * roles + role] from a supply projection (the training pipeline),
   * replacing the baseline where not NaN; recruitment changes still add on top.
   */
  fteFromSupply: Float64Array | null = null;
  /** Who supervises each trainee role, and for how long (from the supply model's roles). */
  readonly supervision: SupervisionPlan;
  /** Demand-driven minutes waiting to be charged, by cgs. */
  readonly pendingTriage: Float64Array;
  /** Triage preparation (the admin minutes of triage: records, eligibility, letters), by cgs. */
  readonly pendingTriagePreparation: Float64Array;
  readonly pendingFamilyHistory: Float64Array;
  readonly pendingAdviceGuidance: Float64Array;
  /** MDT minutes per attendee (case minutes) waiting to be charged, by cgs. */
  readonly pendingMdt: Float64Array;
  /** MDT minutes an attending role could not give last week, by [cgs * roles + role]. */
  readonly mdtCarriedOver: Float64Array;
  readonly pendingJointClinic: Float64Array;
  readonly pendingTraining: Float64Array;
  /** DNAs to rebook after this week's booking, so nobody is booked twice in one week. */
  readonly rebook: number[] = [];
  week = 0;
  /** Handlers for referrals scheduled by the model itself. */
  returnHandler = -1;
  cascadeHandler = -1;
  weekHandler = -1;
  /** Test results and appointments falling due, by week. */
  readonly due: TimeBuckets;
  /**
   * Mainstreamed and complex shares by indication and week (at mid-week): the curves move
   * slowly, and a table lookup per referral avoids recomputing them in the hot loop.
   */
  readonly mainstreamShareByWeek: Float64Array[];
  readonly complexShareByWeek: Float64Array[];
  /** Training minutes owed per eligible referral, by indication and week (see mainstreaming.ts). */
  readonly trainingMinutesByWeek: Float64Array[];
  /** Laboratory turnaround by test type, days. */
  readonly testTurnaround: Distribution[];

  constructor(readonly config: ModelConfig, seed: number, replication: number) {
    this.nCgs = config.cgsIds.length;
    this.nRoles = config.roleIds.length;
    this.horizonDays = horizonDaysFor(config.startYear, config.years);
    this.yearOfWeek = yearOfWeekTable(config.startYear, config.years);
    const weeks = this.yearOfWeek.length;
    this.metrics = new ReplicationMetrics(config.years, this.nCgs, this.nRoles, weeks);
    this.streams = config.cgsIds.map((id) => {
      const delay = new RandomStream(seed, replication, `delay/${id}`);
      return {
        referral: new RandomStream(seed, replication, `referral/${id}`),
        appointment: new RandomStream(seed, replication, `appointment/${id}`),
        outcome: new RandomStream(seed, replication, `outcome/${id}`),
        delay,
        clinic: new RandomStream(seed, replication, `clinic/${id}`),
        delayRng: delay.asFunction(),
      };
    });
    this.firstLists = Array.from({ length: this.nCgs * N_PRIORITIES * N_COMPLEXITIES * N_PREPARATION_LISTS }, () => new OrderedQueue());
    this.dueLists = Array.from({ length: this.nCgs * N_DUE_STAGES * N_COMPLEXITIES }, () => new OrderedQueue());
    this.psychologyLists = Array.from({ length: this.nCgs }, () => new OrderedQueue());
    this.localMentalHealthLists = Array.from({ length: this.nCgs }, () => new OrderedQueue());
    this.localMentalHealthPlaces = new Float64Array(this.nCgs);
    const cells = this.nCgs * this.nRoles;
    this.clinicMinutesLeft = new Float64Array(cells);
    this.reservedMinutesLeft = new Float64Array(cells * N_RESERVED);
    this.withheldMinutes = new Float64Array(cells);
    this.fte = Float64Array.from(config.baselineFte);
    this.supervision = supervisionPlanOf(config);
    this.nextChange = new Int32Array(cells);
    this.appliedChange = new Float64Array(cells);
    this.pendingTriage = new Float64Array(this.nCgs);
    this.pendingTriagePreparation = new Float64Array(this.nCgs);
    this.pendingFamilyHistory = new Float64Array(this.nCgs);
    this.pendingAdviceGuidance = new Float64Array(this.nCgs);
    this.pendingMdt = new Float64Array(this.nCgs);
    this.mdtCarriedOver = new Float64Array(cells);
    this.pendingJointClinic = new Float64Array(this.nCgs);
    this.pendingTraining = new Float64Array(this.nCgs);
    this.due = new TimeBuckets(DAYS_PER_WEEK, this.horizonDays);
    const midWeek = (w: number) => (w + 0.5) * DAYS_PER_WEEK;
    this.mainstreamShareByWeek = config.indications.map((ind) => Float64Array.from({ length: weeks + 1 }, (_, w) =>
      ind.mainstreaming === null ? 0 : mainstreamShareAt(ind.mainstreaming, config.startYear + midWeek(w) / DAYS_PER_YEAR)));
    this.trainingMinutesByWeek = config.indications.map((ind) => Float64Array.from({ length: weeks + 1 }, (_, w) =>
      ind.mainstreaming === null ? 0 : trainingMinutesPerEligibleReferral(ind.mainstreaming, ind.mainstreaming, config.startYear + midWeek(w) / DAYS_PER_YEAR)));
    this.complexShareByWeek = config.indications.map((ind) => Float64Array.from({ length: weeks + 1 }, (_, w) => complexShareAt(ind, ind.startDaysFromReference + midWeek(w))));
    this.testTurnaround = Array.from(config.testMeanDays, (mean, i) =>
      config.testSdDays[i]! > 0 ? lognormal(mean, config.testSdDays[i]!) : deterministic(mean));
  }

  /** `familyHistory` 1: the list of those who need family-history preparation first. */
  firstList(cgs: number, priority: number, complex: number, familyHistory = 0): OrderedQueue {
    return this.firstLists[((cgs * N_PRIORITIES + priority) * N_COMPLEXITIES + complex) * N_PREPARATION_LISTS + familyHistory]!;
  }

  /** Appointments due at a CGS, by position in DUE_STAGES and complexity. */
  dueList(cgs: number, dueStage: number, complex: number): OrderedQueue {
    return this.dueLists[(cgs * N_DUE_STAGES + dueStage) * N_COMPLEXITIES + complex]!;
  }

  /** Year index (0-based) at a day, clamped to the horizon so end-of-run bookings count in the last year. */
  yearAt(day: number): number {
    const week = Math.floor(day / DAYS_PER_WEEK);
    return week < 0 ? 0 : week >= this.yearOfWeek.length ? this.config.years - 1 : this.yearOfWeek[week]!;
  }

  count(day: number, cgs: number, counter: number, amount = 1): void {
    this.metrics.counters[this.metrics.counterIndex(this.yearAt(day), cgs, counter)]! += amount;
  }
}
