import type { LineModel } from './line-model.js';
import type { ResolvedLine } from './types.js';

/** What one year's intake check found for each line (indexed like the lines). */
export interface IntakeLimits {
  /** Heads each line starts after the supervision limit. */
  readonly hosted: number[];
  /** Filled places not hosted, per trainee line. */
  readonly notHosted: number[];
  /** Reserved supervision hours a week of each supervisor line (NaN when the role is unlimited). */
  readonly capacityHoursPerWeek: number[];
  /** Extra FTE each supervisor line needs to host every filled place (0 when feasible). */
  readonly supervisorFteShort: number[];
}

/**
 * Caps a year's intake by supervisors' reserved hours. In each network, the hours reserved for
 * supervision by a supervisor role (qualified FTE × reserved hours per FTE, from its job plan)
 * must cover the trainees it already supervises plus the new starters; when they cannot, every
 * intake that role supervises is scaled down by the same factor and the supervisor FTE missing
 * is reported. Trainees already in training are never removed.
 */
export function limitIntake(
  models: readonly LineModel[], supervisors: readonly number[], requested: readonly number[],
  reservedHoursPerFte: Readonly<Record<string, number>> | undefined,
): IntakeLimits {
  const n = models.length;
  const hosted = [...requested];
  const notHosted = new Array<number>(n).fill(0);
  const capacity = new Array<number>(n).fill(NaN);
  const short = new Array<number>(n).fill(0);
  if (reservedHoursPerFte === undefined) return { hosted, notHosted, capacityHoursPerWeek: capacity, supervisorFteShort: short };
  const continuing = new Array<number>(n).fill(0);
  const starting = new Array<number>(n).fill(0);
  models.forEach((model, i) => {
    const hours = model.line.supervisionHoursPerTraineePerWeek;
    continuing[supervisors[i]!]! += model.trainees() * hours;
    starting[supervisors[i]!]! += requested[i]! * hours;
  });
  models.forEach((model, s) => {
    const perFte = reservedHoursPerFte[model.line.role];
    if (perFte === undefined) return;
    capacity[s] = model.stock.total() * model.ftePerHead * perFte;
    const free = Math.max(0, capacity[s]! - continuing[s]!);
    if (starting[s]! <= free) return;
    const factor = starting[s]! > 0 ? free / starting[s]! : 1;
    short[s] = perFte > 0 ? (continuing[s]! + starting[s]! - capacity[s]!) / perFte : Infinity;
    models.forEach((_, i) => {
      if (supervisors[i] !== s) return;
      hosted[i] = requested[i]! * factor;
      notHosted[i] = requested[i]! - hosted[i]!;
    });
  });
  return { hosted, notHosted, capacityHoursPerWeek: capacity, supervisorFteShort: short };
}

/** Reserved supervision hours a week per FTE from a job plan: hours × (1 − leave) × supervision share. */
export function reservedSupervisionHours(hoursPerFtePerWeek: number, leaveAndAbsenceShare: number, supervisionShare: number): number {
  return hoursPerFtePerWeek * (1 - leaveAndAbsenceShare) * supervisionShare;
}

/** Index of the line whose staff supervise each line's trainees (same network). */
export function supervisorIndexes(lines: readonly ResolvedLine[]): number[] {
  return lines.map((line) => {
    const index = lines.findIndex((other) => other.network === line.network && other.role === line.supervisorRole);
    if (index < 0) {
      throw new Error(`No supply line for supervisor role "${line.supervisorRole}" in network "${line.network}" (needed by "${line.role}")`);
    }
    return index;
  });
}
