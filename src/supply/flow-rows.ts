import type { SupplyProjection, SupplyRecord } from './types.js';

/** Routes in (positive heads) and out (negative) of qualified staff in post, in the order a stacked chart shows them. */
export const FLOW_ROUTES = [
  ['training', (r: SupplyRecord) => r.joinersTraining],
  ['international', (r: SupplyRecord) => r.joinersInternational],
  ['return_to_practice', (r: SupplyRecord) => r.joinersReturning],
  ['other_sectors', (r: SupplyRecord) => r.joinersOtherSectors],
  ['moves_in', (r: SupplyRecord) => r.movesIn],
  ['moves_out', (r: SupplyRecord) => -r.movesOut],
  ['leavers_nhs', (r: SupplyRecord) => -r.leavers],
  ['retirements', (r: SupplyRecord) => -r.retirements],
] as const;

/** Columns of `supply_flows.csv`. */
export const FLOW_COLUMNS = ['year', 'network', 'role', 'route', 'heads'] as const;

export interface FlowRow {
  readonly year: number;
  readonly network: string;
  readonly role: string;
  readonly route: string;
  /** Mean over replications; joiners positive, leavers negative. */
  readonly heads: number;
}

/**
 * Joiners and leavers of qualified staff by route, per year, network and role (means over
 * replications): they add up to the change in qualified headcount from one census to the next,
 * so a chart of them explains the trend.
 */
export function flowRows(projections: readonly SupplyProjection[]): FlowRow[] {
  const first = projections[0];
  if (first === undefined) return [];
  return first.records.flatMap((record, i) => FLOW_ROUTES.map(([route, value]) => ({
    year: record.year, network: record.network, role: record.role, route,
    heads: projections.reduce((sum, p) => sum + value(p.records[i]!), 0) / projections.length,
  })));
}

/** Columns of `supply_supervision.csv`. */
export const SUPERVISION_COLUMNS = [
  'year', 'network', 'role', 'supervision_hours_per_week', 'reserved_hours_per_week', 'supervision_fte',
  'places_commissioned', 'intake', 'intake_not_hosted', 'supervisor_fte_short',
] as const;

/**
 * Supervision by year, network and role (means over replications): the hours the role's staff
 * give trainees (its cost in clinic time, as FTE), the hours their job plans reserve, and, for
 * trainee lines, places not hosted and, for supervisor lines, the supervisor FTE missing.
 */
export function supervisionRows(projections: readonly SupplyProjection[]): Record<(typeof SUPERVISION_COLUMNS)[number], string | number>[] {
  const first = projections[0];
  if (first === undefined) return [];
  const mean = (i: number, value: (r: SupplyRecord) => number) => projections.reduce((sum, p) => sum + value(p.records[i]!), 0) / projections.length;
  return first.records.map((record, i) => ({
    year: record.year, network: record.network, role: record.role,
    supervision_hours_per_week: mean(i, (r) => r.supervisionHoursPerWeek),
    reserved_hours_per_week: mean(i, (r) => r.supervisionCapacityHoursPerWeek),
    supervision_fte: mean(i, (r) => r.supervisionFte),
    places_commissioned: mean(i, (r) => r.placesCommissioned),
    intake: mean(i, (r) => r.intake),
    intake_not_hosted: mean(i, (r) => r.intakeNotHosted),
    supervisor_fte_short: mean(i, (r) => r.supervisorFteShort),
  }));
}
