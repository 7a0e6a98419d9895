import { describe, expect, it } from 'vitest';
import { jacksonNetwork, jacksonTandem } from './jackson.js';
import { littleL, littleRelativeError } from './little.js';
import { mm1Abandonment } from './abandonment.js';

describe('Jackson networks', () => {
  it('adds the M/M/1 sojourns of a tandem line', () => {
    const r = jacksonTandem(0.5, [{ mu: 1, servers: 1 }, { mu: 2, servers: 1 }]);
    expect(r.lambdas).toEqual([0.5, 0.5]);
    expect(r.W).toBeCloseTo(2 + 2 / 3, 14);
    expect(r.L).toBeCloseTo(0.5 * (2 + 2 / 3), 14);
  });

  it('solves the traffic equations with feedback', () => {
    // One station, a quarter of customers return: λ = γ / (1 − p).
    const single = jacksonNetwork([{ externalLambda: 0.6, mu: 1, servers: 1 }], [[0.25]]);
    expect(single.lambdas[0]).toBeCloseTo(0.8, 14);
    expect(single.W).toBeCloseTo(4 / 0.6, 13);
    // Two stations: 1 → 2 always, 2 → 1 with probability 0.5.
    const loop = jacksonNetwork(
      [{ externalLambda: 1, mu: 3, servers: 1 }, { externalLambda: 0, mu: 5, servers: 2 }],
      [[0, 1], [0.5, 0]],
    );
    expect(loop.lambdas[0]).toBeCloseTo(2, 14);
    expect(loop.lambdas[1]).toBeCloseTo(2, 14);
  });

  it('rejects a closed loop and an overloaded station', () => {
    expect(() => jacksonNetwork([{ externalLambda: 1, mu: 3, servers: 1 }], [[1]])).toThrow('singular');
    expect(() => jacksonTandem(2, [{ mu: 3, servers: 1 }, { mu: 1, servers: 1 }])).toThrow('got 2 (lambda=2, mu=1, c=1)');
  });
});

describe('Little\'s law', () => {
  it('computes L = λW and the relative error', () => {
    expect(littleL(2, 3)).toBe(6);
    expect(littleRelativeError(6.6, 2, 3)).toBeCloseTo(0.1 / 1.1, 15);
    expect(() => littleL(-1, 1)).toThrow('Expected `lambda` to be a finite number >= 0, got `-1`');
  });
});

describe('M/M/1+M abandonment', () => {
  it('with θ = μ is M/M/∞, so P(abandon) = (a − 1 + e^−a) / a', () => {
    for (const a of [0.5, 1, 3]) {
      const r = mm1Abandonment(a, 1, 1);
      expect(r.L).toBeCloseTo(a, 12);
      expect(r.abandonment).toBeCloseTo((a - 1 + Math.exp(-a)) / a, 12);
    }
  });

  it('tends to M/M/1 as patience grows, and conserves flow', () => {
    const r = mm1Abandonment(0.5, 1, 1e-6);
    expect(r.L).toBeCloseTo(1, 5);
    const s = mm1Abandonment(1.2, 1, 0.5);
    // Throughput through the server = λ(1 − P(abandon)) = μ P(N >= 1).
    expect(1.2 * (1 - s.abandonment)).toBeCloseTo(1 - s.probabilities[0]!, 12);
  });
});
