import { z } from 'zod';
import { MAX_CGS } from './geography.js';
import { boundedRecord, isoDate, nonNegative, positive, share, source, text } from './primitives.js';

/**
 * Where clinics are held. A face-to-face appointment is at the CGS's hub or at a satellite
 * (outreach) clinic nearer the patient; a virtual clinic is a video or telephone appointment
 * (the modes of `appointmentModes`, which stay the one list of modes).
 */
export const CLINIC_SETTINGS = ['hub', 'satellite', 'virtual'] as const;
export type ClinicSetting = (typeof CLINIC_SETTINGS)[number];

/** How far a patient lives from the CGS's hub, by usual journey time (car or public transport). */
export const TRAVEL_BANDS = ['under_30_min', 'from_30_to_60_min', 'over_60_min'] as const;
export type TravelBand = (typeof TRAVEL_BANDS)[number];

/** Longest staff round trip to a satellite clinic, minutes: a working day. */
const MAX_TRAVEL_MINUTES = 600;
/** Largest relative risk of not attending. */
const MAX_RELATIVE_RISK = 10;

const SHARE_TOLERANCE = 1e-6;

export const travelBandSharesSchema = z
  .strictObject(Object.fromEntries(TRAVEL_BANDS.map((b) => [b, share(`Share of the CGS's patients living ${b.replace(/_/g, ' ')} from its hub.`)])) as Record<TravelBand, ReturnType<typeof share>>)
  .refine((b) => Math.abs(TRAVEL_BANDS.reduce((sum, k) => sum + b[k], 0) - 1) < SHARE_TOLERANCE, { message: 'expected the travel band shares to sum to 1' });

export const cgsClinicSettingsSchema = z.strictObject({
  travelBandShares: travelBandSharesSchema.describe('Where the CGS\'s patients live, by journey time to its hub.'),
  satelliteShareOfDistant: share('Share of face-to-face appointments of patients living 30 minutes or more from the hub that are held at a satellite (outreach) clinic; a satellite brings them one travel band nearer.'),
  staffTravelMinutesPerSatelliteClinic: nonNegative('Staff round-trip travel to a satellite clinic, minutes; taken from clinic time.', MAX_TRAVEL_MINUTES),
  appointmentsPerSatelliteClinic: positive('Appointments held per satellite clinic: the travel is shared among them.', 100),
  source: source.optional(),
});

export const travelDnaRiskSchema = z.strictObject({
  ...Object.fromEntries(TRAVEL_BANDS.map((b) => [b, positive(`Relative risk of not attending a face-to-face appointment ${b.replace(/_/g, ' ')} away.`, MAX_RELATIVE_RISK)])) as Record<TravelBand, ReturnType<typeof positive>>,
  virtual: positive('Relative risk of not attending a video or telephone appointment (no journey).', MAX_RELATIVE_RISK),
  source: source.optional(),
});

export const clinicSettingsChangeSchema = z.strictObject({
  fromDate: isoDate.describe('First day the change applies (YYYY-MM-DD); from the first booking week starting on or after it.'),
  cgsId: text().optional().describe('CGS changed; with neither cgsId nor networkId, every CGS.'),
  networkId: text().optional().describe('Network whose CGSs are changed.'),
  satelliteShareOfDistant: share('New share of distant patients\' face-to-face appointments held at satellites.').optional(),
  faceToFaceShare: share('New share of appointments held face to face (hub or satellite); the rest are virtual, split between video and telephone as in appointmentModes.').optional(),
}).refine((c) => !(c.cgsId !== undefined && c.networkId !== undefined), { message: 'expected cgsId or networkId, not both' });

export const clinicSettingsSchema = z.strictObject({
  dnaRelativeRisk: travelDnaRiskSchema.describe('Relative risk of not attending by the patient\'s journey; pathway.dnaShare stays the national average at the starting settings.'),
  cgs: boundedRecord(cgsClinicSettingsSchema, MAX_CGS, 'CGSs').describe('Clinic settings by CGS id; a CGS not listed holds every face-to-face clinic at its hub with no travel effect.'),
  changes: z.array(clinicSettingsChangeSchema).max(1000, 'expected at most 1,000 changes').default([]).describe('Changes to where clinics are held from a date, in order (a later change to the same CGS wins).'),
});

export type ClinicSettingsSpec = z.output<typeof clinicSettingsSchema>;

type Ctx = z.RefinementCtx;
interface Parsed {
  geography: { networks: Record<string, unknown>; cgs: Record<string, unknown> };
  clinicSettings?: ClinicSettingsSpec | undefined;
}

/** Every CGS and network named in clinicSettings must exist. */
export function checkClinicSettingsReferences(s: Parsed, ctx: Ctx): void {
  const settings = s.clinicSettings;
  if (settings === undefined) return;
  const cgsIds = Object.keys(s.geography.cgs);
  const networks = Object.keys(s.geography.networks);
  const unknown = (path: (string | number)[], what: string, value: string, known: string[]) =>
    ctx.addIssue({ code: 'custom', path: ['clinicSettings', ...path], message: `unknown ${what} '${value}'; expected one of ${known.join(', ')}`, input: value });
  for (const id of Object.keys(settings.cgs)) if (!cgsIds.includes(id)) unknown(['cgs', id], 'CGS', id, cgsIds);
  settings.changes.forEach((c, i) => {
    if (c.cgsId !== undefined && !cgsIds.includes(c.cgsId)) unknown(['changes', i, 'cgsId'], 'CGS', c.cgsId, cgsIds);
    if (c.networkId !== undefined && !networks.includes(c.networkId)) unknown(['changes', i, 'networkId'], 'network', c.networkId, networks);
  });
}
