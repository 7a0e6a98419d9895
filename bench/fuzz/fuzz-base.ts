import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir, packageRoot } from '../../src/package-paths.js';
import { loadDefaults } from '../../src/scenario/data/load-defaults.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { clonePlain, isPlainObject, type Plain } from '../../src/scenario/merge.js';
import { parseScenarioYaml } from '../../src/scenario/yaml/parse-scenario-yaml.js';
import type { FuzzBase } from './fuzz-case.js';

/** The shipped scenarios as the fuzz suite starts from them, and every field path of the resolved baseline. */
export async function loadFuzzBase(): Promise<{ base: FuzzBase; paths: string[][] }> {
  const dir = join(packageRoot(), 'scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
  const contents = files.map((f) => parseScenarioYaml(readFileSync(f, 'utf8'), f) as Plain);
  const defaults = await loadDefaults(defaultDataDir());
  const baseline = await loadScenario(join(dir, 'national-baseline.yaml'), { defaults });
  const resolved = clonePlain(baseline.scenario) as unknown as Plain;
  return { base: { files, contents, resolved, defaults }, paths: fieldPaths(resolved) };
}

/** Every mapping and value path (lists count as values: they replace), the root excluded. */
export function fieldPaths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (path.length > 0) out.push(path);
  if (isPlainObject(value)) for (const key of Object.keys(value)) fieldPaths(value[key], [...path, key], out);
  return out;
}
