import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BASELINE = join(ROOT, 'scenarios', 'national-baseline.yaml');

/**
 * A small scenario on the shipped baseline: one network (South West, CGSs L and M), a few
 * years and replications, so the service model runs in about a second. `body` is extra YAML.
 */
export function smallScenario(body = '', years = 4): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cgs-pipeline-'));
  const file = join(dir, 'small.yaml');
  writeFileSync(file, [
    `extends: ${JSON.stringify(BASELINE)}`,
    'name: small-pipeline',
    'description: South West only, a few years, for pipeline tests.',
    'geography: { includeNetworks: [south_west] }',
    `run: { years: ${years}, replications: 2 }`,
    body,
  ].join('\n'));
  return { dir, file };
}
