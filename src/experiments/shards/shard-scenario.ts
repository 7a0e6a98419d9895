import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import type { LoadedScenario } from '../../scenario/load-scenario.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { ShardError } from './shard-file.js';

/**
 * A scenario as a shard carries it, so a merge needs no scenario files: the resolved YAML a
 * run writes, with the hash, files and assumptions its run.json and assumptions.csv report.
 */
export interface ScenarioText {
  readonly file: string;
  readonly chain: readonly string[];
  readonly hash: string;
  readonly resolvedYaml: string;
  readonly assumptions: LoadedScenario['assumptions'];
}

export function scenarioText(l: LoadedScenario): ScenarioText {
  return { file: l.file, chain: l.chain, hash: l.hash, resolvedYaml: l.resolvedYaml, assumptions: l.assumptions };
}

/**
 * The loaded scenario back from its text. The resolved YAML was validated when the shard loaded
 * it; the hash check proves this is that same scenario, value for value.
 */
export function scenarioFromText(text: ScenarioText, where: string): LoadedScenario {
  const scenario = parse(text.resolvedYaml) as Scenario;
  const hash = createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
  if (hash !== text.hash) throw new ShardError(`${where}: the resolved scenario does not match its hash ${text.hash.slice(0, 12)}…; the shard file is corrupt`);
  return { scenario, file: text.file, chain: text.chain, assumptions: text.assumptions, resolvedYaml: text.resolvedYaml, hash };
}
