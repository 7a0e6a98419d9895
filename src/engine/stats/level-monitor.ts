import { expectFinite, expectNonNegativeInteger, rangeError } from '../random/expect.js';

export interface LevelMonitorOptions {
  /** Track time at each integer level 0..maxTrackedLevel (plus one overflow bin) for `levelProbabilities`. */
  readonly maxTrackedLevel?: number;
  /** Level at `startTime`; 0 unless given. */
  readonly initialLevel?: number;
}

/**
 * Time-weighted statistics of a piecewise-constant level (queue length, busy servers).
 * `update` credits the previous level with the time since the last change, so queries
 * at `now` add the still-open interval without changing state. Moments use West's (1979)
 * weighted incremental update, the time-weighted counterpart of Welford's.
 */
export class LevelMonitor {
  private lastTime: number;
  private currentLevel: number;
  private elapsed = 0;
  private weightedMean = 0;
  private weightedSquares = 0;
  private highest: number;
  private readonly maxTracked: number;
  private readonly timeAtLevel: Float64Array | undefined;

  constructor(startTime = 0, options: LevelMonitorOptions = {}) {
    this.lastTime = expectFinite('startTime', startTime);
    this.currentLevel = expectFinite('initialLevel', options.initialLevel ?? 0);
    this.highest = this.currentLevel;
    this.maxTracked = options.maxTrackedLevel === undefined ? -1 : expectNonNegativeInteger('maxTrackedLevel', options.maxTrackedLevel);
    this.timeAtLevel = this.maxTracked >= 0 ? new Float64Array(this.maxTracked + 2) : undefined;
  }

  /**
   * The level becomes `newLevel` at `time`. With tracking on, levels must be integers >= 0;
   * levels above `maxTrackedLevel` share the overflow bin.
   */
  update(time: number, newLevel: number): void {
    const dt = time - this.lastTime;
    if (!(dt >= 0)) throw rangeError('time', `>= the last update (${this.lastTime})`, time);
    if (dt > 0) this.accumulate(dt);
    this.lastTime = time;
    this.currentLevel = newLevel;
    if (newLevel > this.highest) this.highest = newLevel;
  }

  get level(): number {
    return this.currentLevel;
  }

  /** Highest level since construction or the last reset. */
  get max(): number {
    return this.highest;
  }

  /** Time-average level over [start or last reset, now]; NaN if no time has passed. */
  timeAverage(now: number): number {
    const dt = this.pendingTime(now);
    const total = this.elapsed + dt;
    if (total === 0) return NaN;
    return this.weightedMean + ((this.currentLevel - this.weightedMean) * dt) / total;
  }

  /** Time-weighted (population) variance of the level over the same window. */
  timeVariance(now: number): number {
    const dt = this.pendingTime(now);
    const total = this.elapsed + dt;
    if (total === 0) return NaN;
    const delta = this.currentLevel - this.weightedMean;
    const mean = this.weightedMean + (delta * dt) / total;
    return (this.weightedSquares + dt * delta * (this.currentLevel - mean)) / total;
  }

  /**
   * Fraction of time at each level 0..maxTrackedLevel; the last entry is the time above it.
   * A fresh array, for end-of-run reporting.
   */
  levelProbabilities(now: number): Float64Array {
    if (this.timeAtLevel === undefined) throw new Error('levelProbabilities needs the maxTrackedLevel option');
    const dt = this.pendingTime(now);
    const total = this.elapsed + dt;
    const probabilities = this.timeAtLevel.slice();
    probabilities[this.binOf(this.currentLevel)] += dt;
    for (let i = 0; i < probabilities.length; i++) probabilities[i] = probabilities[i]! / total;
    return probabilities;
  }

  /** Discards history before `now` (warm-up), keeping the current level. */
  reset(now: number): void {
    this.pendingTime(now);
    this.lastTime = now;
    this.elapsed = 0;
    this.weightedMean = 0;
    this.weightedSquares = 0;
    this.highest = this.currentLevel;
    this.timeAtLevel?.fill(0);
  }

  private accumulate(dt: number): void {
    const level = this.currentLevel;
    this.elapsed += dt;
    const delta = level - this.weightedMean;
    this.weightedMean += (delta * dt) / this.elapsed;
    this.weightedSquares += dt * delta * (level - this.weightedMean);
    if (this.timeAtLevel !== undefined) this.timeAtLevel[this.binOf(level)] += dt;
  }

  private binOf(level: number): number {
    return level > this.maxTracked ? this.maxTracked + 1 : level;
  }

  private pendingTime(now: number): number {
    const dt = now - this.lastTime;
    if (!(dt >= 0)) throw rangeError('now', `>= the last update (${this.lastTime})`, now);
    return dt;
  }
}
