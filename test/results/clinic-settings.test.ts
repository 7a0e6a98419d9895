import { describe, expect, it } from 'vitest';
import { C, COUNTERS, N_TIME_USES, TU } from '../../src/model/metrics.js';
import { CLINIC_SETTING_METRICS, measureClinicSettings } from '../../src/results/clinic-settings.js';
import type { ScopeYear } from '../../src/results/measures.js';

/** A scope-year with only what the clinic-setting metrics read: counters and staff hours of two roles. */
function scopeYear(counts: Partial<Record<(typeof COUNTERS)[number], number>>, travelHoursByRole: readonly number[]): ScopeYear {
  const counters = new Float64Array(COUNTERS.length);
  for (const [name, value] of Object.entries(counts)) counters[C[name as (typeof COUNTERS)[number]]] = value;
  const staffHours = new Float64Array(travelHoursByRole.length * N_TIME_USES);
  travelHoursByRole.forEach((h, r) => {
    staffHours[r * N_TIME_USES + TU.travel] = h;
    staffHours[r * N_TIME_USES + TU.clinic] = 1000; // Not travel: must not count.
  });
  return { counters, staffHours } as unknown as ScopeYear;
}

describe('clinic-setting metrics equal hand-computed values', () => {
  it('first-appointment shares by setting and mode, travel hours, DNA rates overall and by band', () => {
    const s = scopeYear({
      first_appointments: 20, first_hub: 6, first_satellite: 3, first_video: 4, first_telephone: 7,
      booked_under_30_min: 50, booked_from_30_to_60_min: 30, booked_over_60_min: 20,
      dna_under_30_min: 5, dna_from_30_to_60_min: 3, dna_over_60_min: 4,
    }, [12.5, 7.5]);
    const out = new Map<string, number>();
    measureClinicSettings(s, 2, out);
    expect([...out.keys()].sort()).toEqual([...CLINIC_SETTING_METRICS].sort());
    expect(out.get('share_first_face_to_face')).toBeCloseTo(9 / 20, 12);
    expect(out.get('share_first_satellite')).toBeCloseTo(3 / 20, 12);
    expect(out.get('share_first_video')).toBeCloseTo(4 / 20, 12);
    expect(out.get('share_first_telephone')).toBeCloseTo(7 / 20, 12);
    expect(out.get('staff_travel_hours')).toBe(20);
    expect(out.get('dna_rate')).toBeCloseTo(12 / 100, 12);
    expect(out.get('dna_rate_under_30_min')).toBeCloseTo(5 / 50, 12);
    expect(out.get('dna_rate_from_30_to_60_min')).toBeCloseTo(3 / 30, 12);
    expect(out.get('dna_rate_over_60_min')).toBeCloseTo(4 / 20, 12);
  });

  it('no first appointments or bookings: shares and rates are not numbers, not 0', () => {
    const out = new Map<string, number>();
    measureClinicSettings(scopeYear({}, [0]), 1, out);
    expect(out.get('share_first_face_to_face')).toBeNaN();
    expect(out.get('dna_rate_over_60_min')).toBeNaN();
    expect(out.get('staff_travel_hours')).toBe(0);
  });
});
