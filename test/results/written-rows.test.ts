import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { readCsv } from '../../src/report/read-csv.js';
import { writeRunResults } from '../../src/results/write-run-results.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { defaultScenarioFile } from '../../src/package-paths.js';

/**
 * A run hands each result file's rows to whoever draws its charts early and to its report, which
 * reads them instead of the file: the rows handed over must be what reading the file gives back,
 * or the run's report would differ from one written from the files (as `merge` and `report` do).
 */
describe('rows handed over as each result file is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cgs-written-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are, cell for cell, what reading the file back gives', async () => {
    // The national scenario: every data table's assumptions, with their long quoted sources.
    const loaded = await loadScenario(defaultScenarioFile(), { overrides: ['run.years=1'] });
    const config = compileModel(loaded.scenario);
    const runs = [0, 1].map((r) => runReplication(config, loaded.scenario.run.seed, r));
    const handed = new Map<string, readonly Record<string, string>[]>();
    await writeRunResults({ path: (name) => join(dir, name) }, loaded, config, runs,
      { seed: loaded.scenario.run.seed, replications: 2, workers: 1, wallTimeSeconds: 0, command: 'test' }, (file, rows) => handed.set(file, rows));
    expect([...handed.keys()]).toEqual(expect.arrayContaining(['waiting_list.csv', 'summary.csv', 'staff_time.csv', 'staffing_need.csv', 'wait_distribution.csv', 'assumptions.csv']));
    for (const [file, rows] of handed) {
      const read = await readCsv(join(dir, file));
      expect(read.length, file).toBe(rows.length);
      const columns = Object.keys(read[0] ?? {});
      const cells = (row: Record<string, string>) => columns.map((c) => row[c] ?? '');
      for (let i = 0; i < rows.length; i++) if (cells(rows[i]!).join('\u0001') !== cells(read[i]!).join('\u0001')) expect(cells(rows[i]!), `${file} row ${i}`).toEqual(cells(read[i]!));
    }
  });
});
