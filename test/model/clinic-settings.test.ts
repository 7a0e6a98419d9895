import { beforeAll, describe, expect, it } from 'vitest';
import { N_BANDS, N_SETTINGS, SETTING } from '../../src/model/clinic-settings.js';
import { COUNTERS, N_TIME_USES, TU, type ReplicationMetrics } from '../../src/model/metrics.js';
import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { TRAVEL_BANDS } from '../../src/scenario/schema/clinic-settings.js';
import { fixture, runFixture, scaleRates, total, type CounterName, type ModelRun } from './run-model.js';

/**
 * Where clinics are held, on the stationary South West fixture (L and M; first appointments
 * only, by genetic counsellors, all face to face unless a test says otherwise). Demand is twice
 * the baseline so the counsellors' clinic time binds every week: what satellite travel takes
 * from it shows as fewer appointments.
 */
const band = (b: number) => TRAVEL_BANDS[b]!;
const bookedIn = (b: number) => `booked_${band(b)}` as CounterName;
const dnaIn = (b: number) => `dna_${band(b)}` as CounterName;
const FAR = 2;
const MID = 1;
const SOUTH_WEST = ['L', 'M'];

async function run(overrides: readonly string[], replications = 3): Promise<ModelRun> {
  const base = await runFixture('stationary-south-west', [], 0);
  return runFixture('stationary-south-west', [...scaleRates(base.config, 2), ...overrides], replications);
}
const satellites = (share: number) => SOUTH_WEST.map((c) => `clinicSettings.cgs.${c}.satelliteShareOfDistant=${share}`);
/** A change from the run's first day keeps the starting settings, so pathway.dnaShare means the same. */
const changeFromStart = (fields: string) => `clinicSettings.changes=[{fromDate: "2026-04-01", ${fields}}]`;
const sum = (runs: readonly ReplicationMetrics[], name: CounterName, cgs?: readonly number[]) => runs.reduce((a, m) => a + total(m, name, cgs), 0);
const travelHours = (m: ReplicationMetrics) => {
  let h = 0;
  for (let cr = 0; cr < m.fteWeeks.length; cr++) h += m.staffHours[cr * N_TIME_USES + TU.travel]!;
  return h;
};

describe('satellite clinics cost staff travel time, taken from clinic time', () => {
  let hub: ModelRun;
  let satellite: ModelRun;
  beforeAll(async () => {
    hub = await run(satellites(0));
    satellite = await run(satellites(1));
  });

  it('every satellite appointment costs its share of the round trip, reported as travel (relative 1e-9)', () => {
    expect(hub.runs.reduce((a, m) => a + travelHours(m), 0)).toBe(0);
    for (const m of satellite.runs) {
      let expected = 0;
      satellite.config.cgsIds.forEach((id, c) => {
        const own = satellite.config.scenario.clinicSettings!.cgs[id]!;
        expected += (total(m, 'first_satellite', [c]) * own.staffTravelMinutesPerSatelliteClinic) / own.appointmentsPerSatelliteClinic / 60;
      });
      expect(expected).toBeGreaterThan(0);
      expect(Math.abs(travelHours(m) - expected) / expected).toBeLessThan(1e-9);
    }
  });

  it('the travel comes out of clinic capacity: fewer first appointments fit in the same staff hours', () => {
    const seenHub = sum(hub.runs, 'first_appointments');
    const seenSatellite = sum(satellite.runs, 'first_appointments');
    // Each appointment takes 105 clinic minutes; travel adds 52.5 (M) or 37.5 (L) minutes to the distant ones.
    expect(seenSatellite).toBeLessThan(seenHub * 0.95);
    // Only distant patients go to satellites: the nearest band is always seen at the hub.
    expect(sum(satellite.runs, 'first_satellite')).toBeGreaterThan(0);
    expect(sum(satellite.runs, 'first_hub') / seenSatellite).toBeGreaterThan(0.3);
  });
});

