import { exponential } from '../src/engine/random/distributions/exponential.js';
import { createStream } from '../src/engine/random/stream.js';
import { Simulation } from '../src/engine/simulation.js';
import { parseFlags } from './flags.js';

export interface HoldResult {
  readonly pending: number;
  readonly events: number;
  readonly ns_per_event: number;
  /** ns per event divided by log2(pending): roughly flat if the calendar is O(log N). */
  readonly ns_per_log2n: number;
}

/**
 * The classic "hold" model for event lists: N events stay pending; each one, when it fires,
 * schedules itself again after an exponential delay. The cost per event isolates the
 * calendar (pop + push) and the dispatch, and should grow like log N for a heap.
 */
export function runHold(pending: number, events: number, seed = 1): HoldResult {
  const sim = new Simulation();
  const rng = createStream(seed, 0, 'hold');
  const delay = exponential(1);
  let remaining = 0;
  const hold = sim.register((id) => {
    if (--remaining === 0) sim.stop();
    sim.schedule(delay.sample(rng), hold, id);
  });
  for (let i = 0; i < pending; i++) sim.schedule(delay.sample(rng), hold, i);
  // A warm-up of N events spreads the initial times into the steady-state shape.
  remaining = Math.min(pending, events);
  sim.run();
  remaining = events;
  const start = process.hrtime.bigint();
  sim.run();
  const ns = Number(process.hrtime.bigint() - start);
  return { pending, events, ns_per_event: ns / events, ns_per_log2n: ns / events / Math.log2(pending) };
}

export function holdCommand(argv: readonly string[]): void {
  const { values, json } = parseFlags(argv, { events: 2_000_000, seed: 1 });
  const results = [1e3, 1e4, 1e5, 1e6].map((n) => runHold(n, values.events, values.seed));
  if (json) console.log(JSON.stringify({ benchmark: 'hold', results }));
  else console.log(formatHold(results));
}

export function formatHold(results: readonly HoldResult[]): string {
  const rows = results.map((r) =>
    `  ${r.pending.toExponential(0).padStart(8)}  ${r.ns_per_event.toFixed(1).padStart(10)}  ${r.ns_per_log2n.toFixed(2).padStart(12)}`);
  return ['Hold model (pop + push per event)', '  pending N   ns/event   ns/log2(N)', ...rows].join('\n');
}
