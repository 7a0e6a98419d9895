/** The simulation kernel's public API: nothing here knows about genomics. */
export { Simulation, type Handler, type HandlerId } from './simulation.js';
export { EventClass, type EventClassValue } from './event-class.js';
export { EventCalendar } from './calendar/event-calendar.js';
export { Resource, SeizeOutcome, NO_HANDLER, type ResourceOptions, type SeizeOutcomeValue } from './resource/resource.js';
export { OrderedQueue } from './queue/ordered-queue.js';
export { ArrivalProcess, type ArrivalProcessOptions } from './arrivals/arrival-process.js';
export type { ArrivalTimes } from './arrivals/arrival-times.js';
export { HomogeneousPoisson } from './arrivals/homogeneous-poisson.js';
export { PiecewisePoisson } from './arrivals/piecewise-poisson.js';
export { ThinnedPoisson } from './arrivals/thinned-poisson.js';
export { TableArrivals } from './arrivals/table-arrivals.js';
export { createStream, StreamFactory, type Rng } from './random/stream.js';
export * from './random/distributions/index.js';
export { distributionSpecSchema, createDistribution, createDistributionFromUnknown, type DistributionSpec } from './random/distribution-spec.js';
export * from './stats/index.js';
export * from './time.js';
