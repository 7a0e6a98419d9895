import { C } from './metrics.js';
import type { ServiceState } from './service-state.js';
import { N_BANDS, N_SETTINGS, SETTING } from './clinic-settings.js';
import { drawCategory, MODE } from './vocabulary.js';

/**
 * Where the appointment being booked is held, set by `placeAppointment` or `placeVirtual`
 * (one shared object, like `booked`, so booking allocates nothing): its mode (MODE), its
 * setting (SETTING), the patient's travel band, the staff travel it costs and the chance the
 * patient does not attend.
 */
export const placed = { mode: 0, setting: 0, band: 0, travelMinutes: 0, dnaProbability: 0 };

/**
 * Places an appointment of CGS `c`'s own patient from the uniform `u` the mode was always drawn
 * with, so the mode is the same draw as before: face to face below the week's face-to-face share,
 * then video, then telephone. A face-to-face appointment of a patient living 30 minutes or more
 * from the hub is at a satellite when `u` also falls in the satellite share. The travel band is
 * the CGS's own stream's draw (`clinic/<id>`), so no other stream moves.
 */
export function placeAppointment(state: ServiceState, c: number, u: number): void {
  const cfg = state.config.clinics;
  const band = cfg.enabled ? drawCategory(cfg.bandCumulative[c]!, state.streams[c]!.clinic.next()) : 0;
  const at = c * cfg.weeks + Math.min(state.week, cfg.weeks - 1);
  const faceToFace = cfg.faceToFaceShare[at]!;
  if (u < faceToFace) {
    const satellite = band > 0 && u < faceToFace * cfg.satelliteShare[at]!;
    set(state, c, MODE.face_to_face, satellite ? SETTING.satellite : SETTING.hub, band);
  } else set(state, c, u < cfg.videoCumulative[at]! ? MODE.video : MODE.telephone, SETTING.virtual, band);
}

/** A virtual appointment given by CGS `c` to a patient of CGS `home` (pooled network lists). */
export function placeVirtual(state: ServiceState, c: number, home: number, mode: number): void {
  const cfg = state.config.clinics;
  const band = cfg.enabled ? drawCategory(cfg.bandCumulative[home]!, state.streams[c]!.clinic.next()) : 0;
  set(state, home, mode, SETTING.virtual, band);
}

function set(state: ServiceState, home: number, mode: number, setting: number, band: number): void {
  const cfg = state.config.clinics;
  placed.mode = mode;
  placed.setting = setting;
  placed.band = band;
  placed.travelMinutes = setting === SETTING.satellite ? cfg.staffTravelMinutes[home]! : 0;
  placed.dnaProbability = cfg.dnaProbability[(home * N_SETTINGS + setting) * N_BANDS + band]!;
}

/** Counts a booked appointment (attended or not) by the patient's travel band, and whether they did not attend. */
export function countAttendance(state: ServiceState, day: number, home: number, dna: boolean): void {
  state.count(day, home, C.booked_under_30_min + placed.band);
  if (dna) state.count(day, home, C.dna_under_30_min + placed.band);
}

/** Counts an attended first appointment by where it was held. */
export function countFirstSetting(state: ServiceState, day: number, home: number): void {
  const counter = placed.setting === SETTING.hub ? C.first_hub
    : placed.setting === SETTING.satellite ? C.first_satellite
      : placed.mode === MODE.video ? C.first_video : C.first_telephone;
  state.count(day, home, counter);
}
