import { DAYS_PER_WEEK } from '../engine/time.js';
import { CLINIC_SETTINGS, TRAVEL_BANDS, type ClinicSettingsSpec } from '../scenario/schema/clinic-settings.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { dateToDay } from './calendar-dates.js';
import { yearOfWeekTable } from './planning-weeks.js';

/** Index of each clinic setting and travel band; tables below follow these orders. */
export const SETTING = Object.freeze({ hub: 0, satellite: 1, virtual: 2 }) satisfies Record<(typeof CLINIC_SETTINGS)[number], number>;
export const N_SETTINGS = CLINIC_SETTINGS.length;
export const N_BANDS = TRAVEL_BANDS.length;

/**
 * Where clinics are held, compiled to per-CGS tables once per run so booking only looks up
 * numbers: the booking week's face-to-face, video and satellite shares, the staff travel a
 * satellite appointment costs, and the chance of not attending by setting and travel band.
 */
export interface ClinicConfig {
  /** False when the scenario has no clinicSettings: every appointment as before (no draws, flat DNA). */
  readonly enabled: boolean;
  readonly weeks: number;
  /** Cumulative travel band shares, one array per CGS. */
  readonly bandCumulative: readonly Float64Array[];
  /** By [cgs * weeks + week]: share face to face; that plus the video share; satellite share of distant patients. */
  readonly faceToFaceShare: Float64Array;
  readonly videoCumulative: Float64Array;
  readonly satelliteShare: Float64Array;
  /** Staff travel minutes each satellite appointment costs, by CGS (round trip / appointments per clinic). */
  readonly staffTravelMinutes: Float64Array;
  /** Chance of not attending by [(cgs * N_SETTINGS + setting) * N_BANDS + band]. */
  readonly dnaProbability: Float64Array;
}

interface BaseShares { readonly faceToFace: number; readonly videoCumulative: number }

export function compileClinics(s: Scenario, cgsIds: readonly string[], modeCumulative: Float64Array): ClinicConfig {
  const weeks = yearOfWeekTable(s.run.startYear, s.run.years).length;
  const n = cgsIds.length;
  const settings = s.clinicSettings;
  const base: BaseShares = { faceToFace: modeCumulative[0]!, videoCumulative: modeCumulative[1]! };
  const faceToFaceShare = new Float64Array(n * weeks).fill(base.faceToFace);
  const videoCumulative = new Float64Array(n * weeks).fill(base.videoCumulative);
  const satelliteShare = new Float64Array(n * weeks);
  const staffTravelMinutes = new Float64Array(n);
  const dnaProbability = new Float64Array(n * N_SETTINGS * N_BANDS).fill(s.pathway.dnaShare);
  const bandCumulative = cgsIds.map(() => Float64Array.from(TRAVEL_BANDS, () => 1));
  if (settings === undefined) return { enabled: false, weeks, bandCumulative, faceToFaceShare, videoCumulative, satelliteShare, staffTravelMinutes, dnaProbability };
  const norm = nationalRelativeRisk(s, settings, base.faceToFace);
  cgsIds.forEach((id, c) => {
    const own = settings.cgs[id];
    if (own === undefined) return; // Not listed: all at the hub, flat DNA.
    let sum = 0;
    bandCumulative[c] = Float64Array.from(TRAVEL_BANDS, (b) => (sum += own.travelBandShares[b]));
    bandCumulative[c]![N_BANDS - 1] = 1;
    satelliteShare.fill(own.satelliteShareOfDistant, c * weeks, (c + 1) * weeks);
    staffTravelMinutes[c] = own.staffTravelMinutesPerSatelliteClinic / own.appointmentsPerSatelliteClinic;
    for (let setting = 0; setting < N_SETTINGS; setting++) {
      for (let b = 0; b < N_BANDS; b++) {
        dnaProbability[(c * N_SETTINGS + setting) * N_BANDS + b] = Math.min(1, (s.pathway.dnaShare * relativeRisk(settings, setting, b)) / norm);
      }
    }
  });
  applyChanges(s, settings, cgsIds, weeks, base, { faceToFaceShare, videoCumulative, satelliteShare });
  return { enabled: true, weeks, bandCumulative, faceToFaceShare, videoCumulative, satelliteShare, staffTravelMinutes, dnaProbability };
}

/** Relative risk of not attending: a satellite brings the patient one band nearer; virtual has no journey. */
export function relativeRisk(settings: ClinicSettingsSpec, setting: number, band: number): number {
  const rr = settings.dnaRelativeRisk;
  if (setting === SETTING.virtual) return rr.virtual;
  return rr[TRAVEL_BANDS[setting === SETTING.satellite ? Math.max(0, band - 1) : band]!];
}

/**
 * The population-weighted mean relative risk over every CGS listed, at the starting settings
 * (national mode shares, no dated changes): dividing by it keeps pathway.dnaShare the national
 * average there, so geography redistributes non-attendance and only a change of settings moves it.
 */
export function nationalRelativeRisk(s: Scenario, settings: ClinicSettingsSpec, faceToFace: number): number {
  let weighted = 0;
  let population = 0;
  for (const [id, own] of Object.entries(settings.cgs)) {
    const people = s.geography.cgs[id]?.population ?? 0;
    let rr = 0;
    TRAVEL_BANDS.forEach((band, b) => {
      const satellite = b > 0 ? own.satelliteShareOfDistant : 0;
      const faceToFaceRisk = (1 - satellite) * relativeRisk(settings, SETTING.hub, b) + satellite * relativeRisk(settings, SETTING.satellite, b);
      rr += own.travelBandShares[band] * (faceToFace * faceToFaceRisk + (1 - faceToFace) * settings.dnaRelativeRisk.virtual);
    });
    weighted += people * rr;
    population += people;
  }
  return population > 0 && weighted > 0 ? weighted / population : 1;
}

interface WeekTables { readonly faceToFaceShare: Float64Array; readonly videoCumulative: Float64Array; readonly satelliteShare: Float64Array }

/** Dated changes, in order, from the first booking week starting on or after their date to the end. */
function applyChanges(s: Scenario, settings: ClinicSettingsSpec, cgsIds: readonly string[], weeks: number, base: BaseShares, t: WeekTables): void {
  // Video's part of the virtual appointments, as in appointmentModes (all video if none are virtual).
  const virtual = 1 - base.faceToFace;
  const videoOfVirtual = virtual > 0 ? (base.videoCumulative - base.faceToFace) / virtual : 1;
  for (const change of settings.changes) {
    const firstWeek = Math.max(0, Math.ceil(dateToDay(change.fromDate, s.run.startYear) / DAYS_PER_WEEK));
    cgsIds.forEach((id, c) => {
      if (!applies(s, change, id)) return;
      for (let w = firstWeek; w < weeks; w++) {
        const at = c * weeks + w;
        if (change.satelliteShareOfDistant !== undefined) t.satelliteShare[at] = change.satelliteShareOfDistant;
        if (change.faceToFaceShare !== undefined) {
          t.faceToFaceShare[at] = change.faceToFaceShare;
          t.videoCumulative[at] = change.faceToFaceShare + (1 - change.faceToFaceShare) * videoOfVirtual;
        }
      }
    });
  }
}

function applies(s: Scenario, change: ClinicSettingsSpec['changes'][number], cgsId: string): boolean {
  if (change.cgsId !== undefined) return change.cgsId === cgsId;
  if (change.networkId !== undefined) return s.geography.cgs[cgsId]!.networkId === change.networkId;
  return true;
}
