import type { CgsEquity, Estimate } from './equity-records.js';

/** A ground on which a CGS can be among the worst served, read from one of its figures. */
interface Ground {
  readonly what: string;
  readonly pick: (r: CgsEquity) => Estimate | undefined;
  /** True when a larger value is worse (a longer wait). */
  readonly higherIsWorse: boolean;
  readonly show: (value: number) => string;
}

const GROUNDS: readonly Ground[] = [
  { what: 'lowest access ratio', pick: (r) => r.accessRatio, higherIsWorse: false, show: (v) => v.toFixed(2) },
  { what: 'longest median wait of those waiting', pick: (r) => r.medianWaitWeeks, higherIsWorse: true, show: (v) => `${v.toFixed(1)} weeks` },
  { what: 'lowest share within 18 weeks', pick: (r) => r.pctWithin18Weeks, higherIsWorse: false, show: (v) => `${(v * 100).toFixed(0)}%` },
];

export interface WorstServed {
  readonly record: CgsEquity;
  /** Why, e.g. "longest median wait of those waiting (1st of 17: 31.2 weeks)". */
  readonly reasons: readonly string[];
}

/** How many CGSs each ground names: 3 of England's 17, 1 in a network of two or three. */
export function worstPerGround(count: number): number {
  return Math.max(1, Math.min(3, Math.floor(count / 4)));
}

/**
 * The CGSs among the worst few on any ground the run has figures for (access ratio, median wait,
 * share within 18 weeks), those named on most grounds first, then by their worst rank. A CGS
 * whose interval overlaps the best CGS's is not singled out: with one CGS, or CGSs all alike,
 * nobody is listed.
 */
export function worstServed(records: readonly CgsEquity[]): WorstServed[] {
  const reasons = new Map<string, { record: CgsEquity; reasons: string[]; bestRank: number }>();
  for (const ground of GROUNDS) {
    const scored = records.filter((r) => ground.pick(r) !== undefined);
    const sign = ground.higherIsWorse ? -1 : 1;
    const ranked = [...scored].sort((a, b) => sign * (ground.pick(a)!.mean - ground.pick(b)!.mean) || a.cgs.localeCompare(b.cgs));
    const best = ranked[ranked.length - 1];
    ranked.slice(0, worstPerGround(scored.length)).forEach((r, rank) => {
      if (best === undefined || r === best || overlaps(ground.pick(r)!, ground.pick(best)!)) return;
      const entry = reasons.get(r.cgs) ?? { record: r, reasons: [], bestRank: Infinity };
      entry.reasons.push(`${ground.what} (${ordinal(rank + 1)} of ${scored.length}: ${ground.show(ground.pick(r)!.mean)})`);
      entry.bestRank = Math.min(entry.bestRank, rank);
      reasons.set(r.cgs, entry);
    });
  }
  return [...reasons.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || a.bestRank - b.bestRank || a.record.cgs.localeCompare(b.record.cgs))
    .map(({ record, reasons: why }) => ({ record, reasons: why }));
}

/** Whether two 95% intervals overlap: the difference is then not clear from these replications. */
function overlaps(a: Estimate, b: Estimate): boolean {
  const [aLow, aHigh] = Number.isFinite(a.low) ? [a.low, a.high] : [a.mean, a.mean];
  const [bLow, bHigh] = Number.isFinite(b.low) ? [b.low, b.high] : [b.mean, b.mean];
  return aLow <= bHigh && bLow <= aHigh;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
