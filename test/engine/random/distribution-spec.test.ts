import { describe, it, expect } from 'vitest';
import {
  createDistribution, createDistributionFromUnknown, distributionKinds, distributionSpecSchema, type DistributionSpec,
} from '../../../src/engine/random/distribution-spec.js';

const KINDS = 'exponential, gamma, lognormal, triangular, uniform, deterministic, empirical, poisson, bernoulli, weibull';

function messageOf(value: unknown, path = 'services.triage.duration'): string {
  try {
    createDistributionFromUnknown(value, path);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected createDistributionFromUnknown to throw');
}

describe('createDistribution', () => {
  const specs: [DistributionSpec, number, number][] = [
    [{ kind: 'exponential', mean: 3 }, 3, 9],
    [{ kind: 'gamma', mean: 10, sd: 4 }, 10, 16],
    [{ kind: 'lognormal', mean: 10, sd: 5 }, 10, 25],
    [{ kind: 'triangular', min: 0, mode: 3, max: 3 }, 2, 0.5],
    [{ kind: 'uniform', min: 0, max: 6 }, 3, 3],
    [{ kind: 'deterministic', value: 2 }, 2, 0],
    [{ kind: 'empirical', values: [1, 3] }, 2, 1],
    [{ kind: 'empirical', values: [1, 3], weights: [3, 1] }, 1.5, 0.75],
    [{ kind: 'poisson', mean: 12 }, 12, 12],
    [{ kind: 'bernoulli', p: 0.25 }, 0.25, 0.1875],
    [{ kind: 'weibull', shape: 1, scale: 2 }, 2, 4],
  ];
  for (const [spec, mean, variance] of specs) {
    it(`builds ${JSON.stringify(spec)}`, () => {
      const distribution = createDistribution(spec);
      expect(distribution.kind).toBe(spec.kind);
      expect(distribution.mean).toBeCloseTo(mean, 12);
      expect(distribution.variance).toBeCloseTo(variance, 12);
      expect(createDistributionFromUnknown(spec, 'x').mean).toBe(distribution.mean);
    });
  }

  it('covers every kind the schema accepts', () => {
    expect(distributionKinds.join(', ')).toBe(KINDS);
    expect(new Set(specs.map(([spec]) => spec.kind)).size).toBe(distributionKinds.length);
  });
});

describe('createDistributionFromUnknown errors', () => {
  it('names an unknown or missing kind and lists the known ones', () => {
    expect(messageOf({ kind: 'foo', mean: 1 })).toBe(`services.triage.duration.kind: unknown distribution 'foo'; expected one of ${KINDS}`);
    expect(messageOf({ mean: 1 })).toBe(`services.triage.duration.kind: missing distribution kind; expected one of ${KINDS}`);
    expect(messageOf(5)).toBe('services.triage.duration: must be an object with a `kind` field (got 5)');
  });

  it('shows each bad field with the value received', () => {
    expect(messageOf({ kind: 'exponential', mean: -2 })).toBe('services.triage.duration.mean: must be a finite number > 0 (got -2)');
    expect(messageOf({ kind: 'gamma', mean: 3 })).toBe('services.triage.duration.sd: required; must be a finite number > 0 (got undefined)');
    expect(messageOf({ kind: 'bernoulli', p: 1.5 })).toBe('services.triage.duration.p: must be a probability in [0, 1] (got 1.5)');
    expect(messageOf({ kind: 'deterministic', value: Infinity })).toBe('services.triage.duration.value: must be a finite number (got Infinity)');
    expect(messageOf({ kind: 'uniform', min: 5, max: 1 })).toBe('services.triage.duration.max: must be greater than min (5) (got 1)');
    expect(messageOf({ kind: 'triangular', min: 0, mode: 5, max: 3 })).toBe('services.triage.duration.mode: must lie within [min, max] = [0, 3] (got 5)');
  });

  it('checks empirical tables element by element', () => {
    expect(messageOf({ kind: 'empirical', values: [1, 2], weights: [1] })).toBe('services.triage.duration.weights: must have one entry per value (2), not 1 (got [1])');
    expect(messageOf({ kind: 'empirical', values: [1, 2], weights: [0, 0] })).toBe('services.triage.duration.weights: must not all be zero (got [0,0])');
    expect(messageOf({ kind: 'empirical', values: [] })).toBe('services.triage.duration.values: must list at least one value (got [])');
    expect(messageOf({ kind: 'empirical', values: [1, 'a'], weights: [1, -1] }, 'd')).toBe(
      'd.values[1]: must be a finite number (got "a")\nd.weights[1]: must be a finite number >= 0 (got -1)',
    );
  });

  it('rejects unknown fields, naming the allowed ones, and lists every issue', () => {
    expect(messageOf({ kind: 'weibull', shape: 0, scale: 1, mean: 3 }, 'w').split('\n')).toEqual([
      'w.shape: must be a finite number > 0 (got 0)',
      "w.mean: unknown field for 'weibull'; expected only kind, shape, scale (got 3)",
    ]);
  });

  it('works with an empty base path', () => {
    expect(messageOf({ kind: 'poisson', mean: 0 }, '')).toBe('mean: must be a finite number > 0 (got 0)');
  });
});

describe('distributionSpecSchema', () => {
  it('parses valid specs unchanged', () => {
    const spec = { kind: 'triangular', min: 1, mode: 1, max: 4 };
    expect(distributionSpecSchema.parse(spec)).toEqual(spec);
  });
});
