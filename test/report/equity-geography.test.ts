import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { geographyOf } from '../../src/report/equity-records.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { defaultScenarioFile } from '../../src/package-paths.js';

type Cgs = Record<string, { networkId: string; population: number }>;

/** The geography the whole file gives, parsed the slow way. */
function fromWholeFile(yaml: string): Map<string, { network: string; population?: number }> {
  const cgs = (parse(yaml) as { geography: { cgs: Cgs } }).geography.cgs;
  return new Map(Object.entries(cgs).map(([id, c]) => [id, { network: c.networkId, population: c.population }]));
}

describe('geographyOf reads only the geography block of a resolved scenario', () => {
  it('gives what parsing the whole national scenario gives', async () => {
    const { resolvedYaml } = await loadScenario(defaultScenarioFile());
    const expected = fromWholeFile(resolvedYaml);
    expect(expected.size).toBe(17);
    expect(geographyOf(resolvedYaml)).toEqual(expected);
    // Asked again (the chart and the section both ask): the same answer, not a shared map to spoil.
    geographyOf(resolvedYaml).clear();
    expect(geographyOf(resolvedYaml)).toEqual(expected);
  });

  it('reads a geography block that ends the file without a newline, and blank lines inside it', () => {
    const yaml = 'name: x\nrun:\n  years: 2\ngeography:\n  cgs:\n    A:\n      networkId: north\n\n      population: 100\n    B:\n      networkId: south\n      population: 200';
    expect(geographyOf(yaml)).toEqual(new Map([['A', { network: 'north', population: 100 }], ['B', { network: 'south', population: 200 }]]));
  });

  it('falls back to the whole file when geography is not a block at the start of a line', () => {
    const yaml = '{ name: x, geography: { cgs: { A: { networkId: north, population: 5 } } } }';
    expect(geographyOf(yaml)).toEqual(new Map([['A', { network: 'north', population: 5 }]]));
  });

  it('is empty for a missing or unreadable scenario', () => {
    expect(geographyOf(undefined).size).toBe(0);
    expect(geographyOf('geography: [unclosed').size).toBe(0);
  });
});
