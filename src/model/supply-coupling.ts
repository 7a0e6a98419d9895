import type { ModelConfig } from './model-config.js';

/**
 * FTE by [(year * cgs + c) * roles + role] taken from the training pipeline when the scenario
 * says `supply.mode: pipeline`, or null for fixed staffing (baseline plus recruitment).
 * NaN leaves a role at its baseline.
 */
export function supplyFte(config: ModelConfig, seed: number, replication: number): Float64Array | null {
  void config; void seed; void replication;
  return null;
}
