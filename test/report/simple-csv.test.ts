import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/report/read-csv.js';
import { parseSimpleCsv } from '../../src/report/simple-csv.js';
import { fixtureCopy } from './fixture-dir.js';

/** What the report read every file with before: the same options as the full path of readCsv. */
const reference = (text: string) => new Promise<Record<string, string>[]>((resolve, reject) => {
  const rows: Record<string, string>[] = [];
  parseString(text, { headers: true, trim: true }).on('error', reject).on('data', (r: Record<string, string>) => rows.push(r)).on('end', () => resolve(rows));
});

// Tables of a few cells, mostly plain and of the header's width, sometimes with the characters
// CSV rules treat specially (quotes, spaces, \r, a byte-order mark) or a row of another width.
const plain = fc.string({ unit: fc.constantFrom('a', '1', '.', '-', 'é', '_'), maxLength: 4 });
const special = fc.string({ unit: fc.constantFrom('a', ' ', '"', '\r', '\t', '\ufeff', '\n'), maxLength: 3 });
const cellText = fc.oneof({ arbitrary: plain, weight: 30 }, { arbitrary: special, weight: 1 });
const csv = fc.integer({ min: 1, max: 4 }).chain((width) => fc.tuple(
  fc.constant(width),
  fc.array(fc.oneof({ arbitrary: fc.array(cellText, { minLength: width, maxLength: width }), weight: 20 }, { arbitrary: fc.array(cellText, { maxLength: 5 }), weight: 1 }), { maxLength: 6 }),
  fc.boolean(),
)).map(([width, lines, endsWithBreak]) => {
  const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
  const body = lines.map((cells) => cells.join(','));
  return `${[header, ...body].join('\n')}${endsWithBreak ? '\n' : ''}`;
});

describe('parseSimpleCsv', () => {
  it('gives what fast-csv gives whenever it accepts the text, and declines text that needs CSV rules', async () => {
    let accepted = 0;
    await fc.assert(fc.asyncProperty(csv, async (text) => {
      const fast = parseSimpleCsv(text);
      if (fast === undefined) return;
      accepted++;
      expect(fast).toEqual(await reference(text));
      expect(fast.map((r) => Object.keys(r))).toEqual((await reference(text)).map((r) => Object.keys(r)));
    }), { numRuns: 500 });
    // The property says something only if plain text is often accepted.
    expect(accepted).toBeGreaterThan(100);
    for (const text of ['a,b\n"x",y\n', 'a,b\n x,y\n', 'a,b\r\nx,y\r\n', '\ufeffa,b\nx,y\n', 'a,b\nx\n', 'a,b\nx,y,z\n', 'a,a\nx,y\n', 'a,b\n\nx,y\n', '', 'a,\nx,y\n']) {
      expect(parseSimpleCsv(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('reads every numeric result file of a run by splitting, with the rows the full parser gives', async () => {
    const dir = await fixtureCopy('run');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.csv'));
    for (const file of ['summary.csv', 'waiting_list.csv', 'staff_time.csv', 'wait_distribution.csv', 'staffing_need.csv']) {
      expect(files).toContain(file);
      const text = await readFile(join(dir, file), 'utf8');
      expect(parseSimpleCsv(text), file).toBeDefined();
    }
    // Every file, plain or not (assumptions.csv has quoted text), reads as fast-csv reads it.
    for (const file of files) {
      expect(await readCsv(join(dir, file)), file).toEqual(await reference(await readFile(join(dir, file), 'utf8')));
    }
  });
});
