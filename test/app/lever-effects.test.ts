import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultTables } from '../../src/app/result-tables.js';
import { applyOverrides, leverGroups, leverOverrides, type LeverValue } from '../../src/app/levers/index.js';
import { compileModel } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import type { Row } from '../../src/results/tables.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { FIXTURES } from '../cli/cli.js';

/**
 * Each new lever, set as a commissioner would on the page, on the small South West fixture (two
 * years, CGSs L and M): the scenario the levers build validates and moves the final year's
 * summary.csv figure the way the service would. Every run uses the fixture's seed, so the
 * baseline and the what-if share random numbers replication by replication (as on the page);
 * a lever that mapped to nothing would give exactly the baseline's figures and fail.
 */
const SMALL = join(FIXTURES, 'cli-small.yaml');
const REPLICATIONS = 3;
const START = '2026-04-01';

let source: Scenario;
let baseline: readonly Row[];

function withLevers(values: readonly (readonly [string, LeverValue])[]): Scenario {
  const groups = leverGroups(source);
  const known = new Set(groups.flatMap((g) => g.levers.map((l) => l.id)));
  for (const [id] of values) if (!known.has(id)) throw new Error(`no lever ${id}`);
  const result = applyOverrides(source, leverOverrides(groups, new Map(values)));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.scenario;
}

/** summary.csv rows of a scenario, built by the page's own summary code. */
function summary(s: Scenario): readonly Row[] {
  const config = compileModel(s);
  const runs = Array.from({ length: REPLICATIONS }, (_, r) => runReplication(config, s.run.seed, r));
  return resultTables(config, runs).summary;
}

/** Final-year mean of a metric for the South West network (or a CGS). */
function mean(rows: readonly Row[], metric: string, scope = 'network', scopeId = 'south_west'): number {
  const mine = rows.filter((r) => r['metric'] === metric && r['scope'] === scope && r['scope_id'] === scopeId);
  const year = String(Math.max(...mine.map((r) => Number(r['year']))));
  const row = mine.find((r) => r['year'] === year);
  if (row === undefined) throw new Error(`no ${metric} for ${scope} ${scopeId}`);
  return Number(row['mean']);
}

/** Runs the what-if and returns a reader of its figures beside the baseline's. */
function effect(values: readonly (readonly [string, LeverValue])[]) {
  const rows = summary(withLevers(values));
  return (metric: string, scope?: string, scopeId?: string) => ({ before: mean(baseline, metric, scope, scopeId), after: mean(rows, metric, scope, scopeId) });
}

describe('new app levers move the outputs the way the service would', () => {
  beforeAll(async () => {
    source = (await loadScenario(SMALL)).scenario;
    baseline = summary(source);
  });

  it('community engagement closing the under-referral gap raises referrals and the access ratio', () => {
    const fig = effect([['engage-on', true], ['engage-from', START], ['engage-ramp', 0], ['engage-gap', 100]]);
    const referrals = fig('referrals_received');
    expect(referrals.after).toBeGreaterThan(referrals.before);
    const access = fig('access_ratio');
    expect(access.after).toBeGreaterThan(access.before);
  });

  it('harmonised criteria above today\'s average raise referrals, below it lower them', () => {
    const wide = effect([['harmonise-on', true], ['harmonise-from', START], ['harmonise-share', 100]])('referrals_received');
    expect(wide.after).toBeGreaterThan(wide.before);
    const narrow = effect([['harmonise-on', true], ['harmonise-from', START], ['harmonise-share', 60]])('referrals_received');
    expect(narrow.after).toBeLessThan(narrow.before);
  });

  it('self-referral at scale adds self-referrals and triage closures', () => {
    const fig = effect([['selfref-on', true], ['selfref-from', START], ['selfref-ramp', 0], ['selfref-rate', 30], ['selfref-triage-closed', 40]]);
    const self = fig('referrals_channel_self_referral');
    expect(self.after).toBeGreaterThan(self.before);
    expect(fig('self_referral_scheme').after).toBeGreaterThan(0);
    const closed = fig('triage_closed');
    expect(closed.after).toBeGreaterThan(closed.before);
  });

  it('more satellite clinics raise staff travel', () => {
    const travel = effect([['satellite-from', START], ['satellite-L', 90], ['satellite-M', 90]])('staff_travel_hours');
    expect(travel.after).toBeGreaterThan(travel.before);
  });

  it('fewer local mental-health places leave more patients waiting for psychology', () => {
    const waiting = effect([['psych-local-places', 0.5]])('psychology_local_waiting_end');
    expect(waiting.after).toBeGreaterThan(waiting.before);
  });

  it('keeping more complex patients under long-term management adds review appointments', () => {
    const ids = Object.keys(source.demand.indications);
    const reviews = effect(ids.map((id) => [`ltm-${id}-share`, 100] as const))('review_appointments');
    expect(reviews.after).toBeGreaterThan(reviews.before);
  });

  it('more patients needing a follow-up adds follow-up appointments', () => {
    const followUps = effect([['follow-up-standard', 60], ['follow-up-complex', 90]])('follow_up_appointments');
    expect(followUps.after).toBeGreaterThan(followUps.before);
  });

  it('a longer family-history preparation delays diagnosis', () => {
    const diagnosis = effect([['family-history-weeks', 40], ['family-history-share', 100]])('median_weeks_to_diagnosis');
    expect(diagnosis.after).toBeGreaterThan(diagnosis.before);
  });
});
