import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/package-paths.js';
import { loadDefaults } from '../../src/scenario/data/load-defaults.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { BASELINE } from './scenario-fixtures.js';

const dataDir = defaultDataDir();
const tables = readdirSync(dataDir).filter((f) => f.endsWith('.csv')).sort();

function rowsOf(file: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(readFileSync(join(dataDir, file), 'utf8'), { headers: true, trim: true, ignoreEmpty: true })
      .on('error', reject).on('data', (r: Record<string, string>) => rows.push(r)).on('end', () => resolve(rows));
  });
}

describe('default data', () => {
  it('has the tables the defaults are built from', () => {
    expect(tables.length).toBeGreaterThanOrEqual(16);
  });

  it.each(tables)('every row of %s has a non-empty source', async (file) => {
    const rows = await rowsOf(file);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!), `${file} has no source column`).toContain('source');
    rows.forEach((row, i) => expect(row.source?.trim(), `${file} row ${i + 2} has no source`).toBeTruthy());
  });

  it('every assumption path loadDefaults returns exists in the resolved baseline, with its value', async () => {
    const { assumptions } = await loadDefaults(dataDir);
    const { scenario } = await loadScenario(BASELINE);
    expect(assumptions.length).toBeGreaterThan(100);
    for (const a of assumptions) {
      let node: unknown = scenario;
      // An uncertain input is keyed by the whole scenario path it varies, dots and all.
      const keys = a.path.startsWith('uncertainInputs.') ? ['uncertainInputs', a.path.slice('uncertainInputs.'.length)] : a.path.split('.');
      for (const key of keys) {
        expect(node !== null && typeof node === 'object' && key in node, `assumption ${a.path} is not in the scenario`).toBe(true);
        node = (node as Record<string, unknown>)[key];
      }
      if (typeof node === 'number' || typeof node === 'string') expect(String(node), a.path).toBe(a.value);
      expect(a.source, a.path).not.toBe('');
    }
  });
});
