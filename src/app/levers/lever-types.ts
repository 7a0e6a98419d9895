import type { Plain } from '../../scenario/merge.js';

export type LeverValue = number | string | boolean;

/** One control: what it changes, in the planner's words and units, with the scenario's value as baseline. */
export interface LeverDef {
  /** Unique id, safe in an HTML id (letters, digits, dashes, underscores). */
  readonly id: string;
  readonly label: string;
  /** Unit shown next to the control, e.g. 'FTE', '%', 'year'. */
  readonly unit: string;
  readonly kind: 'number' | 'select' | 'checkbox';
  readonly baseline: LeverValue;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Row and column of a grid group this lever sits in (e.g. a role and a network). */
  readonly row?: string;
  readonly column?: string;
  /** The lever matters only while another lever (a switch) has this value; the page disables it otherwise. */
  readonly enabledWhen?: { readonly id: string; readonly value: LeverValue };
}

/**
 * A set of levers shown together. `apply` writes the scenario changes for the current values
 * into `over` (a partial scenario layered on the source scenario); it is called only when some
 * value in the group differs from its baseline.
 */
export interface LeverGroup {
  readonly id: string;
  readonly title: string;
  /** One or two sentences on what the levers change and what stays as the scenario says. */
  readonly help: string;
  readonly levers: readonly LeverDef[];
  /** Lay out as a grid of rows by columns rather than a list. */
  readonly grid?: boolean;
  apply(values: ReadonlyMap<string, LeverValue>, over: Plain): void;
}

/** Sets `value` at a path in `over`, creating objects on the way. */
export function setPath(over: Plain, path: readonly string[], value: unknown): void {
  let node = over;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Plain;
  }
  node[path[path.length - 1]!] = value;
}

/** The value of a lever, falling back to its baseline. */
export function valueOf(values: ReadonlyMap<string, LeverValue>, lever: LeverDef): LeverValue {
  return values.get(lever.id) ?? lever.baseline;
}

export const changed = (values: ReadonlyMap<string, LeverValue>, lever: LeverDef): boolean => valueOf(values, lever) !== lever.baseline;

/** A percentage (one decimal) from a share, as the levers show shares. */
export const percent = (share: number): number => Math.round(share * 1000) / 10;

/** A readable label from a snake_case id. */
export const labelOf = (id: string): string => id.replace(/_/g, ' ');
