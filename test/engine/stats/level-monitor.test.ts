import { describe, it, expect } from 'vitest';
import { LevelMonitor } from '../../../src/engine/stats/level-monitor.js';
import { createStream } from '../../../src/engine/random/stream.js';

/** Level 0 on [0,1), 2 on [1,3), 1 on [3,6), 0 on [6,10]. */
function handTrace(options = {}): LevelMonitor {
  const monitor = new LevelMonitor(0, options);
  monitor.update(1, 2);
  monitor.update(3, 1);
  monitor.update(6, 0);
  return monitor;
}

describe('LevelMonitor', () => {
  it('time-averages a hand-computed trace', () => {
    const monitor = handTrace();
    // Area 0·1 + 2·2 + 1·3 + 0·4 = 7 over 10 days; ∫L² = 8 + 3 = 11, so variance 1.1 − 0.49.
    expect(monitor.timeAverage(10)).toBeCloseTo(0.7, 14);
    expect(monitor.timeVariance(10)).toBeCloseTo(0.61, 14);
    expect(monitor.max).toBe(2);
    expect(monitor.level).toBe(0);
    // Querying is side-effect free and includes the open interval.
    expect(monitor.timeAverage(6)).toBeCloseTo(7 / 6, 14);
    expect(monitor.timeAverage(10)).toBeCloseTo(0.7, 14);
  });

  it('counts zero-length intervals for the maximum but not for averages', () => {
    const monitor = new LevelMonitor(5, { initialLevel: 1 });
    monitor.update(5, 9);
    monitor.update(5, 1);
    expect(monitor.max).toBe(9);
    expect(monitor.timeAverage(7)).toBe(1);
    expect(monitor.timeVariance(7)).toBe(0);
    expect(new LevelMonitor(5).timeAverage(5)).toBeNaN();
  });

  it('tracks the time at each level', () => {
    const monitor = handTrace({ maxTrackedLevel: 1 });
    expect(Array.from(monitor.levelProbabilities(10))).toEqual([0.5, 0.3, 0.2]);
    expect(() => handTrace().levelProbabilities(10)).toThrow('maxTrackedLevel');
  });

  it('forgets the warm-up on reset but keeps the current level', () => {
    const monitor = handTrace({ maxTrackedLevel: 3 });
    monitor.update(8, 3);
    monitor.reset(9);
    expect(monitor.max).toBe(3);
    monitor.update(10, 1);
    // Level 3 on [9,10), 1 on [10,13).
    expect(monitor.timeAverage(13)).toBeCloseTo(6 / 4, 14);
    expect(Array.from(monitor.levelProbabilities(13))).toEqual([0, 0.75, 0, 0.25, 0]);
  });

  it('rejects time running backwards', () => {
    const monitor = handTrace();
    expect(() => monitor.update(5, 1)).toThrow('Expected `time` to be >= the last update (6), got `5`');
    expect(() => monitor.timeAverage(2)).toThrow('Expected `now` to be >= the last update (6), got `2`');
    expect(() => new LevelMonitor(0, { maxTrackedLevel: -1 })).toThrow('Expected `maxTrackedLevel` to be an integer >= 0, got `-1`');
  });

  it('reproduces the M/M/1 state probabilities (1 − ρ)ρⁿ', () => {
    // Birth–death chain with λ = 0.8, μ = 1. The chain is autocorrelated, so i.i.d. standard
    // errors do not apply; over 12 seeds of 2e6 transitions the worst state-probability error
    // was 0.0025 and the mean level's errors had sd 0.035. Tolerances 0.006 and 0.2 leave a
    // wide margin yet catch a level credited to the wrong interval or ρ off by 0.05 (ΔP(0) = 0.05).
    const rho = 0.8;
    const rng = createStream(11, 0, 'mm1');
    const monitor = new LevelMonitor(0, { maxTrackedLevel: 10 });
    let now = 0;
    let level = 0;
    for (let i = 0; i < 2_000_000; i++) {
      const rate = level > 0 ? rho + 1 : rho;
      now += -Math.log(1 - rng()) / rate;
      level += rng() * rate < rho ? 1 : -1;
      monitor.update(now, level);
    }
    const probabilities = monitor.levelProbabilities(now);
    for (let n = 0; n <= 10; n++) expect(Math.abs(probabilities[n]! - (1 - rho) * rho ** n)).toBeLessThan(0.006);
    expect(Math.abs(probabilities[11]! - rho ** 11)).toBeLessThan(0.006);
    expect(Math.abs(monitor.timeAverage(now) - rho / (1 - rho))).toBeLessThan(0.2);
  });
});
