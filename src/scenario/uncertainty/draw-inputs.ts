/**
 * Probabilistic sensitivity analysis: one draw of every uncertain input per replication, each
 * from its own stream named (seed, replication, `uncertainty/<path>`), so replication i draws the
 * same inputs whichever worker runs it, and adding an input shifts no other input's draw nor
 * any draw the model makes (its streams have other names). Applied to the resolved scenario
 * before the model compiles it: the scenario is where every input has one home and a checked
 * range, so a draw is checked by the same schema as a scenario file.
 */
import { createDistribution } from '../../engine/random/distribution-spec.js';
import { createStream } from '../../engine/random/stream.js';
import { scenarioSchema, type Scenario } from '../schema/scenario.js';
import type { UncertainInput } from '../schema/uncertainty.js';
import { getAt, numericPathsOf, setAt } from './input-paths.js';

export function inputStreamName(pattern: string): string {
  return `uncertainty/${pattern}`;
}

/** The uncertain inputs a replication draws, in a fixed order; none unless run.uncertainty is parameters. */
export function drawnInputNames(s: Scenario): string[] {
  return s.run.uncertainty === 'parameters' ? Object.keys(s.uncertainInputs).sort() : [];
}

/** The draws of replication `replication`, one per name of drawnInputNames. */
export function drawInputs(s: Scenario, seed: number, replication: number): number[] {
  return drawnInputNames(s).map((name) => {
    const stream = createStream(seed, replication, inputStreamName(name));
    return createDistribution(s.uncertainInputs[name]!.distribution).sample(stream);
  });
}

/**
 * The scenario replication `replication` runs: the scenario itself without parameter
 * uncertainty, otherwise a copy with every uncertain input drawn and applied.
 */
export function scenarioForReplication(s: Scenario, seed: number, replication: number): Scenario {
  const names = drawnInputNames(s);
  if (names.length === 0) return s;
  const draws = drawInputs(s, seed, replication);
  const drawn = structuredClone(s) as Scenario;
  names.forEach((name, i) => applyDraw(drawn, name, s.uncertainInputs[name]!, draws[i]!));
  const checked = scenarioSchema.safeParse(drawn);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    throw new Error(`replication ${replication}: the drawn inputs (${names.map((n, i) => `${n} ${draws[i]!.toPrecision(4)}`).join(', ')}) make an invalid scenario: ${first.path.join('.')}: ${first.message}; narrow the ranges in uncertainInputs`);
  }
  return checked.data;
}

/**
 * Shares of a whole that must sum to 1, by the key holding them, with the share that gives or
 * takes a drawn change of another: patients drawn into a farther travel band come from the
 * nearest band, so a draw moves patients between bands and the shares still sum to 1.
 */
const BALANCED_SHARES: ReadonlyMap<string, string> = new Map([['travelBandShares', 'under_30_min']]);

/**
 * Applies one draw to every value the path names. Shares stay within [0, 1] and values that were
 * not negative stay so (a wide range on a small share would otherwise leave the schema's range);
 * patient counts stay whole; a share of a balanced whole moves no more than its balancing share holds.
 */
function applyDraw(s: Scenario, pattern: string, input: UncertainInput, draw: number): void {
  for (const path of numericPathsOf(s, pattern)) {
    const value = getAt(s, path) as number;
    let changed = input.effect === 'multiply' ? value * draw : value + draw;
    const key = String(path[path.length - 1]);
    if (value >= 0) changed = Math.max(0, changed);
    if (key.endsWith('Share')) changed = Math.min(1, changed);
    if (key === 'count') changed = Math.round(changed);
    const balancing = BALANCED_SHARES.get(String(path[path.length - 2]));
    if (balancing !== undefined && balancing !== key) {
      const whole = path.slice(0, -1);
      const room = getAt(s, [...whole, balancing]) as number;
      changed = Math.max(0, Math.min(changed, value + room));
      setAt(s, [...whole, balancing], room - (changed - value));
    }
    setAt(s, path, changed);
  }
}
