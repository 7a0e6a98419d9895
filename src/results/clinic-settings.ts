import { C, N_TIME_USES, TU } from '../model/metrics.js';
import { TRAVEL_BANDS } from '../scenario/schema/clinic-settings.js';
import type { ScopeYear } from './measures.js';

/**
 * Where clinics are held, as summary metrics: how first appointments were given (face to face,
 * of which at satellites; video; telephone) as shares of attended first appointments, the staff
 * hours spent travelling to satellite clinics, and non-attendance overall and by how far the
 * patient lives from the hub (booked first, results, follow-up and review appointments).
 */
export const CLINIC_SETTING_METRICS = [
  'share_first_face_to_face', 'share_first_satellite', 'share_first_video', 'share_first_telephone', 'staff_travel_hours', 'dna_rate',
  ...TRAVEL_BANDS.map((band) => `dna_rate_${band}` as const),
] as const;

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : NaN);

export function measureClinicSettings(s: ScopeYear, nRoles: number, out: Map<string, number>): void {
  const k = (counter: number) => s.counters[counter]!;
  const first = k(C.first_appointments);
  out.set('share_first_face_to_face', ratio(k(C.first_hub) + k(C.first_satellite), first));
  out.set('share_first_satellite', ratio(k(C.first_satellite), first));
  out.set('share_first_video', ratio(k(C.first_video), first));
  out.set('share_first_telephone', ratio(k(C.first_telephone), first));
  let travel = 0;
  for (let r = 0; r < nRoles; r++) travel += s.staffHours[r * N_TIME_USES + TU.travel]!;
  out.set('staff_travel_hours', travel);
  let booked = 0;
  let dna = 0;
  TRAVEL_BANDS.forEach((band, b) => {
    booked += k(C.booked_under_30_min + b);
    dna += k(C.dna_under_30_min + b);
    out.set(`dna_rate_${band}`, ratio(k(C.dna_under_30_min + b), k(C.booked_under_30_min + b)));
  });
  out.set('dna_rate', ratio(dna, booked));
}
