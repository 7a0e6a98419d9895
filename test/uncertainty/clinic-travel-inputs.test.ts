import { beforeAll, describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/model-config.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { TRAVEL_BANDS } from '../../src/scenario/schema/clinic-settings.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { drawInputs, drawnInputNames, scenarioForReplication } from '../../src/scenario/uncertainty/draw-inputs.js';
import { fixture } from '../model/run-model.js';

/**
 * Clinic travel and journey inputs have ranges in their sources (clinic_settings.csv,
 * clinic_travel_dna.csv): with parameter uncertainty each replication draws them, the drawn
 * scenario is valid (travel band shares still sum to 1) and the model's compiled clinic tables move.
 */
const ROWS = {
  'clinicSettings.dnaRelativeRisk.from_30_to_60_min': [0.91, 1.14],
  'clinicSettings.dnaRelativeRisk.over_60_min': [0.8, 1.24],
  'clinicSettings.dnaRelativeRisk.virtual': [0.75, 1.25],
  'clinicSettings.cgs.*.travelBandShares.from_30_to_60_min': [-0.1, 0.1],
  'clinicSettings.cgs.*.travelBandShares.over_60_min': [-0.1, 0.1],
  'clinicSettings.cgs.*.satelliteShareOfDistant': [0, 3],
  'clinicSettings.cgs.*.staffTravelMinutesPerSatelliteClinic': [0.5, 1.5],
  'clinicSettings.cgs.*.appointmentsPerSatelliteClinic': [1, 1.25],
} as const;
const REPLICATIONS = 60;

describe('clinic travel and journey inputs are uncertain inputs', () => {
  let on: Scenario;
  let drawn: Scenario[];
  beforeAll(async () => {
    on = (await loadScenario(fixture('cli-small'), { overrides: ['run.uncertainty=parameters'] })).scenario;
    drawn = Array.from({ length: REPLICATIONS }, (_, r) => scenarioForReplication(on, 1, r));
  });

  it('every row is drawn, within its stated range, and moves both ways across replications', () => {
    const names = drawnInputNames(on);
    for (const [path, [low, high]] of Object.entries(ROWS)) {
      const k = names.indexOf(path);
      expect(k, path).toBeGreaterThanOrEqual(0);
      const draws = Array.from({ length: REPLICATIONS }, (_, r) => drawInputs(on, 1, r)[k]!);
      expect(Math.min(...draws), path).toBeGreaterThanOrEqual(low);
      expect(Math.max(...draws), path).toBeLessThanOrEqual(high);
      const noChange = on.uncertainInputs[path]!.effect === 'multiply' ? 1 : 0;
      // The mode is at no change; the range lies on both sides except for appointments per clinic (4 to 5).
      if (low < noChange) expect(draws.some((d) => d < noChange), path).toBe(true);
      expect(draws.some((d) => d > noChange), path).toBe(true);
    }
  });

  it('drawn scenarios are valid: band shares stay in [0, 1] and sum to 1, the nearest band giving or taking the change', () => {
    const settings = on.clinicSettings!;
    const k = drawnInputNames(on).indexOf('clinicSettings.cgs.*.travelBandShares.over_60_min');
    const j = drawnInputNames(on).indexOf('clinicSettings.cgs.*.travelBandShares.from_30_to_60_min');
    let moved = 0;
    drawn.forEach((s, r) => {
      const draws = drawInputs(on, 1, r);
      for (const [id, own] of Object.entries(s.clinicSettings!.cgs)) {
        const shares = TRAVEL_BANDS.map((b) => own.travelBandShares[b]);
        for (const x of shares) expect(x).toBeGreaterThanOrEqual(0);
        expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
        const base = settings.cgs[id]!.travelBandShares;
        // The nearest band holds at least 0.3 everywhere, so it can give both draws; a far band of 0.03 (London) stops at 0.
        expect(own.travelBandShares.over_60_min).toBeCloseTo(Math.max(0, base.over_60_min + draws[k]!), 12);
        expect(own.travelBandShares.from_30_to_60_min).toBeCloseTo(base.from_30_to_60_min + draws[j]!, 12);
        expect(own.satelliteShareOfDistant).toBeLessThanOrEqual(1);
        if (own.travelBandShares.under_30_min !== base.under_30_min) moved++;
      }
    });
    expect(moved).toBeGreaterThan(0);
  });

  it('the compiled clinic tables move with the draws: staff travel per satellite appointment and the chance of not attending far away', () => {
    const configs = drawn.slice(0, 20).map((s) => compileModel(s).clinics);
    const travel = configs.map((c) => c.staffTravelMinutes[0]!);
    const farDna = configs.map((c) => c.dnaProbability[2]!);
    expect(new Set(travel).size).toBe(travel.length);
    expect(new Set(farDna).size).toBe(farDna.length);
    const base = compileModel(on).clinics;
    expect(Math.min(...travel)).toBeLessThan(base.staffTravelMinutes[0]!);
    expect(Math.max(...travel)).toBeGreaterThan(base.staffTravelMinutes[0]!);
  });
});
