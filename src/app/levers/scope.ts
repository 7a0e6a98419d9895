import type { Scenario } from '../../scenario/schema/scenario.js';

/** The networks and CGSs a scenario simulates (its includeNetworks), in the scenario's order. */
export interface SimulatedPlaces {
  readonly networks: readonly string[];
  readonly cgs: readonly string[];
  /** Population by CGS id and by network id. */
  readonly population: ReadonlyMap<string, number>;
}

export function simulatedPlaces(s: Scenario): SimulatedPlaces {
  const include = s.geography.includeNetworks;
  const networks = Object.keys(s.geography.networks).filter((n) => include === 'all' || include.includes(n));
  const cgs = Object.keys(s.geography.cgs).filter((c) => networks.includes(s.geography.cgs[c]!.networkId));
  const population = new Map<string, number>();
  for (const c of cgs) {
    const { networkId, population: people } = s.geography.cgs[c]!;
    population.set(c, people);
    population.set(networkId, (population.get(networkId) ?? 0) + people);
  }
  return { networks, cgs, population };
}
