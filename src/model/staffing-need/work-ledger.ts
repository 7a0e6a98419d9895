import { N_TIME_USES, TU } from '../metrics.js';
import { N_PRIORITIES } from '../model-config.js';
import type { ServiceState } from '../service-state.js';
import { DUE_STEPS } from '../trajectory.js';
import { ACTIVITY, COMPLEXITY, KIND, MODE, N_COMPLEXITIES, N_PREPARATION_LISTS, kindCell } from '../vocabulary.js';
import { appointmentMinutes, BookingCosts, DUE_LISTS_PER_CGS } from './booking-cost.js';
import { intendedShares, N_NEED, NEED_SUPERVISION } from './need-activities.js';

/** Work waiting to be charged each week, with the activity it is and where its hours are reported. */
const PENDING = [
  { activity: ACTIVITY.triage, timeUse: TU.triage, of: (s: ServiceState) => s.pendingTriage },
  { activity: ACTIVITY.triage_preparation, timeUse: TU.triage, of: (s: ServiceState) => s.pendingTriagePreparation },
  { activity: ACTIVITY.family_history, timeUse: TU.clinic, of: (s: ServiceState) => s.pendingFamilyHistory },
  { activity: ACTIVITY.joint_clinic, timeUse: TU.clinic, of: (s: ServiceState) => s.pendingJointClinic },
  { activity: ACTIVITY.advice_guidance, timeUse: TU.advice_guidance, of: (s: ServiceState) => s.pendingAdviceGuidance },
  { activity: ACTIVITY.training_mainstream, timeUse: TU.training_mainstream, of: (s: ServiceState) => s.pendingTraining },
  { activity: ACTIVITY.mdt, timeUse: TU.mdt, of: (s: ServiceState) => s.pendingMdt },
] as const;
const N_PENDING = PENDING.length;
const FIRST_LISTS_PER_CGS = N_PRIORITIES * N_COMPLEXITIES * N_PREPARATION_LISTS;

/**
 * Counts the work the demand generates, once, when it arrives, whoever (if anyone) then does
 * it: new entries on the waiting, due and psychology lists (found by comparing list sizes
 * with what the last booking round left) and new demand-driven work (the same comparison on
 * the pending minutes). Each arrival is costed at its expected minutes at its CGS's clinic
 * settings that week (mode mix, admin, staff travel to satellite clinics, the clinic time lost
 * to unfilled slots, and rebooking after a DNA: booking-cost.ts) and given to roles at the
 * intended skill mix. It reads the model's lists once a week and touches no event.
 */
export class WorkLedger {
  private readonly shares: Float64Array;
  private readonly firstLeft: Int32Array;
  private readonly dueLeft: Int32Array;
  private readonly psychologyLeft: Int32Array;
  private readonly pendingLeft: Float64Array;
  private readonly supervisionBefore: Float64Array;
  /** Expected minutes per list entry by CGS: first appointments by complexity, due steps by [stage][complexity]. */
  private readonly costs: BookingCosts;
  /** A course of psychology: national mode mix, no satellite (psychology is booked from the mode shares alone). */
  private readonly psychologyMinutes: number;

  constructor(private readonly state: ServiceState) {
    const { config } = state;
    this.shares = intendedShares(config);
    this.firstLeft = new Int32Array(state.firstLists.length);
    this.dueLeft = new Int32Array(state.dueLists.length);
    this.psychologyLeft = new Int32Array(state.psychologyLists.length);
    this.pendingLeft = new Float64Array(state.nCgs * N_PENDING);
    this.supervisionBefore = new Float64Array(state.nCgs);
    const pathway = config.scenario.pathway;
    this.costs = new BookingCosts(state);
    // Every booking takes its slot whether or not the patient comes; a DNA rebooked takes another.
    const perBooking = (1 + pathway.dnaShare * pathway.dnaRebookShare) / pathway.slotUtilisationShare;
    const national = appointmentMinutes(state, kindCell(KIND.psychology_session, COMPLEXITY.standard), config.modeCumulative[MODE.face_to_face]!, config.modeCumulative[MODE.video]!);
    this.psychologyMinutes = pathway.psychologySessionsPerReferral * perBooking * national;
    this.markLeft();
    for (let c = 0; c < state.nCgs; c++) {
      for (let p = 0; p < N_PRIORITIES; p++) {
        for (let k = 0; k < N_COMPLEXITIES * N_PREPARATION_LISTS; k++) state.metrics.startWaiting[c * N_PRIORITIES + p]! += state.firstLists[(c * N_PRIORITIES + p) * N_COMPLEXITIES * N_PREPARATION_LISTS + k]!.size;
      }
    }
  }

  /**
   * Work that arrived since the last booking round, charged to `year` (the week just gone) and
   * costed at the clinic settings of the booking week about to open (`state.week`).
   */
  collectArrivals(year: number): void {
    const s = this.state;
    const { firstMinutes, dueMinutes } = this.costs;
    for (let c = 0; c < s.nCgs; c++) {
      this.costs.update(c, s.week);
      for (let i = 0; i < FIRST_LISTS_PER_CGS; i++) {
        const at = c * FIRST_LISTS_PER_CGS + i;
        const cx = ((i / N_PREPARATION_LISTS) | 0) % N_COMPLEXITIES;
        this.add(year, c, cx ? ACTIVITY.first_complex : ACTIVITY.first_standard, arrived(s.firstLists[at]!.size, this.firstLeft[at]!) * firstMinutes[c * N_COMPLEXITIES + cx]!);
      }
      for (let i = 0; i < DUE_LISTS_PER_CGS; i++) {
        const at = c * DUE_LISTS_PER_CGS + i;
        this.add(year, c, DUE_STEPS[(i / N_COMPLEXITIES) | 0]!.activity, arrived(s.dueLists[at]!.size, this.dueLeft[at]!) * dueMinutes[at]!);
      }
      this.add(year, c, ACTIVITY.psychology_session, arrived(s.psychologyLists[c]!.size, this.psychologyLeft[c]!) * this.psychologyMinutes);
      for (let k = 0; k < N_PENDING; k++) this.add(year, c, PENDING[k]!.activity, Math.max(0, PENDING[k]!.of(s)[c]! - this.pendingLeft[c * N_PENDING + k]!));
    }
  }

