import { describe, expect, it } from 'vitest';
import { mm1 } from './mm1.js';
import { cobhamWaits, preemptiveResumeResponseTimes, type PriorityClass } from './priority.js';

const exponentialClass = (lambda: number, mean: number): PriorityClass => ({ lambda, meanService: mean, secondMoment: 2 * mean * mean });

describe('Cobham non-preemptive priority', () => {
  const classes = [exponentialClass(0.3, 1), exponentialClass(0.3, 1)];

  it('gives 6/7 and 15/7 for two equal exponential classes at rho = 0.6', () => {
    const [w1, w2] = cobhamWaits(classes);
    expect(w1).toBeCloseTo(6 / 7, 14);
    expect(w2).toBeCloseTo(15 / 7, 14);
  });

  it('obeys Kleinrock\'s conservation law Σρ_k Wq_k = ρ W0 / (1 − ρ)', () => {
    const mixed = [exponentialClass(0.1, 0.5), { lambda: 0.2, meanService: 1, secondMoment: 3 }, exponentialClass(0.25, 2)];
    const waits = cobhamWaits(mixed);
    const rho = mixed.reduce((a, k) => a + k.lambda * k.meanService, 0);
    const w0 = mixed.reduce((a, k) => a + (k.lambda * k.secondMoment) / 2, 0);
    const lhs = mixed.reduce((a, k, i) => a + k.lambda * k.meanService * waits[i]!, 0);
    expect(lhs).toBeCloseTo((rho * w0) / (1 - rho), 13);
  });

  it('with one class is M/G/1', () => {
    expect(cobhamWaits([exponentialClass(0.8, 1)])[0]).toBeCloseTo(mm1(0.8, 1).Wq, 13);
  });

  it('rejects an overload, naming every rate', () => {
    expect(() => cobhamWaits([exponentialClass(0.6, 1), exponentialClass(0.6, 1)])).toThrow(
      'Expected utilisation rho < 1 for a steady state, got 1.2 (lambda0=0.6, lambda1=0.6)',
    );
  });
});

describe('preemptive-resume priority', () => {
  it('gives 10/7 and 25/7 for two equal exponential classes at rho = 0.6', () => {
    const [t1, t2] = preemptiveResumeResponseTimes([exponentialClass(0.3, 1), exponentialClass(0.3, 1)]);
    expect(t1).toBeCloseTo(10 / 7, 14);
    expect(t2).toBeCloseTo(25 / 7, 14);
  });

  it('leaves the top class as if alone, and the mix equal to M/M/1 for identical exponential service', () => {
    const [t1, t2] = preemptiveResumeResponseTimes([exponentialClass(0.2, 1), exponentialClass(0.5, 1)]);
    expect(t1).toBeCloseTo(mm1(0.2, 1).W, 14);
    expect((0.2 * t1! + 0.5 * t2!) / 0.7).toBeCloseTo(mm1(0.7, 1).W, 13);
  });

  it('rejects a second moment below the squared mean', () => {
    expect(() => preemptiveResumeResponseTimes([{ lambda: 0.1, meanService: 2, secondMoment: 1 }])).toThrow(
      'Expected `classes[0].secondMoment` >= meanService² (4), got `1`',
    );
  });
});