describe('non-attendance by travel band and clinic setting', () => {
  const dnaShare = 'pathway.dnaShare=0.2';
  let hub: ModelRun;
  let satellite: ModelRun;
  beforeAll(async () => {
    hub = await run([dnaShare, changeFromStart('satelliteShareOfDistant: 0')], 4);
    satellite = await run([dnaShare, changeFromStart('satelliteShareOfDistant: 1')], 4);
  });

  /** Observed DNA share of a band with its standard error. */
  const rate = (r: ModelRun, b: number) => {
    const booked = sum(r.runs, bookedIn(b));
    const p = sum(r.runs, dnaIn(b)) / booked;
    return { p, se: Math.sqrt((p * (1 - p)) / booked) };
  };
  /** The compiled chance for CGS c, a setting and band. */
  const chance = (r: ModelRun, c: number, setting: number, b: number) => r.config.clinics.dnaProbability[(c * N_SETTINGS + setting) * N_BANDS + b]!;

  it('the chance of not attending is dnaShare × relative risk / the national mean at the starting settings (hand-computed)', () => {
    const s = hub.config.scenario;
    const settings = s.clinicSettings!;
    const rr = settings.dnaRelativeRisk;
    const faceToFace = s.appointmentModes.face_to_face.share;
    let weighted = 0;
    let people = 0;
    for (const [id, own] of Object.entries(settings.cgs)) {
      const sat = own.satelliteShareOfDistant;
      const b = own.travelBandShares;
      const f2f = b.under_30_min * rr.under_30_min
        + b.from_30_to_60_min * ((1 - sat) * rr.from_30_to_60_min + sat * rr.under_30_min)
        + b.over_60_min * ((1 - sat) * rr.over_60_min + sat * rr.from_30_to_60_min);
      weighted += s.geography.cgs[id]!.population * (faceToFace * f2f + (1 - faceToFace) * rr.virtual);
      people += s.geography.cgs[id]!.population;
    }
    const norm = weighted / people;
    expect(chance(hub, 0, SETTING.hub, FAR)).toBeCloseTo((0.2 * rr.over_60_min) / norm, 12);
    expect(chance(hub, 0, SETTING.satellite, FAR)).toBeCloseTo((0.2 * rr.from_30_to_60_min) / norm, 12);
    expect(chance(hub, 1, SETTING.virtual, MID)).toBeCloseTo((0.2 * rr.virtual) / norm, 12);
  });

  it('distant patients miss fewer appointments when seen at satellites (each rate within 4 SE of its chance)', () => {
    for (const b of [MID, FAR]) {
      const atHub = rate(hub, b);
      const atSatellite = rate(satellite, b);
      expect(atSatellite.p, band(b)).toBeLessThan(atHub.p - 3 * Math.hypot(atHub.se, atSatellite.se));
      // Both CGSs share one relative risk table, so their chances for a band and setting are equal.
      expect(Math.abs(atHub.p - chance(hub, 0, SETTING.hub, b))).toBeLessThan(4 * atHub.se);
      expect(Math.abs(atSatellite.p - chance(satellite, 0, SETTING.satellite, b))).toBeLessThan(4 * atSatellite.se);
    }
    // Patients near the hub are seen there either way.
    expect(Math.abs(rate(hub, 0).p - rate(satellite, 0).p)).toBeLessThan(4 * Math.hypot(rate(hub, 0).se, rate(satellite, 0).se));
  });

  it('consolidating to the hub from the shipped satellite shares raises non-attendance among distant patients', async () => {
    // A steeper gradient than shipped (2 rather than 1.25 for the longest journeys) so that the
    // shipped 20-30% satellite share makes a difference four replications can show.
    const steep = [dnaShare, 'clinicSettings.dnaRelativeRisk.over_60_min=2'];
    // The satellite shares of data/clinic_settings.csv (the fixture holds every clinic at the hub).
    const shipped = await run([...steep, 'clinicSettings.cgs.L.satelliteShareOfDistant=0.2', 'clinicSettings.cgs.M.satelliteShareOfDistant=0.3'], 4);
    const consolidated = await run([...steep, changeFromStart('satelliteShareOfDistant: 0')], 4);
    const before = rate(shipped, FAR);
    const after = rate(consolidated, FAR);
    expect(after.p).toBeGreaterThan(before.p + 2 * Math.hypot(before.se, after.se));
    expect(after.p).toBeCloseTo(chance(consolidated, 0, SETTING.hub, FAR), 1);
  });
});

describe('mode and setting shares of first appointments', () => {
  it('a face-to-face share from a date splits the rest between video and telephone as appointmentModes (within 4 SE)', async () => {
    const r = await run([
      'appointmentModes.face_to_face.share=0.45', 'appointmentModes.video.share=0.2', 'appointmentModes.telephone.share=0.35',
      changeFromStart('faceToFaceShare: 0.3'),
    ]);
    const first = sum(r.runs, 'first_appointments');
    const expected: [CounterName[], number][] = [
      [['first_hub', 'first_satellite'], 0.3],
      [['first_video'], 0.7 * (0.2 / 0.55)],
      [['first_telephone'], 0.7 * (0.35 / 0.55)],
    ];
    for (const [names, share] of expected) {
      const seen = names.reduce((a, n) => a + sum(r.runs, n), 0) / first;
      expect(Math.abs(seen - share), names.join('+')).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / first));
    }
  });

  it('settings count every attended first appointment once', async () => {
    const r = await run(['appointmentModes.face_to_face.share=0.5', 'appointmentModes.video.share=0.25', 'appointmentModes.telephone.share=0.25'], 2);
    for (const m of r.runs) {
      const bySetting = (['first_hub', 'first_satellite', 'first_video', 'first_telephone'] as const).reduce((a, n) => a + total(m, n), 0);
      expect(bySetting).toBe(total(m, 'first_appointments'));
      const byBand = TRAVEL_BANDS.reduce((a, _, b) => a + total(m, dnaIn(b)), 0);
      expect(byBand).toBe(total(m, 'dna'));
    }
  });
});

describe('without clinicSettings the model runs as before', () => {
  it('no settings, or settings with no satellites and no DNAs: every other count and hour identical (the band stream moves no other draw)', async () => {
    const { scenario } = await loadScenario(fixture('stationary-south-west'), { overrides: [...satellites(0), 'run.years=2'] });
    const without = compileModel({ ...scenario, clinicSettings: undefined });
    const withSettings = compileModel(scenario);
    expect(without.clinics.enabled).toBe(false);
    const newCounters = new Set<string>(COUNTERS.slice(COUNTERS.indexOf('first_hub')));
    for (let r = 0; r < 2; r++) {
      const a = runReplication(without, scenario.run.seed, r);
      const b = runReplication(withSettings, scenario.run.seed, r);
      COUNTERS.forEach((name, k) => {
        if (newCounters.has(name)) return;
        for (let y = 0; y < a.years; y++) for (let c = 0; c < a.nCgs; c++) expect(b.counters[b.counterIndex(y, c, k)], name).toBe(a.counters[a.counterIndex(y, c, k)]);
      });
      expect(Array.from(b.staffHours)).toEqual(Array.from(a.staffHours));
    }
  });
});
