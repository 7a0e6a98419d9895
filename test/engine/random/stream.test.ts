import { describe, it, expect } from 'vitest';
import { StreamFactory, createStream, type Rng } from '../../../src/engine/random/stream.js';

const draw = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng());

describe('createStream', () => {
  it('gives the same sequence for the same seed, replication and name', () => {
    expect(draw(createStream(42, 3, 'arrivals'), 20)).toEqual(draw(createStream(42, 3, 'arrivals'), 20));
  });

  it('gives different sequences for different names, replications and seeds', () => {
    const base = draw(createStream(42, 3, 'arrivals'), 5);
    expect(draw(createStream(42, 3, 'service'), 5)).not.toEqual(base);
    expect(draw(createStream(42, 4, 'arrivals'), 5)).not.toEqual(base);
    expect(draw(createStream(43, 3, 'arrivals'), 5)).not.toEqual(base);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = createStream(1, 0, 'uniformity');
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < n; i++) {
      const u = rng();
      low = Math.min(low, u);
      high = Math.max(high, u);
      sum += u;
      squares += u * u;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    // Var(U²) = 1/5 − 1/9 bounds the error of the second moment.
    expect(Math.abs(squares / n - 1 / 3)).toBeLessThan(5 * Math.sqrt((1 / 5 - 1 / 9) / n));
  });

  it('rejects bad seeds, replications and names with the value received', () => {
    expect(() => createStream(-1, 0, 'a')).toThrow('Expected `seed` to be an integer >= 0, got `-1`');
    expect(() => createStream(1, -1, 'a')).toThrow('Expected `replication` to be an integer >= 0, got `-1`');
    expect(() => createStream(1.5, 0, 'a')).toThrow('got `1.5`');
    expect(() => createStream(1, Number.NaN, 'a')).toThrow('Expected `replication` to be an integer >= 0, got `NaN`');
    expect(() => createStream(1, Infinity, 'a')).toThrow('got `Infinity`');
    expect(() => createStream(1, 0, '')).toThrow('Expected `name` to be a non-empty string, got `""`');
  });
});

describe('StreamFactory', () => {
  it('caches one stream per name', () => {
    const factory = new StreamFactory(7, 0);
    expect(factory.stream('a')).toBe(factory.stream('a'));
    expect(factory.stream('a')).not.toBe(factory.stream('b'));
  });

  it('matches createStream, so adding another stream never changes a stream\'s draws', () => {
    const alone = new StreamFactory(7, 2);
    const expected = draw(alone.stream('service'), 10);

    const crowded = new StreamFactory(7, 2);
    const other = crowded.stream('arrivals');
    draw(other, 3);
    const service = crowded.stream('service');
    const interleaved: number[] = [];
    for (let i = 0; i < 10; i++) {
      interleaved.push(service());
      other();
    }
    expect(interleaved).toEqual(expected);
    expect(draw(createStream(7, 2, 'service'), 10)).toEqual(expected);
  });

  it('validates its seed and replication', () => {
    expect(() => new StreamFactory(0, -1)).toThrow('Expected `replication` to be an integer >= 0, got `-1`');
    expect(() => new StreamFactory(0.5, 0)).toThrow('Expected `seed` to be an integer >= 0, got `0.5`');
  });
});

describe('createStream reproduces seedrandom.alea exactly', () => {
  it('gives the same 100,000 numbers as seedrandom.alea for the same seed string', async () => {
    const { default: seedrandom } = await import('seedrandom');
    const reference = seedrandom.alea('7/3/arrivals');
    const ours = createStream(7, 3, 'arrivals');
    for (let i = 0; i < 100_000; i++) expect(ours()).toBe(reference());
  });
});
