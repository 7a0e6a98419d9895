import { afterFollowUp, afterResults, afterReview } from './pathway.js';
import type { ServiceState } from './service-state.js';
import { ACTIVITY, KIND } from './vocabulary.js';

/** One appointment step of the patient's path: what is booked, who may do it, what follows. */
export interface AppointmentStep {
  /** Appointment kind: its duration and admin minutes (appointments.csv). */
  readonly kind: number;
  /** Skill-mix activity: the roles who may give it, in order of preference (skill_mix.csv). */
  readonly activity: number;
  /** What follows once the appointment has taken place on `day` (pathway.ts). */
  readonly after: (state: ServiceState, p: number, day: number) => void;
}

/**
 * The appointments booked from a due list, in the order of DUE_STAGES (patients.ts); the
 * booking round (booking.ts) executes them without knowing which is which. The whole path:
 *
 *   referral → triage (triageDays) → [family history (familyHistoryWeeks)] → waiting list
 *     → first appointment (booked bookingLeadWeeks ahead; psychology need where it arises here)
 *     → test (laboratory turnaround) → [MDT] → results (psychology need) → cascade referrals
 *     → or, without a test, [follow-up]
 *     → long-term reviews (interval and duration by indication) or discharge
 */
export const DUE_STEPS: readonly AppointmentStep[] = [
  { kind: KIND.results, activity: ACTIVITY.results, after: afterResults },
  { kind: KIND.follow_up, activity: ACTIVITY.follow_up, after: afterFollowUp },
  { kind: KIND.review, activity: ACTIVITY.review, after: afterReview },
];
