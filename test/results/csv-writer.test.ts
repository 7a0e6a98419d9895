import fc from 'fast-check';
import { writeToString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/results/csv-writer.js';

/** What the files were written with before: the writer must give the same bytes. */
const reference = (rows: Record<string, string>[], headers?: string[]) => writeToString(rows, {
  headers: headers ?? (rows[0] ? Object.keys(rows[0]) : []), includeEndRowDelimiter: true, alwaysWriteHeaders: true,
});

const cell = fc.oneof(fc.string(), fc.constantFrom('', 'a,b', 'say "no"', 'x|y', 'line\nbreak', 'cr\rhere', 'nul\0', '1.25', ' padded '));

describe('csvText', () => {
  it('writes exactly what fast-csv wrote, for any cells, including quotes, commas, line breaks and |', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { maxLength: 20 }), async (cells) => {
      const rows = cells.map(([a, b, c]) => ({ first: a, 'second,col': b, third: c }));
      expect(csvText(rows)).toBe(await reference(rows));
    }), { numRuns: 300 });
  });

  it('takes the columns given, in their order, leaving missing values blank, and writes a header alone for no rows', async () => {
    const rows = [{ b: '2', a: '1' }, { a: 'x' } as Record<string, string>];
    expect(csvText(rows, ['a', 'b'])).toBe(await reference(rows, ['a', 'b']));
    expect(csvText(rows, ['a', 'b'])).toBe('a,b\n1,2\nx,\n');
    expect(csvText([], ['a', 'b'])).toBe(await reference([], ['a', 'b']));
    expect(csvText([])).toBe(await reference([]));
  });
});
