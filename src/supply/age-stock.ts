import type { AgeBand } from './types.js';

/** Per-step split of a stock's exits by cause; the object is reused, so copy what must be kept. */
export interface ExitFlows {
  leavers: number;
  retirements: number;
  movesOut: number;
}

/**
 * Qualified staff by single year of age, so the starting age profile ages exactly one band per
 * band width and retirement follows each band's rate. Without a profile the stock is one cell
 * with a flat retirement rate that does not age (the model before age profiles).
 */
export class AgeStock {
  readonly minAge: number;
  readonly bands: readonly AgeBand[];
  readonly heads: Float64Array;
  /** Heads moving to other networks in the last step, by age cell. */
  readonly movesOutByAge: Float64Array;
  private readonly retireShare: Float64Array;
  private readonly joinerCell: number;
  private readonly flows: ExitFlows = { leavers: 0, retirements: 0, movesOut: 0 };

  constructor(bands: readonly AgeBand[], flatRetirement: number, initialHeads: number, joinerAgeYears: number) {
    this.bands = bands;
    if (bands.length === 0) {
      this.minAge = 0;
      this.heads = Float64Array.of(initialHeads);
      this.retireShare = Float64Array.of(flatRetirement);
      this.joinerCell = 0;
    } else {
      this.minAge = Math.min(...bands.map((b) => b.fromAge));
      const maxAge = Math.max(...bands.map((b) => b.toAge));
      this.heads = new Float64Array(maxAge - this.minAge + 1);
      this.retireShare = new Float64Array(this.heads.length);
      const shareTotal = bands.reduce((sum, b) => sum + b.share, 0);
      for (const band of bands) {
        const width = band.toAge - band.fromAge + 1;
        for (let age = band.fromAge; age <= band.toAge; age += 1) {
          this.heads[age - this.minAge] = shareTotal > 0 ? (initialHeads * band.share) / shareTotal / width : 0;
          this.retireShare[age - this.minAge] = band.retirementRatePerYearShare;
        }
      }
      this.joinerCell = Math.min(this.heads.length - 1, Math.max(0, Math.round(joinerAgeYears) - this.minAge));
    }
    this.movesOutByAge = new Float64Array(this.heads.length);
  }

  total(): number {
    let sum = 0;
    for (const heads of this.heads) sum += heads;
    return sum;
  }

  /**
   * Removes one step's exits: at each age the yearly shares of leaving, moving and retiring add
   * to an exit share (capped at 1) turned into a per-step share by compounding, then split by cause.
   */
  exit(leaverPerYear: number, movePerYear: number, stepsPerYear: number): ExitFlows {
    const flows = this.flows;
    flows.leavers = 0; flows.retirements = 0; flows.movesOut = 0;
    for (let cell = 0; cell < this.heads.length; cell += 1) {
      const retire = this.retireShare[cell]!;
      const uncapped = leaverPerYear + movePerYear + retire;
      const heads = this.heads[cell]!;
      this.movesOutByAge[cell] = 0;
      if (uncapped <= 0 || heads === 0) continue;
      const exits = heads * (1 - (1 - Math.min(1, uncapped)) ** (1 / stepsPerYear));
      const moves = (exits * movePerYear) / uncapped;
      const leavers = (exits * leaverPerYear) / uncapped;
      this.movesOutByAge[cell] = moves;
      flows.movesOut += moves;
      flows.leavers += leavers;
      flows.retirements += exits - moves - leavers;
      this.heads[cell] = heads - exits;
    }
    return flows;
  }

  addJoiners(heads: number): void {
    this.heads[this.joinerCell]! += heads;
  }

  /** Adds movers from another network, by age cell. */
  addMovers(byAge: ArrayLike<number>, scale: number): void {
    for (let cell = 0; cell < this.heads.length; cell += 1) this.heads[cell]! += (byAge[cell] ?? 0) * scale;
  }

  /** A year older: returns the heads ageing past the oldest band, who retire. */
  ageOneYear(): number {
    if (this.bands.length === 0) return 0;
    const last = this.heads.length - 1;
    const retiring = this.heads[last]!;
    this.heads.copyWithin(1, 0, last);
    this.heads[0] = 0;
    return retiring;
  }

  byBand(): number[] {
    return this.bands.map((band) => {
      let sum = 0;
      for (let age = band.fromAge; age <= band.toAge; age += 1) sum += this.heads[age - this.minAge]!;
      return sum;
    });
  }
}
