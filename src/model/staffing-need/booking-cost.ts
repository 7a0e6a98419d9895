import { N_BANDS, N_SETTINGS, SETTING } from '../clinic-settings.js';
import { N_DUE_STAGES } from '../patients.js';
import type { ServiceState } from '../service-state.js';
import { DUE_STEPS } from '../trajectory.js';
import { KIND, MODE, N_COMPLEXITIES, kindCell } from '../vocabulary.js';

export const DUE_LISTS_PER_CGS = N_DUE_STAGES * N_COMPLEXITIES;
/** The clinic settings a CGS's costs were last computed for: face-to-face share, video cumulative share, satellite share. */
const N_SEEN = 3;

/**
 * Expected clinic minutes one new patient (by complexity) or one due result, follow-up or review
 * (by stage and complexity) costs CGS `c`, as booking spends them in the week its arrivals are
 * counted: the CGS's own mode mix that week (clinicSettings.changes can move it), the admin each
 * mode takes, the staff travel of the share held at satellite clinics (face to face × satellite
 * share of distant patients × share living 30 minutes or more away × round trip per appointment,
 * charged to the clinician who sees the patient, as bookSlot charges it), the clinic time lost
 * to unfilled slots, and rebooking after the CGS's expected non-attendance at those settings.
 * Without clinicSettings every CGS has the national mode mix, no travel and the national DNA share.
 * Costs are recomputed only when a CGS's settings change, so the weekly ledger allocates nothing.
 */
export class BookingCosts {
  /** By [c * N_COMPLEXITIES + complexity]. */
  readonly firstMinutes: Float64Array;
  /** By [c * DUE_LISTS_PER_CGS + stage * N_COMPLEXITIES + complexity]. */
  readonly dueMinutes: Float64Array;
  private readonly seen: Float64Array;

  constructor(private readonly state: ServiceState) {
    this.firstMinutes = new Float64Array(state.nCgs * N_COMPLEXITIES);
    this.dueMinutes = new Float64Array(state.nCgs * DUE_LISTS_PER_CGS);
    this.seen = new Float64Array(state.nCgs * N_SEEN).fill(NaN);
    for (let c = 0; c < state.nCgs; c++) this.update(c, 0);
  }

  /** Brings CGS `c`'s costs to the clinic settings of booking week `week`. */
  update(c: number, week: number): void {
    const cfg = this.state.config.clinics;
    const at = c * cfg.weeks + Math.min(week, cfg.weeks - 1);
    const faceToFace = cfg.faceToFaceShare[at]!;
    const videoCumulative = cfg.videoCumulative[at]!;
    const satellite = cfg.satelliteShare[at]!;
    const s = c * N_SEEN;
    if (this.seen[s] === faceToFace && this.seen[s + 1] === videoCumulative && this.seen[s + 2] === satellite) return;
    this.seen[s] = faceToFace;
    this.seen[s + 1] = videoCumulative;
    this.seen[s + 2] = satellite;
    const pathway = this.state.config.scenario.pathway;
    const distant = 1 - cfg.bandCumulative[c]![0]!;
    const travel = faceToFace * satellite * distant * cfg.staffTravelMinutes[c]!;
    // Every booking takes its slot whether or not the patient comes; a DNA rebooked takes another.
    const perBooking = (1 + expectedDna(this.state, c, faceToFace, satellite) * pathway.dnaRebookShare) / pathway.slotUtilisationShare;
    const minutes = (kind: number, complex: number) => perBooking * (appointmentMinutes(this.state, kindCell(kind, complex), faceToFace, videoCumulative) + travel);
    for (let cx = 0; cx < N_COMPLEXITIES; cx++) this.firstMinutes[c * N_COMPLEXITIES + cx] = minutes(KIND.first, cx);
    for (let i = 0; i < DUE_LISTS_PER_CGS; i++) this.dueMinutes[c * DUE_LISTS_PER_CGS + i] = minutes(DUE_STEPS[(i / N_COMPLEXITIES) | 0]!.kind, i % N_COMPLEXITIES);
  }
}

/** Minutes of one appointment of a kind-and-complexity cell (duration and admin), averaged over a mode mix. */
export function appointmentMinutes(state: ServiceState, cell: number, faceToFace: number, videoCumulative: number): number {
  const { config } = state;
  const share = (mode: number) => (mode === MODE.face_to_face ? faceToFace : mode === MODE.video ? videoCumulative - faceToFace : 1 - videoCumulative);
  let minutes = 0;
  for (let mode = 0; mode < config.modeCumulative.length; mode++) {
    minutes += share(mode) * (config.durationMinutes[cell]! * config.modeDurationFactor[mode]! + config.adminMinutes[cell]! * config.modeAdminFactor[mode]!);
  }
  return minutes;
}

/**
 * The chance a booking of CGS `c`'s own patient is not attended at these settings: over the
 * CGS's travel bands, face to face at the hub or (for distant patients, at the satellite share)
 * at a satellite, or virtual, as placeAppointment places it.
 */
function expectedDna(state: ServiceState, c: number, faceToFace: number, satellite: number): number {
  const cfg = state.config.clinics;
  const p = (setting: number, band: number) => cfg.dnaProbability[(c * N_SETTINGS + setting) * N_BANDS + band]!;
  let dna = 0;
  let below = 0;
  for (let b = 0; b < N_BANDS; b++) {
    const share = cfg.bandCumulative[c]![b]! - below;
    below = cfg.bandCumulative[c]![b]!;
    const atSatellite = b > 0 ? satellite : 0;
    const inPerson = (1 - atSatellite) * p(SETTING.hub, b) + atSatellite * p(SETTING.satellite, b);
    dna += share * (faceToFace * inPerson + (1 - faceToFace) * p(SETTING.virtual, b));
  }
  return dna;
}
