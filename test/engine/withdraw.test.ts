import { describe, expect, it } from 'vitest';
import { Resource, SeizeOutcome } from '../../src/engine/resource/resource.js';
import { Simulation } from '../../src/engine/simulation.js';

describe('Resource.withdraw (reneging on a condition)', () => {
  it('removes only the named waiting entity, keeps the order of the rest, and reports entities not waiting', () => {
    const sim = new Simulation();
    const served: number[] = [];
    const resource = new Resource(sim, { name: 'clinic', capacity: 1 });
    resource.onServiceStart = (entity) => served.push(entity);
    expect(resource.seize(1, 0, 5)).toBe(SeizeOutcome.Started);
    expect(resource.seize(2, 0, 5)).toBe(SeizeOutcome.Queued);
    expect(resource.seize(3, 0, 5)).toBe(SeizeOutcome.Queued);
    expect(resource.seize(4, 0, 5)).toBe(SeizeOutcome.Queued);
    expect(resource.withdraw(3)).toBe(true);
    expect(resource.withdraw(3)).toBe(false);
    expect(resource.withdraw(1)).toBe(false); // in service, not waiting
    expect(resource.waiting).toBe(2);
    expect(resource.reneged).toBe(1);
    sim.run();
    expect(served).toEqual([1, 2, 4]);
    expect(sim.now).toBe(15);
  });
});
