import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { replicationTable } from '../../src/results/replication-table.js';
import { clonePlain, type Plain } from '../../src/scenario/merge.js';
import { runSize } from '../../src/scenario/run-size.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema/scenario.js';

/** Metrics that may be undefined (blank) when nothing happened: waits with no one seen, utilisation with no time. */
const MAY_BE_UNDEFINED = /^(access_ratio|referrals_per_100k|pct_within_18_weeks|p92_wait_weeks|mean_wait_weeks|median_wait_weeks|median_weeks_to_diagnosis|mean_weeks_to_psychology|utilisation_.*|share_first_.*|dna_rate.*)$/;

/**
 * The accepted scenario cut to one CGS (the first it simulates), one year and one replication, so
 * thousands of cases can be simulated; the cut is validated again like any scenario.
 */
export function tinyScenario(s: Scenario): Scenario {
  const cgsId = runSize(s).cgsIds[0]!;
  const networkId = s.geography.cgs[cgsId]!.networkId;
  const t = clonePlain(s) as unknown as Plain & Record<string, Plain>;
  Object.assign(t.run!, { years: 1, replications: 1, warmupYears: 0 });
  t.geography = { ...t.geography, cgs: { [cgsId]: s.geography.cgs[cgsId] }, networks: { [networkId]: s.geography.networks[networkId] }, includeNetworks: [networkId] };
  t.workforce = {
    ...t.workforce,
    staff: { [cgsId]: s.workforce.staff[cgsId] },
    recruitment: s.workforce.recruitment.filter((r) => r.cgsId === cgsId || r.networkId === networkId),
  };
  t.startWaitingList = s.startWaitingList.filter((r) => r.cgsId === cgsId) as unknown as Plain;
  t.access = tinyAccess(s, cgsId) as unknown as Plain;
  delete t.supply; // The supply pipeline is simulated separately and names every network.
  const clinics = s.clinicSettings;
  if (clinics !== undefined) {
    // Where clinics are held, for the one CGS kept (the settings name every CGS).
    t.clinicSettings = {
      ...clinics,
      cgs: clinics.cgs[cgsId] === undefined ? {} : { [cgsId]: clinics.cgs[cgsId] },
      changes: clinics.changes.filter((c) => (c.cgsId ?? cgsId) === cgsId && (c.networkId ?? networkId) === networkId),
    } as unknown as Plain;
  }
  return scenarioSchema.parse(t);
}

/** The access section cut to one CGS, as the geography is (its tables name every CGS). */
function tinyAccess(s: Scenario, cgsId: string): Record<string, unknown> {
  const a = s.access;
  const only = <T>(byCgs: Record<string, T>): Record<string, T> => (byCgs[cgsId] === undefined ? {} : { [cgsId]: byCgs[cgsId]! });
  const out: Record<string, unknown> = {
    ...a, populationByAge: only(a.populationByAge), needFactor: only(a.needFactor), acceptanceShare: only(a.acceptanceShare), underservedShare: only(a.underservedShare),
  };
  const engagement = a.communityEngagement;
  if (engagement?.cgsIds !== undefined) {
    if (engagement.cgsIds.includes(cgsId)) out.communityEngagement = { ...engagement, cgsIds: [cgsId] };
    else delete out.communityEngagement;
  }
  return out;
}

/** What a tiny run gave: nothing wrong, or the first impossible value found. */
export function simulateTiny(s: Scenario, seed: number): string | undefined {
  const tiny = tinyScenario(s);
  const config = compileModel(tiny);
  const run = runReplication(config, seed, 0);
  for (const { scope, year, metric, values } of replicationTable(config, [run])) {
    const v = values[0]!;
    const where = `${scope.scope} ${scope.id} ${year} ${metric}`;
    if (Number.isNaN(v) && !MAY_BE_UNDEFINED.test(metric)) return `${where} is NaN (a blank where a count belongs)`;
    if (!Number.isNaN(v) && !Number.isFinite(v)) return `${where} is ${v}`;
    if (v < 0) return `${where} is negative (${v})`;
  }
  return undefined;
}
