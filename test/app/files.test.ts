import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { writeToString } from 'fast-csv';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText } from '../../src/app/csv-text.js';
import { crc32, zipStore } from '../../src/app/zip-store.js';
import { writeCsv } from '../../src/results/csv-writer.js';

const TRICKY = [
  { path: 'a.b', value: 'plain', unit: '', source: 'Smith, 2020' },
  { path: 'say "hi"', value: '1|2', unit: 'line\nbreak', source: 'carriage\rreturn' },
  { path: 'nul\0byte', value: ' spaced ', unit: '-0.5', source: '' },
];

describe('what the page writes', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cgs-app-files-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('CSV text is byte for byte what the command line writes with fast-csv', async () => {
    const headers = ['path', 'value', 'unit', 'source'];
    expect(csvText(TRICKY, headers)).toBe(await writeToString(TRICKY, { headers, includeEndRowDelimiter: true, alwaysWriteHeaders: true }));
    const file = join(tmp, 'a.csv');
    await writeCsv(file, TRICKY);
    expect(csvText(TRICKY)).toBe(readFileSync(file, 'utf8'));
    await writeCsv(file, [], headers);
    expect(csvText([], headers)).toBe(readFileSync(file, 'utf8'));
  });

  it('CRC-32 agrees with zlib', () => {
    for (const text of ['', 'a', 'The quick brown fox', 'é£😀'.repeat(100)]) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    }
  });

  it('the results zip opens with unzip and holds each file unchanged', () => {
    const files = [{ name: 'summary.csv', text: 'a,b\n1,2\n' }, { name: 'notes.txt', text: 'é£😀\n'.repeat(50) }, { name: 'empty.csv', text: '' }];
    const zip = join(tmp, 'results.zip');
    writeFileSync(zip, zipStore(files));
    expect(execFileSync('unzip', ['-tq', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
    for (const f of files) expect(execFileSync('unzip', ['-p', zip, f.name], { encoding: 'utf8' })).toBe(f.text);
  });
});
