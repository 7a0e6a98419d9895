import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ScenarioError, type ScenarioIssue } from '../../src/scenario/errors.js';
import { loadScenario, type LoadOptions } from '../../src/scenario/load-scenario.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCENARIOS = join(ROOT, 'scenarios');
export const BASELINE = join(SCENARIOS, 'national-baseline.yaml');

/** A fresh temp folder holding the given files (name -> text). */
export function tempScenarios(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cgs-scenario-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A scenario file extending the shipped baseline, with the given YAML body. */
export const onBaseline = (body: string): string => `extends: ${JSON.stringify(BASELINE)}\nname: test\n${body}\n`;

/** Loads a scenario expected to fail and returns its issues. */
export async function issuesOf(file: string, options: LoadOptions = {}): Promise<readonly ScenarioIssue[]> {
  try {
    await loadScenario(file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error(`expected ${file} to fail to load`);
}

/** Leaves of a plain object as dotted paths (lists are leaves: they replace, not merge). */
export function leaves(value: unknown, path: string[] = [], out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  } else out.set(path.join('.'), value);
  return out;
}
