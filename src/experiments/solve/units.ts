import type { Scenario } from '../../scenario/schema/scenario.js';

/** What a staffing plan is solved for: one CGS, one network, or the nation. */
export interface SolveUnit {
  readonly scope: 'cgs' | 'network' | 'national';
  readonly id: string;
  /** CGSs that receive the added staff (in proportion to population). */
  readonly cgsIds: readonly string[];
  /** Networks to simulate: a unit is solved on its own network only, which is faster and independent. */
  readonly networks: readonly string[];
}

export function solveUnits(s: Scenario, scope: 'cgs' | 'network' | 'national'): SolveUnit[] {
  const networks = s.geography.includeNetworks === 'all' ? Object.keys(s.geography.networks) : [...s.geography.includeNetworks];
  const cgsOf = (n: string) => Object.keys(s.geography.cgs).filter((c) => s.geography.cgs[c]!.networkId === n).sort();
  if (scope === 'national') {
    const id = networks.length === Object.keys(s.geography.networks).length ? 'england' : 'simulated_networks';
    return [{ scope, id, cgsIds: networks.flatMap(cgsOf), networks }];
  }
  if (scope === 'network') return networks.map((n) => ({ scope, id: n, cgsIds: cgsOf(n), networks: [n] }));
  return networks.flatMap((n) => cgsOf(n).map((c) => ({ scope, id: c, cgsIds: [c], networks: [n] })));
}
