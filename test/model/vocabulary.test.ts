import { describe, expect, it } from 'vitest';
import { PSYCHOLOGY_ACCESS } from '../../src/scenario/schema/geography.js';
import { APPOINTMENT_KINDS, APPOINTMENT_MODES, CHANNELS, COMPLEXITIES, PRIORITIES } from '../../src/scenario/schema/primitives.js';
import { CHANNEL, COMPLEXITY, KIND, MODE, N_COMPLEXITIES, PRIORITY, PSYCHOLOGY, drawCategory, kindCell } from '../../src/model/vocabulary.js';

describe('one vocabulary per enumeration, in the schema\'s order', () => {
  it('indexes every member of each schema list by its position', () => {
    const cases: [readonly string[], Readonly<Record<string, number>>][] = [
      [APPOINTMENT_MODES, MODE], [CHANNELS, CHANNEL], [PSYCHOLOGY_ACCESS, PSYCHOLOGY], [PRIORITIES, PRIORITY], [COMPLEXITIES, COMPLEXITY], [APPOINTMENT_KINDS, KIND],
    ];
    for (const [list, index] of cases) {
      expect(Object.keys(index)).toEqual([...list]);
      list.forEach((member, i) => expect(index[member]).toBe(i));
      expect(Object.isFrozen(index)).toBe(true);
    }
  });

  it('duration cells pair each kind with each complexity without overlap', () => {
    const cells = APPOINTMENT_KINDS.flatMap((k) => COMPLEXITIES.map((cx) => kindCell(KIND[k], COMPLEXITY[cx])));
    expect(cells).toEqual(Array.from({ length: APPOINTMENT_KINDS.length * N_COMPLEXITIES }, (_, i) => i));
  });

  it('draws a category from cumulative shares: the first whose cumulative share exceeds u', () => {
    const cum = Float64Array.from([0.45, 0.65, 1]);
    expect([0, 0.4499, 0.45, 0.6499, 0.65, 0.9999].map((u) => drawCategory(cum, u))).toEqual([0, 0, 1, 1, 2, 2]);
    // An empty category is never drawn.
    expect([0, 0.3, 0.3001, 0.99].map((u) => drawCategory(Float64Array.from([0.3, 0.3, 1]), u))).toEqual([0, 2, 2, 2]);
  });
});
