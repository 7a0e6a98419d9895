import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssumptionBuilder } from '../../src/scenario/data/assumption-builder.js';
import { loadAnchors } from '../../src/scenario/data/load-supply-tables.js';
import { readObserved } from '../../src/scenario/observed.js';

const HEADER = 'year,scope,scope_id,metric,value,low,high,confidence,source';

function table(...rows: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cgs-anchors-')), 'supply_anchors.csv');
  writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  return file;
}

describe('data/supply_anchors.csv in the observed-data format', () => {
  it('is a valid observed-data file: every row national England, with a tolerance and a confidence', async () => {
    const rows = await readObserved(new URL('../../data/supply_anchors.csv', import.meta.url).pathname);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect([r.scope, r.scopeId]).toEqual(['national', 'england']);
      expect(r.low).toBeLessThanOrEqual(r.value);
      expect(r.high).toBeGreaterThanOrEqual(r.value);
    }
  });

  it('splits <measure>_<role> into the anchor\'s measure and role, keeping value, tolerance and source', async () => {
    const b = new AssumptionBuilder();
    await loadAnchors(b, table('2022,national,england,qualified_headcount_genetic_counsellor,253,228,278,M,"About 300 UK, times England share"',
      '2017,national,england,places_commissioned_clinical_geneticist,12,10.8,13.2,M,"12 ST3 posts"'));
    const anchors = (b.root.supply as { anchors: unknown[] }).anchors;
    expect(anchors).toEqual([
      { year: 2022, role: 'genetic_counsellor', measure: 'qualified_headcount', value: 253, low: 228, high: 278, source: 'About 300 UK, times England share (confidence M)' },
      { year: 2017, role: 'clinical_geneticist', measure: 'places_commissioned', value: 12, low: 10.8, high: 13.2, source: '12 ST3 posts (confidence M)' },
    ]);
  });

  it('names the file and row of a row that is not an England figure, an unknown measure or a missing tolerance', async () => {
    const file = table('2022,network,east,qualified_headcount_genetic_counsellor,40,30,50,M,"east"',
      '2022,national,england,headcount_genetic_counsellor,253,228,278,M,"x"',
      '2022,national,england,intake_genetic_counsellor,15,,,H,"x"');
    const error = await loadAnchors(new AssumptionBuilder(), file).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toContain(file);
    expect(error?.message).toMatch(/supply anchors are England figures: expected national,england, got network,east/);
    expect(error?.message).toMatch(/expected <measure>_<role> with a measure of qualified_headcount, intake, places_commissioned.*got headcount_genetic_counsellor/);
    expect(error?.message).toMatch(/a supply anchor needs its tolerance/);
  });
});
