/** A service standard to meet, e.g. `pct_within_18_weeks>=0.92`. */
export interface Target {
  readonly metric: string;
  readonly direction: '>=' | '<=';
  readonly value: number;
  readonly text: string;
}

/**
 * Parses `--target` strings, checking metric names and that the targets can hold together
 * (a metric cannot be required to be both above 0.9 and below 0.8).
 */
export function parseTargets(texts: readonly string[], metrics: readonly string[]): Target[] {
  if (texts.length === 0) throw new Error('give at least one --target, e.g. --target "pct_within_18_weeks>=0.92"');
  const targets = texts.map((text) => {
    const m = /^\s*([a-z0-9_]+)\s*(>=|<=|>|<)\s*(-?[0-9.]+(?:e-?\d+)?)\s*$/i.exec(text);
    if (!m) throw new Error(`--target "${text}": expected metric>=value or metric<=value, e.g. "pct_within_18_weeks>=0.92"`);
    const [, metric, op, valueText] = m as unknown as [string, string, string, string];
    if (!metrics.includes(metric)) throw new Error(`--target "${text}": unknown metric '${metric}'; expected one of ${metrics.join(', ')}`);
    const value = Number(valueText);
    if (!Number.isFinite(value)) throw new Error(`--target "${text}": '${valueText}' is not a number`);
    return { metric, direction: op.startsWith('>') ? ('>=' as const) : ('<=' as const), value, text };
  });
  for (const a of targets) {
    for (const b of targets) {
      if (a.metric === b.metric && a.direction === '>=' && b.direction === '<=' && a.value > b.value) {
        throw new Error(`contradictory targets: "${a.text}" and "${b.text}" cannot both hold`);
      }
    }
  }
  return targets;
}

/**
 * Whether a target holds "with the given confidence": the whole confidence interval lies on
 * the right side (for >=, the lower bound is at least the value).
 */
export function targetHolds(target: Target, interval: { low: number; high: number; mean: number }): boolean {
  const low = Number.isFinite(interval.low) ? interval.low : interval.mean;
  const high = Number.isFinite(interval.high) ? interval.high : interval.mean;
  return target.direction === '>=' ? low >= target.value : high <= target.value;
}
