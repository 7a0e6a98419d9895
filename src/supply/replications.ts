import { quantileSorted } from 'simple-statistics';
import { projectSupply } from './project-supply.js';
import { replicationStreams } from './resolve-parameters.js';
import type { ProjectionOptions, SupplyParams, SupplyProjection, SupplyRecord } from './types.js';

export interface ReplicationOptions extends Omit<ProjectionOptions, 'streams'> {
  readonly seed: number;
  readonly replications: number;
}

/** One projection per replication, each drawing its own parameter values from its own streams. */
export function replicateSupply(params: SupplyParams, options: ReplicationOptions): SupplyProjection[] {
  const { seed, replications, ...projection } = options;
  return Array.from({ length: replications }, (_, replication) =>
    projectSupply(params, { ...projection, streams: replicationStreams(seed, replication) }));
}

/** A numeric measure of a supply record that bands can be drawn for. */
export type SupplyMeasure = {
  [K in keyof SupplyRecord]: SupplyRecord[K] extends number ? K : never;
}[keyof SupplyRecord];

export interface SupplyBand {
  readonly year: number;
  readonly network: string;
  readonly role: string;
  readonly measure: SupplyMeasure;
  readonly mean: number;
  readonly lower: number;
  readonly median: number;
  readonly upper: number;
}

export interface BandOptions {
  /** Quantiles of the band; default 0.05 and 0.95 (a 90% interval across replications). */
  readonly lowerQuantile?: number;
  readonly upperQuantile?: number;
}

/**
 * Spread of a measure across replications, per year × network × role. These are intervals of the
 * projected value (parameter uncertainty), not confidence intervals for a mean.
 */
export function supplyBands(projections: readonly SupplyProjection[], measure: SupplyMeasure = 'fteSupply', options: BandOptions = {}): SupplyBand[] {
  const first = projections[0];
  if (first === undefined) return [];
  const lowerQuantile = options.lowerQuantile ?? 0.05;
  const upperQuantile = options.upperQuantile ?? 0.95;
  return first.records.map((record, i) => {
    const values = projections.map((projection) => projection.records[i]![measure]).sort((a, b) => a - b);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return {
      year: record.year, network: record.network, role: record.role, measure, mean,
      lower: quantileSorted(values, lowerQuantile),
      median: quantileSorted(values, 0.5),
      upper: quantileSorted(values, upperQuantile),
    };
  });
}
