import seedrandom from 'seedrandom';
import { expectNonNegativeInteger, formatValue } from './expect.js';

/** A source of uniform draws in [0, 1). */
export type Rng = () => number;

/**
 * A named random stream for one replication.
 *
 * Each stream is seeded from `${seed}/${replication}/${name}` alone, so streams are
 * independent of one another and of creation order: adding a stream to a model never
 * shifts the draws of another, which keeps common random numbers aligned across scenarios
 * (JaamSim's stream-per-distribution, replication-as-substream scheme). Alea is used because
 * it is several times faster than seedrandom's default ARC4 and passes the usual test batteries.
 */
export function createStream(seed: number, replication: number, name: string): Rng {
  expectNonNegativeInteger('seed', seed);
  expectNonNegativeInteger('replication', replication);
  if (typeof name !== 'string' || name.length === 0) {
    throw new RangeError(`Expected \`name\` to be a non-empty string, got \`${formatValue(name)}\``);
  }
  const state = seedrandom.alea(`${seed}/${replication}/${name}`, { state: true }).state() as AleaState;
  return aleaFrom(state);
}

interface AleaState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/**
 * Alea's step, exactly as seedrandom computes it, continued from the state seedrandom's
 * seeding produced: the same numbers, but the state lives in a typed array and the step is
 * one small closure V8 can inline, so a draw in the hot loop allocates nothing (seedrandom's
 * own generator boxes each result through two nested calls).
 */
function aleaFrom(state: AleaState): Rng {
  const s = Float64Array.of(state.s0, state.s1, state.s2, state.c);
  return () => {
    const t = 2091639 * s[0]! + s[3]! * 2.3283064365386963e-10; // 2^-32
    s[0] = s[1]!;
    s[1] = s[2]!;
    s[3] = t | 0;
    return (s[2] = t - s[3]!);
  };
}

/**
 * The same stream as `createStream`, as an object: `next()` on one class is a monomorphic
 * call V8 inlines, so hot loops that draw several numbers per event allocate nothing for them
 * (a closure per stream is a different function object at each call, which V8 often does not
 * inline, boxing each result). `asFunction()` gives the `Rng` view of the same sequence.
 */
export class RandomStream {
  // Alea's state (s0, s1, s2, c) in a typed array: `c` is an int32 that overflows V8's small
  // integers, so as an object field every step would allocate a number.
  private readonly s = new Float64Array(4);

  constructor(seed: number, replication: number, name: string) {
    expectNonNegativeInteger('seed', seed);
    expectNonNegativeInteger('replication', replication);
    if (typeof name !== 'string' || name.length === 0) {
      throw new RangeError(`Expected \`name\` to be a non-empty string, got \`${formatValue(name)}\``);
    }
    const state = seedrandom.alea(`${seed}/${replication}/${name}`, { state: true }).state() as AleaState;
    this.s.set([state.s0, state.s1, state.s2, state.c]);
  }

  /** The next uniform draw in [0, 1): Alea's step, exactly as seedrandom computes it. */
  next(): number {
    const s = this.s;
    const t = 2091639 * s[0]! + s[3]! * 2.3283064365386963e-10; // 2^-32
    s[0] = s[1]!;
    s[1] = s[2]!;
    s[3] = t | 0;
    return (s[2] = t - s[3]!);
  }

  /** The same sequence as an `Rng` function, for distributions' `sample(rng)`. */
  asFunction(): Rng {
    return () => this.next();
  }
}

/** Hands out one cached stream per name for a (seed, replication) pair. */
export class StreamFactory {
  readonly seed: number;
  readonly replication: number;
  private readonly streams = new Map<string, Rng>();

  constructor(seed: number, replication: number) {
    this.seed = expectNonNegativeInteger('seed', seed);
    this.replication = expectNonNegativeInteger('replication', replication);
  }

  /** The stream called `name`; the same object on every call, so its draws continue. */
  stream(name: string): Rng {
    let rng = this.streams.get(name);
    if (rng === undefined) {
      rng = createStream(this.seed, this.replication, name);
      this.streams.set(name, rng);
    }
    return rng;
  }
}
