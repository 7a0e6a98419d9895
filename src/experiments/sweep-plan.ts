import { hasPath } from '../scenario/merge.js';

/** One varied parameter: `path=low:high[:steps]`. */
export interface Variation {
  readonly path: string;
  readonly values: readonly number[];
}

/** One scenario setting to run: which values were set, and how to label it. */
export interface SweepSetting {
  readonly parameter: string;
  readonly value: string;
  readonly lowOrHigh: 'baseline' | 'low' | 'high' | 'step' | 'grid';
  readonly overrides: readonly string[];
}

/** Parses `--vary` arguments, checking each path names a number in the resolved scenario. */
export function parseVariations(specs: readonly string[], resolved: unknown): Variation[] {
  return specs.map((spec) => {
    const match = /^([^=]+)=([^:]+):([^:]+)(?::(\d+))?$/.exec(spec);
    if (!match) throw new Error(`--vary ${spec}: expected path=low:high[:steps], e.g. --vary demand.indications.cardiac.ratePer100kPerYear=20:40:3`);
    const [, path, lowText, highText, stepsText] = match as unknown as [string, string, string, string, string | undefined];
    const keys = path.split('.');
    if (!hasPath(resolved, keys)) throw new Error(`--vary ${spec}: '${path}' is not a field of the scenario (see scenarios/README.md)`);
    const current = keys.reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], resolved);
    if (typeof current !== 'number') throw new Error(`--vary ${spec}: '${path}' is not a number (it is ${JSON.stringify(current)})`);
    const low = Number(lowText);
    const high = Number(highText);
    const steps = stepsText === undefined ? 2 : Number(stepsText);
    if (!Number.isFinite(low) || !Number.isFinite(high)) throw new Error(`--vary ${spec}: low and high must be numbers`);
    if (!(steps >= 2)) throw new Error(`--vary ${spec}: steps must be at least 2, got ${stepsText}`);
    const values = Array.from({ length: steps }, (_, i) => low + ((high - low) * i) / (steps - 1));
    return { path, values };
  });
}

/** One-way settings (each parameter alone, others at baseline), or the full factorial grid. */
export function sweepSettings(variations: readonly Variation[], grid: boolean): SweepSetting[] {
  const settings: SweepSetting[] = [{ parameter: 'baseline', value: '', lowOrHigh: 'baseline', overrides: [] }];
  if (!grid) {
    for (const v of variations) {
      v.values.forEach((x, i) => settings.push({
        parameter: v.path, value: String(x), lowOrHigh: i === 0 ? 'low' : i === v.values.length - 1 ? 'high' : 'step', overrides: [`${v.path}=${x}`],
      }));
    }
    return settings;
  }
  let combos: string[][] = [[]];
  for (const v of variations) combos = combos.flatMap((c) => v.values.map((x) => [...c, `${v.path}=${x}`]));
  for (const c of combos) settings.push({ parameter: 'grid', value: c.join(';'), lowOrHigh: 'grid', overrides: c });
  return settings;
}
