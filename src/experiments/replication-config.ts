import { compileModel, type ModelConfig } from '../model/model-config.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { drawnInputNames, scenarioForReplication } from '../scenario/uncertainty/draw-inputs.js';

/**
 * The compiled model a replication runs. Without parameter uncertainty every replication of a
 * scenario shares one compiled model (kept while jobs of the same scenario come in); with it,
 * each replication compiles its own drawn scenario, which depends only on (scenario, seed,
 * replication), so any worker compiles the same one.
 */
export class ReplicationConfigs {
  private cached: { hash: string; config: ModelConfig } | null = null;

  configFor(scenario: Scenario, hash: string, seed: number, replication: number): ModelConfig {
    if (drawnInputNames(scenario).length > 0) return compileModel(scenarioForReplication(scenario, seed, replication));
    return this.baseFor(scenario, hash);
  }

  /** The scenario's own compiled model (no drawn inputs): what its result tables are built with. */
  baseFor(scenario: Scenario, hash: string): ModelConfig {
    if (this.cached === null || this.cached.hash !== hash) this.cached = { hash, config: compileModel(scenario) };
    return this.cached.config;
  }
}
