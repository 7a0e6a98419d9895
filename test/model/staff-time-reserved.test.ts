import { beforeAll, describe, expect, it } from 'vitest';
import { ScopeYearSums } from '../../src/results/replication-table.js';
import { staffTimeRows, type Row } from '../../src/results/tables.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { fixture, runFixture } from './run-model.js';

/**
 * staff_time.csv keeps its activity ids and `hours_mean` (hours used), and adds the hours job
 * plans reserved beside them. Busy South West fixture, advice time ring-fenced for consultants
 * and nobody asking for advice: their advice time is reserved but unused.
 */
describe('staff_time.csv: hours used next to hours reserved', () => {
  let rows: Row[];
  beforeAll(async () => {
    const { scenario } = await loadScenario(fixture('busy-south-west'));
    const mainstreamed = Object.entries(scenario.demand.indications).filter(([, ind]) => ind.mainstreaming).map(([id]) => id);
    const run = await runFixture('busy-south-west', [
      'workforce.roles.clinical_geneticist.jobPlan.adviceGuidanceRingFenced=true',
      'demand.adviceGuidanceRequestsPerReferral=0',
      ...mainstreamed.map((id) => `demand.indications.${id}.mainstreaming.adviceGuidanceRequestsPerCase=0`),
    ], 2);
    rows = staffTimeRows(run.config, new ScopeYearSums(run.config, run.runs));
  });

  const at = (role: string, activity: string) => rows.find((r) => r.scope === 'network' && r.year === '2026' && r.role === role && r.activity === activity)!;

  it('has the columns and activity ids it had, plus reserved_hours_mean and travel (staff travel to satellite clinics)', () => {
    expect(Object.keys(rows[0]!)).toEqual(['year', 'scope', 'scope_id', 'role', 'activity', 'hours_mean', 'hours_ci_low', 'hours_ci_high', 'reserved_hours_mean']);
    expect([...new Set(rows.map((r) => r.activity))]).toEqual(['clinic', 'admin', 'triage', 'mdt', 'training_mainstream', 'advice_guidance', 'supervision', 'research', 'travel', 'other']);
  });

  it('ring-fenced advice time nobody asked for is reported as reserved, with no hours used', () => {
    const advice = at('clinical_geneticist', 'advice_guidance');
    expect(Number(advice.hours_mean)).toBe(0);
    expect(Number(advice.reserved_hours_mean)).toBeGreaterThan(100);
  });

  it('planned time (research) is used as reserved; clinic time is never reserved', () => {
    const research = at('genetic_counsellor', 'research');
    expect(Number(research.hours_mean)).toBeGreaterThan(0);
    expect(research.hours_mean).toBe(research.reserved_hours_mean);
    expect(Number(at('genetic_counsellor', 'clinic').reserved_hours_mean)).toBe(0);
  });
});
