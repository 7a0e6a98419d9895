import { unique } from './chart.js';

interface Scoped {
  readonly scope: string;
  readonly scopeId: string;
}

const SCOPE_ORDER = ['national', 'network', 'cgs'];

/** Scopes present in the rows, national first, then network, then CGS. */
export function scopesPresent(rows: readonly Scoped[]): string[] {
  const present = unique(rows.map((row) => row.scope));
  const known = SCOPE_ORDER.filter((scope) => present.includes(scope));
  return [...known, ...present.filter((scope) => !SCOPE_ORDER.includes(scope))];
}

/** The headline scope: national when present, otherwise the first scope and id in the file. */
export function headlineScope(rows: readonly Scoped[]): Scoped | undefined {
  const national = rows.find((row) => row.scope === 'national');
  const first = national ?? rows[0];
  return first === undefined ? undefined : { scope: first.scope, scopeId: first.scopeId };
}

export const inScope = (target: Scoped) => (row: Scoped): boolean =>
  row.scope === target.scope && row.scopeId === target.scopeId;

export function scopeTitle(scope: string): string {
  if (scope === 'cgs') return 'Clinical Genomic Service';
  if (scope === 'network') return 'Network';
  if (scope === 'national') return 'National';
  return scope;
}

/** Display name for a scope id, e.g. `north_west` → `north west` (ids are kept recognisable). */
export function scopeIdLabel(scope: string, scopeId: string): string {
  return scope === 'national' && (scopeId === '' || scopeId === 'national') ? 'National' : scopeId.replace(/_/g, ' ');
}

const WEEKS_PER_YEAR = 52.1775;

/**
 * Fractional calendar year for each waiting-list week. Weeks may be numbered within each year
 * (1–53) or from the start of the run; a file using numbers above 53 is taken to be the latter.
 */
export function weekToYearAxis(rows: readonly { week: number; year: number }[]): (week: number, year: number) => number {
  const firstYear = Math.min(...rows.map((row) => row.year));
  const fromStart = rows.some((row) => row.week > 53);
  const firstWeek = Math.min(...rows.map((row) => row.week));
  return fromStart
    ? (week) => firstYear + (week - firstWeek) / WEEKS_PER_YEAR
    : (week, year) => year + Math.max(0, week - 1) / WEEKS_PER_YEAR;
}