  /** Before the week's staff time opens: supervision given so far this year, to see what the week gives. */
  beforeWeek(): void {
    const s = this.state;
    const y = s.yearAt(s.sim.now);
    for (let c = 0; c < s.nCgs; c++) this.supervisionBefore[c] = this.supervisionGiven(y, c);
  }

  /**
   * After the booking round: the week's supervision need and what was dropped, and what the
   * round left. Each trainee's supervision is its supervisor role's work as the model charges
   * it (weekly-capacity.ts chargeSupervision): the supply model's named supervisor at its hours
   * per trainee FTE where the CGS has that role, else the flat rate shared by the roles whose job
   * plans reserve supervision time.
   */
  afterWeek(): void {
    const s = this.state;
    const { config, metrics: m, supervision } = s;
    const y = s.yearAt(s.sim.now);
    const flatHours = config.scenario.pathway.supervisionHoursPerTraineeFtePerWeek;
    for (let c = 0; c < s.nCgs; c++) {
      let needed = 0;
      let flat = 0;
      for (let r = 0; r < s.nRoles; r++) {
        const fte = s.fte[c * s.nRoles + r]!;
        if (!config.roleIsTrainee[r] || fte === 0) continue;
        const supervisor = supervision.supervisorOf[r]!;
        if (supervisor >= 0 && s.fte[c * s.nRoles + supervisor]! > 0) {
          const hours = fte * supervision.hoursPerTraineeFtePerWeek[r]!;
          this.addTo(y, c, supervisor, NEED_SUPERVISION, hours * 60);
          needed += hours;
        } else flat += fte * flatHours;
      }
      this.add(y, c, NEED_SUPERVISION, flat * 60);
      needed += flat;
      if (needed <= 0) continue;
      const given = this.supervisionGiven(y, c) - this.supervisionBefore[c]!;
      // Rounding of the week's per-supervisor shares leaves ~1e-12 h that is not supervision dropped.
      if (needed - given > 1e-9 * needed) m.supervisionDroppedHours[y * s.nCgs + c]! += needed - given;
    }
    this.markLeft();
  }

  /**
   * Work still outstanding at the end of `year`, counted once: demand-driven work no staff
   * time covered, and results, follow-ups and reviews due and not yet booked (reported as
   * clinic hours). New patients waiting are the backlog, costed by backlog clearance instead.
   */
  yearEnd(year: number): void {
    const s = this.state;
    const m = s.metrics;
    for (let c = 0; c < s.nCgs; c++) {
      const at = (year * s.nCgs + c) * N_TIME_USES;
      for (let k = 0; k < N_PENDING; k++) m.uncoveredHours[at + PENDING[k]!.timeUse]! += this.pendingLeft[c * N_PENDING + k]! / 60;
      for (let i = 0; i < DUE_LISTS_PER_CGS; i++) {
        const due = c * DUE_LISTS_PER_CGS + i;
        m.uncoveredHours[at + TU.clinic]! += (s.dueLists[due]!.countBelow(s.sim.now) * this.costs.dueMinutes[due]!) / 60;
      }
      // MDT time a role could not give is carried per role (weekly-capacity.ts chargeMdt).
      for (let r = 0; r < s.nRoles; r++) m.uncoveredHours[at + TU.mdt]! += s.mdtCarriedOver[c * s.nRoles + r]! / 60;
    }
  }

  private add(year: number, c: number, activity: number, minutes: number): void {
    if (minutes <= 0) return;
    const s = this.state;
    const nRoles = s.nRoles;
    const from = (c * N_NEED + activity) * nRoles;
    const into = (year * s.nCgs + c) * nRoles;
    for (let r = 0; r < nRoles; r++) {
      const share = this.shares[from + r]!;
      if (share > 0) s.metrics.demandHours[(into + r) * N_NEED + activity]! += (minutes * share) / 60;
    }
  }

  /** Work given to one role (supervision by a named supervisor), outside the skill-mix shares. */
  private addTo(year: number, c: number, role: number, activity: number, minutes: number): void {
    if (minutes <= 0) return;
    const s = this.state;
    s.metrics.demandHours[((year * s.nCgs + c) * s.nRoles + role) * N_NEED + activity]! += minutes / 60;
  }

  private supervisionGiven(year: number, c: number): number {
    const m = this.state.metrics;
    let hours = 0;
    for (let r = 0; r < this.state.nRoles; r++) hours += m.staffHours[m.yearCgsRole(year, c, r) * N_TIME_USES + TU.supervision]!;
    return hours;
  }

  private markLeft(): void {
    const s = this.state;
    for (let i = 0; i < this.firstLeft.length; i++) this.firstLeft[i] = s.firstLists[i]!.size;
    for (let i = 0; i < this.dueLeft.length; i++) this.dueLeft[i] = s.dueLists[i]!.size;
    for (let i = 0; i < this.psychologyLeft.length; i++) this.psychologyLeft[i] = s.psychologyLists[i]!.size;
    for (let c = 0; c < s.nCgs; c++) for (let k = 0; k < N_PENDING; k++) this.pendingLeft[c * N_PENDING + k] = PENDING[k]!.of(s)[c]!;
  }
}

const arrived = (size: number, left: number): number => Math.max(0, size - left);
