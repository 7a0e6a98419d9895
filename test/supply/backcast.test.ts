import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { supplyContextOf, toSupplyParams } from '../../src/scenario/supply-to-params.js';
import { checkAnchors, projectSupply, replicateSupply, type Anchor } from '../../src/supply/index.js';

const scenarioFile = (name: string) => new URL(`../../scenarios/${name}`, import.meta.url).pathname;

async function supplyOf(name: string) {
  const { scenario } = await loadScenario(scenarioFile(name), {});
  return { scenario, params: toSupplyParams(scenario.supply!, supplyContextOf(scenario)) };
}

const national = (records: readonly { year: number; role: string; fteSupply: number }[], role: string, year: number) =>
  records.filter((r) => r.role === role && r.year === year).reduce((sum, r) => sum + r.fteSupply, 0);

describe('back-cast from 2019 with the shipped defaults', () => {
  it('starts in 2019 from its own stocks while the national baseline keeps 2026', async () => {
    const back = await supplyOf('backcast-2019-pipeline.yaml');
    const base = await supplyOf('national-baseline.yaml');
    expect(back.scenario.run.startYear).toBe(2019);
    expect(base.scenario.run.startYear).toBe(2026);
    const heads = (p: typeof back.params, role: string) => p.lines.filter((l) => l.role === role).reduce((sum, l) => sum + l.initialQualifiedHeadcount, 0);
    expect(heads(back.params, 'genetic_counsellor')).toBeCloseTo(225, 0);
    expect(heads(base.params, 'genetic_counsellor')).toBeCloseTo(298.7, 0);
  });

  it('reproduces every published anchor it can show within its stated tolerance, across replications', async () => {
    const { scenario, params } = await supplyOf('backcast-2019-pipeline.yaml');
    const projections = replicateSupply(params, { seed: 1, replications: 20, startYear: 2019, years: 8 });
    const checks = checkAnchors(scenario.supply!.anchors! as Anchor[], projections);
    const shown = checks.filter((c) => c.within !== undefined);
    expect(shown.map((c) => `${c.role} ${c.measure} ${c.year}`)).toEqual(expect.arrayContaining([
      'genetic_counsellor qualified_headcount 2022', 'genetic_counsellor intake 2017', 'clinical_geneticist places_commissioned 2017',
    ]));
    for (const c of shown) expect(c.within, `${c.role} ${c.measure} ${c.year}: model ${c.model} vs ${c.low}-${c.high}`).toBe(true);
    // The 2016 STP cohort qualified before the 2019 census, so the back-cast says it cannot show it rather than guessing.
    expect(checks.find((c) => c.year === 2016)!.within).toBeUndefined();
  });
});

describe('the default projection from 2026', () => {
  it('keeps growing workforces growing: counsellor and consultant FTE do not fall by 2035', async () => {
    const { params } = await supplyOf('national-baseline.yaml');
    const { records } = projectSupply(params, { startYear: 2026, years: 10 });
    for (const role of ['genetic_counsellor', 'clinical_geneticist']) {
      expect(national(records, role, 2035), role).toBeGreaterThan(national(records, role, 2026));
    }
  });
});
