import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { drawInputs, drawnInputNames, scenarioForReplication } from '../../src/scenario/uncertainty/draw-inputs.js';
import { numericPathsOf, getAt } from '../../src/scenario/uncertainty/input-paths.js';
import { fixture } from '../model/run-model.js';
import { collapsed } from './collapse.js';

describe('drawing uncertain inputs', () => {
  let on: Scenario;
  let off: Scenario;
  beforeAll(async () => {
    on = (await loadScenario(fixture('cli-small'), { overrides: ['run.uncertainty=parameters'] })).scenario;
    off = (await loadScenario(fixture('cli-small'), { overrides: ['run.uncertainty=none'] })).scenario;
  });

  it('every row of data/uncertain_parameters.csv is an input that names at least one number', () => {
    expect(drawnInputNames(on).length).toBeGreaterThan(30);
    for (const name of drawnInputNames(on)) expect(numericPathsOf(on, name).length, name).toBeGreaterThan(0);
  });

  it('none draws nothing and runs the scenario itself', () => {
    expect(drawnInputNames(off)).toEqual([]);
    expect(scenarioForReplication(off, 1, 0)).toBe(off);
  });

  it('a replication draws the same inputs every time, and replications differ', () => {
    expect(drawInputs(on, 1, 3)).toEqual(drawInputs(on, 1, 3));
    expect(drawInputs(on, 1, 3)).not.toEqual(drawInputs(on, 1, 4));
    expect(drawInputs(on, 2, 3)).not.toEqual(drawInputs(on, 1, 3));
  });

  it('removing an input changes no other input\'s draw (one stream per input)', () => {
    const names = drawnInputNames(on);
    const { [names[0]!]: _dropped, ...rest } = on.uncertainInputs;
    const fewer = drawInputs({ ...on, uncertainInputs: rest }, 1, 5);
    expect(fewer).toEqual(drawInputs(on, 1, 5).slice(1));
  });

  it('a multiplying draw scales every value its path names by the same factor', () => {
    const path = 'demand.indications.*.ratePer100kPerYear';
    const k = drawnInputNames(on).indexOf(path);
    const draw = drawInputs(on, 1, 2)[k]!;
    const drawn = scenarioForReplication(on, 1, 2);
    for (const p of numericPathsOf(on, path)) expect(getAt(drawn, p)).toBeCloseTo((getAt(on, p) as number) * draw, 9);
    expect(draw).not.toBe(1);
  });

  it('collapsed to a point, the drawn scenario is the scenario', () => {
    const point = collapsed(on);
    expect(scenarioForReplication(point, 1, 7)).toEqual(point);
  });

  it('draws stay within their ranges and shares within [0, 1] over many replications', () => {
    const k = drawnInputNames(on).indexOf('demand.indications.*.ratePer100kPerYear');
    const draws = Array.from({ length: 200 }, (_, r) => drawInputs(on, 1, r)[k]!);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0.85);
    expect(Math.max(...draws)).toBeLessThanOrEqual(1.15);
    for (let r = 0; r < 20; r++) {
      const s = scenarioForReplication(on, 1, r);
      for (const p of numericPathsOf(s, 'demand.indications.*.cascadeUptakeShare')) expect(getAt(s, p)).toBeLessThanOrEqual(1);
    }
  });
});
