import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as vl from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { fixtureCopy, KINDS } from './fixture-dir.js';

/** Collects vega-lite's warnings instead of printing them, so a test can require none. */
function strictLogger(messages: string[]) {
  const logger = {
    level: (): number => 0,
    error: (...args: readonly unknown[]) => { messages.push(`error: ${args.join(' ')}`); return logger; },
    warn: (...args: readonly unknown[]) => { messages.push(`warn: ${args.join(' ')}`); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

function axisTitles(spec: unknown): { x: unknown[]; y: unknown[] } {
  const found = { x: [] as unknown[], y: [] as unknown[] };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const enc = (node as { encoding?: Record<string, { title?: unknown; field?: unknown }> }).encoding;
    if (enc?.x?.title !== undefined) found.x.push(enc.x.title);
    if (enc?.y?.title !== undefined) found.y.push(enc.y.title);
    Object.values(node).forEach(visit);
  };
  visit(spec);
  return found;
}

describe.each(KINDS)('chart specs of %s', (kind) => {
  it('compile without vega-lite warnings and title both axes', async () => {
    const dir = await fixtureCopy(kind);
    await writeReport(dir);
    const specs = (await readdir(join(dir, 'charts'))).filter((f) => f.endsWith('.vl.json'));
    expect(specs.length).toBeGreaterThan(0);
    for (const file of specs) {
      const spec = JSON.parse(await readFile(join(dir, 'charts', file), 'utf8'));
      expect(spec.$schema, file).toMatch(/vega-lite\/v6/);
      const messages: string[] = [];
      const compiled = vl.compile(spec, { logger: strictLogger(messages) as never });
      expect(messages, file).toEqual([]);
      expect(compiled.spec.marks?.length ?? 0, file).toBeGreaterThan(0);
      const titles = axisTitles(spec);
      expect(titles.x.length + titles.y.length, `${file} axis titles`).toBeGreaterThan(0);
      expect(titles.x.every((t) => t === null || (typeof t === 'string' && t.length > 0)), file).toBe(true);
      expect(spec.title, file).toBeTruthy();
    }
  });
});
