import { parse } from 'yaml';
import { derivedMetric } from '../calibration/derived-metrics.js';
import type { SummaryRow } from './records.js';

/**
 * What the equity section reads about each CGS in one year, from summary.csv by metric name and
 * from the run's scenario.resolved.yaml (network and population). A figure another part of the
 * model writes only in some runs (access ratio, referrals per 100k, appointment modes) is
 * undefined when the run has no such rows, and the section says so.
 */
export interface CgsEquity {
  readonly cgs: string;
  readonly network: string;
  readonly population?: number;
  /** Median weeks waited by those on the list at the year end (list_median_wait_weeks). */
  readonly medianWaitWeeks?: Estimate;
  readonly pctWithin18Weeks?: Estimate;
  readonly accessRatio?: Estimate;
  readonly referralsPer100k?: number;
  /** Every role's FTE available per 100,000 population (needs the population). */
  readonly staffFtePer100k?: number;
  /** Booked appointments not attended: the run's dna_rate, or calibrate's dna_share from counts in runs without it. */
  readonly dnaShare?: number;
  readonly shareFirstFaceToFace?: number;
  readonly shareFirstVideo?: number;
  readonly shareFirstTelephone?: number;
}

export interface Estimate { readonly mean: number; readonly low: number; readonly high: number }

/** Summary metrics the section reads by name when a run has them (written by the need and clinic-setting models). */
export const OPTIONAL_METRICS = {
  accessRatio: 'access_ratio',
  referralsPer100k: 'referrals_per_100k',
  shareFirstFaceToFace: 'share_first_face_to_face',
  shareFirstVideo: 'share_first_video',
  shareFirstTelephone: 'share_first_telephone',
  dnaRate: 'dna_rate',
} as const;

type Geography = Map<string, { network: string; population?: number }>;

/** The last scenario text read and its geography: a report asks for it twice (chart and section). */
let remembered: { readonly yaml: string; readonly geography: Geography } | undefined;

/**
 * Network and population of each CGS from the resolved scenario; empty when it is absent or
 * unreadable. Only the top-level `geography:` block is parsed (the whole file is a hundred
 * times longer and parsing it was most of the report's own time), the whole file if the block
 * is not found that way.
 */
export function geographyOf(scenarioYaml: string | undefined): Geography {
  if (scenarioYaml === undefined) return new Map();
  if (remembered?.yaml !== scenarioYaml) remembered = { yaml: scenarioYaml, geography: parseGeography(scenarioYaml) };
  return new Map(remembered.geography);
}

/** The `geography:` key's block: its line and every following line that is indented or blank. */
const GEOGRAPHY_BLOCK = /^geography:.*(?:\n(?:[ \t].*)?)*/m;

function parseGeography(scenarioYaml: string): Geography {
  const out: Geography = new Map();
  const block = GEOGRAPHY_BLOCK.exec(scenarioYaml)?.[0];
  const cgs = (block === undefined ? undefined : cgsOf(block)) ?? cgsOf(scenarioYaml);
  for (const [id, c] of Object.entries(cgs ?? {})) {
    if (typeof c?.networkId !== 'string') continue;
    out.set(id, { network: c.networkId, population: typeof c.population === 'number' ? c.population : undefined });
  }
  return out;
}

type CgsEntries = Record<string, { networkId?: unknown; population?: unknown }>;

function cgsOf(yaml: string): CgsEntries | undefined {
  try {
    return (parse(yaml) as { geography?: { cgs?: CgsEntries } } | null)?.geography?.cgs;
  } catch {
    return undefined;
  }
}

/** The last year with CGS rows, or undefined when the summary has none. */
export function equityYear(summary: readonly SummaryRow[]): number | undefined {
  const years = summary.filter((r) => r.scope === 'cgs').map((r) => r.year);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** Each CGS's figures for `year`, ordered by network then CGS. */
export function cgsEquity(summary: readonly SummaryRow[], scenarioYaml: string | undefined, year: number): CgsEquity[] {
  const geography = geographyOf(scenarioYaml);
  const byCgs = new Map<string, Map<string, SummaryRow>>();
  for (const r of summary) {
    if (r.scope !== 'cgs' || r.year !== year) continue;
    if (!byCgs.has(r.scopeId)) byCgs.set(r.scopeId, new Map());
    byCgs.get(r.scopeId)!.set(r.metric, r);
  }
  const records = [...byCgs].map(([cgs, rows]) => equityOf(cgs, rows, geography.get(cgs)));
  return records.sort((a, b) => a.network.localeCompare(b.network) || a.cgs.localeCompare(b.cgs));
}

function equityOf(cgs: string, rows: Map<string, SummaryRow>, place: { network: string; population?: number } | undefined): CgsEquity {
  const estimate = (metric: string): Estimate | undefined => {
    const r = rows.get(metric);
    return r !== undefined && Number.isFinite(r.mean) ? { mean: r.mean, low: r.ciLow, high: r.ciHigh } : undefined;
  };
  const value = (metric: string) => estimate(metric)?.mean;
  const population = place?.population;
  const fte = [...rows.values()].filter((r) => r.metric.startsWith('fte_available_') && Number.isFinite(r.mean)).reduce((a, r) => a + r.mean, 0);
  const hasFte = [...rows.keys()].some((m) => m.startsWith('fte_available_'));
  const get = (metric: string) => rows.get(metric)?.mean ?? NaN;
  const dna = value(OPTIONAL_METRICS.dnaRate) ?? derivedMetric('dna_share')!.compute(get, population ?? NaN);
  return {
    cgs, network: place?.network ?? 'network not recorded', population,
    medianWaitWeeks: estimate('list_median_wait_weeks'), pctWithin18Weeks: estimate('pct_within_18_weeks'),
    accessRatio: estimate(OPTIONAL_METRICS.accessRatio), referralsPer100k: value(OPTIONAL_METRICS.referralsPer100k),
    staffFtePer100k: hasFte && population !== undefined && population > 0 ? (fte / population) * 1e5 : undefined,
    dnaShare: Number.isFinite(dna) ? dna : undefined,
    shareFirstFaceToFace: value(OPTIONAL_METRICS.shareFirstFaceToFace), shareFirstVideo: value(OPTIONAL_METRICS.shareFirstVideo),
    shareFirstTelephone: value(OPTIONAL_METRICS.shareFirstTelephone),
  };
}

/** The same figures over every CGS, population-weighted: the reference a CGS is compared with. */
export function allCgsReference(records: readonly CgsEquity[]): Pick<CgsEquity, 'staffFtePer100k' | 'referralsPer100k'> {
  const weighted = (pick: (r: CgsEquity) => number | undefined) => {
    let total = 0, sum = 0;
    for (const r of records) {
      const v = pick(r);
      if (v === undefined || r.population === undefined) return undefined;
      total += r.population;
      sum += v * r.population;
    }
    return total > 0 ? sum / total : undefined;
  };
  return { staffFtePer100k: weighted((r) => r.staffFtePer100k), referralsPer100k: weighted((r) => r.referralsPer100k) };
}
