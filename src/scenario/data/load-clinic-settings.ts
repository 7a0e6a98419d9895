import { TRAVEL_BANDS } from '../schema/clinic-settings.js';
import type { AssumptionBuilder } from './assumption-builder.js';
import { id, keyOf, list, number, parseDecimal, positive, share, text, type TableSpec } from './table-spec.js';

type Row = Readonly<Record<string, string>>;
const SHARE_TOLERANCE = 1e-6;
const JOURNEYS = [...TRAVEL_BANDS, 'virtual'] as const;

/** A CGS's travel band shares must sum to 1. */
function bandSharesRule(cells: Row): { column: string; message: string } | undefined {
  const sum = TRAVEL_BANDS.reduce((a, b) => a + parseDecimal(cells[`share_${b}`]!), 0);
  return Math.abs(sum - 1) < SHARE_TOLERANCE ? undefined : { column: 'share_over_60_min', message: `expected the travel band shares to sum to 1, got ${sum}` };
}

/** data/clinic_settings.csv (one row per CGS) and data/clinic_travel_dna.csv (one row per journey). */
export const CLINIC_SETTINGS_TABLES: readonly TableSpec[] = [
  {
    file: 'clinic_settings.csv', key: ['cgs_id'], complete: ['cgs_id'],
    columns: [
      id('cgs_id', keyOf('cgs.csv', 'cgs_id')),
      ...TRAVEL_BANDS.map((b) => share(`share_${b}`)),
      share('satellite_share_of_distant'),
      number('staff_travel_minutes_per_satellite_clinic', 'minutes (round trip)', { min: 0, max: 600 }),
      positive('appointments_per_satellite_clinic', 'appointments per clinic'),
      text('source'),
    ],
    rowRule: bandSharesRule,
  },
  {
    file: 'clinic_travel_dna.csv', key: ['journey'], complete: ['journey'],
    columns: [id('journey', list(JOURNEYS, 'a travel band or virtual')), number('dna_relative_risk', 'relative risk', { above: 0, max: 10 }), text('source')],
  },
];

/** The default `clinicSettings`: where each CGS's clinics are held and non-attendance by journey. */
export function loadClinicSettings(b: AssumptionBuilder, rowsOf: (name: string) => Row[]): void {
  const num = (r: Row, column: string) => parseDecimal(r[column]!);
  rowsOf('clinic_settings.csv').forEach((r) => {
    const base = ['clinicSettings', 'cgs', r.cgs_id!];
    for (const band of TRAVEL_BANDS) b.put([...base, 'travelBandShares', band], num(r, `share_${band}`), 'share of patients', r.source!);
    b.put([...base, 'satelliteShareOfDistant'], num(r, 'satellite_share_of_distant'), 'share', r.source!);
    b.put([...base, 'staffTravelMinutesPerSatelliteClinic'], num(r, 'staff_travel_minutes_per_satellite_clinic'), 'minutes', r.source!);
    b.put([...base, 'appointmentsPerSatelliteClinic'], num(r, 'appointments_per_satellite_clinic'), 'appointments', r.source!);
  });
  rowsOf('clinic_travel_dna.csv').forEach((r) =>
    b.put(['clinicSettings', 'dnaRelativeRisk', r.journey!], num(r, 'dna_relative_risk'), 'relative risk', r.source!));
  b.put(['clinicSettings', 'changes'], [], '', '');
}
