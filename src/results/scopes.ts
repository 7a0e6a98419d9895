import type { ModelConfig } from '../model/model-config.js';

/** A group of CGSs results are reported for: one CGS, a network, or everything simulated. */
export interface Scope {
  readonly scope: 'cgs' | 'network' | 'national';
  readonly id: string;
  readonly cgs: readonly number[];
}

export function scopesOf(config: ModelConfig): Scope[] {
  const all = config.cgsIds.map((_, i) => i);
  const national = config.networkIds.length === Object.keys(config.scenario.geography.networks).length ? 'england' : 'simulated_networks';
  return [
    ...config.cgsIds.map((id, i) => ({ scope: 'cgs' as const, id, cgs: [i] })),
    ...config.networkIds.map((id, n) => ({ scope: 'network' as const, id, cgs: all.filter((c) => config.cgsNetwork[c] === n) })),
    { scope: 'national' as const, id: national, cgs: all },
  ];
}
