import { totalmem } from 'node:os';
import type { ScenarioIssue } from './errors.js';
import type { Scenario } from './schema/scenario.js';

/**
 * Memory per patient in the system: the patient store's typed arrays (with room to grow), queue
 * and calendar entries. Measured at about 100 bytes with 530,000 patients in the system (a
 * one-year run of two CGSs of 100 million people each, resident memory before and after);
 * doubled for safety.
 */
export const BYTES_PER_PATIENT = 200;
/** Results kept per replication and simulated year: about 21.5 KB measured (v8.serialize) for 17 CGSs; rounded up. */
export const RESULT_BYTES_PER_REPLICATION_YEAR = 32 * 1024;
/** Referrals a replication simulates per second on one core (about 900,000 measured, one shared core); a cautious figure for estimates. */
export const REFERRALS_PER_SECOND = 300_000;

/**
 * Years of referrals the peak estimate assumes are all in the system at once: a list that grows by
 * every referral for a decade, far beyond any service the model is meant for, while long runs of
 * services that discharge patients are not refused for what they have long since let go.
 */
export const PEAK_YEARS_HELD = 10;

/** The memory a run may use by default: half this machine's memory (the patient store lives outside the JS heap). */
export const defaultMemoryBytes = (): number => totalmem() / 2;

/** What a scenario asks the simulation to hold and do, estimated before it runs. */
export interface RunSize {
  /** CGS ids simulated. */
  readonly cgsIds: readonly string[];
  /** Expected referrals over the run in one replication, cascades included. */
  readonly referralsPerReplication: number;
  /** Patients one replication could hold at once: the start list plus PEAK_YEARS_HELD years of referrals (the busiest ones). */
  readonly peakPatients: number;
  /** Which CGS contributes most referrals (for blame). */
  readonly largestCgs?: string;
}

export function runSize(s: Scenario): RunSize {
  const included = s.geography.includeNetworks;
  const cgsIds = Object.keys(s.geography.cgs).filter((id) => included === 'all' || included.includes(s.geography.cgs[id]!.networkId));
  const seasonal = s.demand.seasonality ? s.demand.seasonality.reduce((a, b) => a + b, 0) / 12 : 1;
  const perCapitaByYear = Array.from({ length: s.run.years }, () => 0); // Referrals per person of catchment, by year.
  for (const ind of Object.values(s.demand.indications)) {
    // First-generation cascade referrals: an upper estimate, since the whole yield is assumed diagnosed.
    const cascade = 1 + Math.max(ind.diagnosticYieldStandard, ind.diagnosticYieldComplex) * ind.cascadeRelativesPerPositive * ind.cascadeUptakeShare;
    const fromReference = s.run.startYear - (ind.referenceYear ?? s.run.startYear); // Growth counts from the rate's reference year.
    for (let y = 0; y < s.run.years; y++) perCapitaByYear[y]! += (ind.ratePer100kPerYear / 100_000) * (1 + ind.annualGrowthShare) ** (y + fromReference) * seasonal * cascade;
  }
  const window = Math.min(s.run.years, PEAK_YEARS_HELD);
  let peakPerCapita = 0;
  for (let y = 0; y + window <= s.run.years; y++) peakPerCapita = Math.max(peakPerCapita, perCapitaByYear.slice(y, y + window).reduce((a, b) => a + b, 0));
  const perCapita = perCapitaByYear.reduce((a, b) => a + b, 0);
  let population = 0;
  let largest: string | undefined;
  for (const id of cgsIds) {
    const p = s.geography.cgs[id]!.population;
    population += p;
    if (largest === undefined || p > s.geography.cgs[largest]!.population) largest = id;
  }
  const startList = s.run.startFromWaitingList ? s.startWaitingList.filter((r) => cgsIds.includes(r.cgsId)).reduce((a, r) => a + r.count, 0) : 0;
  return { cgsIds, referralsPerReplication: population * perCapita, peakPatients: startList + population * peakPerCapita, largestCgs: largest };
}

/**
 * Refuses, before anything runs, a scenario that would simulate nothing or would not fit in
 * memory: the patients of one replication (as if none left), and the results of all of them.
 */
export function runSizeIssues(s: Scenario, memoryBytes: number): Omit<ScenarioIssue, 'file'>[] {
  const size = runSize(s);
  if (size.cgsIds.length === 0) {
    return [{ path: 'geography.includeNetworks', message: 'the scenario simulates no CGS; expected "all" or networks with at least one CGS', received: s.geography.includeNetworks }];
  }
  const issues: Omit<ScenarioIssue, 'file'>[] = [];
  const gb = (bytes: number) => `${(bytes / 1e9).toFixed(bytes < 1e10 ? 1 : 0)} GB`;
  const patientBytes = size.peakPatients * BYTES_PER_PATIENT;
  if (patientBytes > memoryBytes / 2) {
    issues.push({
      path: `geography.cgs.${size.largestCgs}.population`,
      message: `up to ${Math.round(size.peakPatients).toLocaleString('en-GB')} patients in the system at once (the start list and ${Math.min(s.run.years, PEAK_YEARS_HELD)} busiest years of referrals) could need ${gb(patientBytes)} per replication, more than the ${gb(memoryBytes / 2)} available; expected fewer years, CGSs, people or lower referral rates`,
      received: s.geography.cgs[size.largestCgs!]!.population,
    });
  }
  const resultBytes = s.run.replications * s.run.years * RESULT_BYTES_PER_REPLICATION_YEAR;
  if (resultBytes > memoryBytes / 2) {
    issues.push({
      path: 'run.replications',
      message: `the results of ${s.run.replications} replications of ${s.run.years} years would need about ${gb(resultBytes)}, more than the ${gb(memoryBytes / 2)} available; expected at most ${Math.floor(memoryBytes / 2 / (s.run.years * RESULT_BYTES_PER_REPLICATION_YEAR))} replications`,
      received: s.run.replications,
    });
  }
  return issues;
}
