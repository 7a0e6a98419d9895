/** Public API of the workforce supply (training pipeline) model. */
export type {
  AgeBand, PlacesSchedule, ProjectionOptions, ResolvedLine, SupplyLine, SupplyParams, SupplyProjection,
  SupplyRecord, SupplyRoleParams, Uncertain,
} from './types.js';
export { projectSupply, DEFAULT_HOURS_PER_FTE_PER_WEEK } from './project-supply.js';
export { placesInYear, withPlacesFrom } from './places-schedule.js';
export {
  centralValue, replicationStreams, resolveLine, supplyStreamName, UNCERTAIN_PARAMETERS,
  type StreamSource, type UncertainParameter,
} from './resolve-parameters.js';
export {
  placesToCloseGap,
  type Achievable, type FteNeed, type GapSolution, type GapSolverOptions, type LineGapResult,
} from './gap-solver.js';
export {
  replicateSupply, supplyBands,
  type BandOptions, type ReplicationOptions, type SupplyBand, type SupplyMeasure,
} from './replications.js';
export {
  PIPELINE_BAND_COLUMNS, PIPELINE_COLUMNS, replicatedSupplyRecords, supplyDetailRows, supplyRecords,
  type PipelineBandRow, type PipelineRow,
} from './records.js';
export { completionShare, joinersPerYear, lineCompletionShare, steadyStateHeadcount, steadyTraineesByYear } from './closed-forms.js';
export { reservedSupervisionHours } from './supervision-capacity.js';
export { lineResponse, type LineResponse } from './response.js';
export { allocatePlaces, largestRemainder, type AllocationOptions, type NetworkAllocation } from './allocate-places.js';
export { FLOW_COLUMNS, FLOW_ROUTES, SUPERVISION_COLUMNS, flowRows, supervisionRows, type FlowRow } from './flow-rows.js';
export { ANCHOR_COLUMNS, checkAnchors, type Anchor, type AnchorCheck } from './anchors.js';
