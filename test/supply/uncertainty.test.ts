import { describe, expect, it } from 'vitest';
import { replicateSupply, resolveLine, replicationStreams, supplyBands } from '../../src/supply/index.js';
import { line, params } from './fixtures.js';

const uncertain = line({
  initialQualifiedHeadcount: 50,
  initialTraineesByYear: [10, 9, 9],
  leaverRatePerYearShare: { kind: 'triangular', min: 0.04, mode: 0.08, max: 0.14 },
  takeUpShare: { kind: 'uniform', min: 0.7, max: 1 },
});
const options = { startYear: 2025, years: 15, seed: 42, replications: 60 };

describe('uncertain parameters', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = replicateSupply(params(uncertain), options);
    const b = replicateSupply(params(uncertain), options);
    const c = replicateSupply(params(uncertain), { ...options, seed: 43 });
    expect(a).toEqual(b);
    expect(a[0]!.records.at(-1)!.fteSupply).not.toBe(c[0]!.records.at(-1)!.fteSupply);
  });

  it('draws each parameter from its own named stream, so other changes leave it alone', () => {
    const streams = replicationStreams(7, 3);
    const before = resolveLine(uncertain, streams);
    const after = resolveLine({ ...uncertain, takeUpShare: 0.5 }, replicationStreams(7, 3));
    expect(after.leaverRatePerYearShare).toBe(before.leaverRatePerYearShare);
    expect(before.leaverRatePerYearShare).toBeGreaterThanOrEqual(0.04);
    expect(before.leaverRatePerYearShare).toBeLessThanOrEqual(0.14);
  });

  it('gives zero-width bands for known parameters and widening bands for uncertain ones', () => {
    const known = supplyBands(replicateSupply(params(line({ initialQualifiedHeadcount: 50 })), options));
    for (const band of known) expect(band.upper - band.lower).toBeCloseTo(0, 12);
    const bands = supplyBands(replicateSupply(params(uncertain), options));
    const width = bands.map((band) => band.upper - band.lower);
    expect(width[0]).toBeCloseTo(0, 12);
    expect(width[5]!).toBeGreaterThan(1);
    expect(width[14]!).toBeGreaterThan(width[5]!);
    for (const band of bands) {
      expect(band.lower).toBeLessThanOrEqual(band.median);
      expect(band.median).toBeLessThanOrEqual(band.upper);
    }
  });

  it('uses distribution means without streams', () => {
    const resolved = resolveLine(uncertain);
    expect(resolved.leaverRatePerYearShare).toBeCloseTo((0.04 + 0.08 + 0.14) / 3, 12);
    expect(resolved.takeUpShare).toBeCloseTo(0.85, 12);
  });
});
