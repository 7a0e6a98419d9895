import { createDistribution } from '../engine/random/distribution-spec.js';
import { createStream } from '../engine/random/stream.js';
import type { ResolvedLine, SupplyLine, Uncertain } from './types.js';

/** A source of named random streams for one replication. */
export type StreamSource = (name: string) => () => number;

/** The parameters that may be uncertain, and the range a drawn value is clamped to. */
const UNCERTAIN_RANGES = {
  attritionPerYearShare: [0, 1],
  takeUpShare: [0, 1],
  leaverRatePerYearShare: [0, 1],
  retirementRatePerYearShare: [0, 1],
  internationalRecruitmentFtePerYear: [0, Infinity],
  returnToPracticeFtePerYear: [0, Infinity],
  otherRecruitmentFtePerYear: [0, Infinity],
  moveRatePerYearShare: [0, 1],
  ftePerHeadChangePerYear: [-0.05, 0.05],
  // Training at under 0.2 FTE would stretch training more than fivefold: outside any scheme.
  trainingFtePerHead: [0.2, 1],
  placesFillShare: [0, 1],
  // A floor keeps heads = FTE / ftePerHead finite when a wide distribution draws near 0.
  ftePerHead: [0.05, 1],
  supervisionHoursPerTraineePerWeek: [0, Infinity],
} as const satisfies Partial<Record<keyof SupplyLine, readonly [number, number]>>;

export type UncertainParameter = keyof typeof UNCERTAIN_RANGES;
export const UNCERTAIN_PARAMETERS = Object.keys(UNCERTAIN_RANGES) as UncertainParameter[];

/** The stream one uncertain parameter of one line draws from: `supply/<network>/<role>/<param>`. */
export function supplyStreamName(network: string, role: string, parameter: string): string {
  return `supply/${network}/${role}/${parameter}`;
}

/**
 * Streams for replication `replication`: each name seeds its own stream, so adding a
 * parameter or a line never shifts another's draw (common random numbers across scenarios).
 */
export function replicationStreams(seed: number, replication: number): StreamSource {
  return (name) => createStream(seed, replication, name);
}

/** Central value of an uncertain parameter: the number itself or the distribution's mean. */
export function centralValue(value: Uncertain): number {
  return typeof value === 'number' ? value : createDistribution(value).mean;
}

function drawValue(value: Uncertain, name: string, streams: StreamSource | undefined): number {
  if (typeof value === 'number') return value;
  if (streams === undefined) return createDistribution(value).mean;
  return createDistribution(value).sample(streams(name));
}

/**
 * Fixes every uncertain parameter of a line for one replication. Draws are clamped to the
 * parameter's range because a distribution with unbounded support (gamma, lognormal) can draw,
 * say, a leaver share above 1; bounded families (triangular, uniform) never need it.
 */
export function resolveLine(line: SupplyLine, streams?: StreamSource): ResolvedLine {
  const resolved: Record<string, unknown> = { ...line };
  for (const parameter of UNCERTAIN_PARAMETERS) {
    const [low, high] = UNCERTAIN_RANGES[parameter];
    const name = supplyStreamName(line.network, line.role, parameter);
    const value = drawValue(line[parameter], name, streams);
    resolved[parameter] = Math.min(high, Math.max(low, value));
  }
  return resolved as ResolvedLine;
}
