import { describe, it, expect } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../../src/engine/stats/student-t.js';

describe('studentTQuantile', () => {
  it('matches the printed table to its four decimals', () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.7062], [0.975, 4, 2.7764], [0.975, 19, 2.093], [0.975, 29, 2.0452], [0.975, 1000, 1.9623],
    ];
    for (const [p, df, t] of table) expect(Math.abs(studentTQuantile(p, df) - t), `df ${df}`).toBeLessThan(5e-5);
  });

  it('matches SciPy (stats.t.ppf) to 1e-9 relative', () => {
    const reference: [number, number, number][] = [
      [0.975, 1, 12.706204736174694], [0.975, 2, 4.302652729749462], [0.975, 4, 2.7764451051977934],
      [0.975, 19, 2.0930240544083087], [0.975, 29, 2.045229642132703], [0.975, 1000, 1.9623390808264083],
      [0.995, 10, 3.16927267261695], [0.95, 5, 2.0150483733330233], [0.9, 3, 1.637744353696209],
      [0.999999, 3, 103.29946777942898], [0.975, 4.5, 2.6589123472044034], [0.6, 100, 0.25402218245822766],
    ];
    for (const [p, df, t] of reference) {
      expect(Math.abs(studentTQuantile(p, df) - t) / t, `p ${p}, df ${df}`).toBeLessThan(1e-9);
    }
  });

  it('inverts the CDF and is symmetric', () => {
    for (const df of [1, 2, 3, 4.5, 10, 30, 100, 10_000]) {
      for (const p of [1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6]) {
        expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p), `p ${p}, df ${df}`).toBeLessThan(1e-12);
      }
      expect(studentTQuantile(0.025, df)).toBe(-studentTQuantile(0.975, df));
    }
  });

  it('gives a remembered quantile exactly as first worked out, also once more than the remembered number were asked for', () => {
    const first = [studentTQuantile(0.975, 29), studentTQuantile(0.025, 29), studentTQuantile(0.9, 3.5)];
    for (let df = 1; df <= 1500; df++) studentTQuantile(0.975, df);
    expect([studentTQuantile(0.975, 29), studentTQuantile(0.025, 29), studentTQuantile(0.9, 3.5)]).toEqual(first);
    expect(first[1]).toBe(-first[0]!);
    expect(first[0]).toBeCloseTo(2.0452, 4);
  });

  it('rejects probabilities outside (0, 1) and df <= 0', () => {
    expect(() => studentTQuantile(1, 5)).toThrow('Expected `p` to be a number in (0, 1), got `1`');
    expect(() => studentTQuantile(0.5, 0)).toThrow('Expected `df` to be a finite number > 0, got `0`');
  });
});
