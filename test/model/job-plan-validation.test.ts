import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { fixture } from './run-model.js';

async function issuesOf(overrides: string[]) {
  try {
    await loadScenario(fixture('busy-south-west'), { overrides });
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  return [];
}

describe('job plans, MDT attendance and mainstreaming eligibility are validated before simulating', () => {
  it('an MDT row in the skill-mix table is refused, pointing to the attendance that replaced it', async () => {
    const issues = await issuesOf(['workforce.skillMix.mdt=[clinical_geneticist]']);
    expect(issues).toEqual([expect.objectContaining({ path: 'workforce.skillMix.mdt' })]);
    expect(issues[0]!.message).toMatch(/mdtAttendeesPerCase/);
  });

  it('only demand-driven job-plan time can be ring-fenced', async () => {
    const issues = await issuesOf(['workforce.roles.genetic_counsellor.jobPlan.researchRingFenced=true']);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/researchRingFenced/);
  });

  it('eligible channels must be referral channels, at least one', async () => {
    const unknown = await issuesOf(['demand.indications.cardiac.mainstreaming.eligibleChannels=[gp, pharmacy]']);
    expect(unknown).toEqual([expect.objectContaining({ path: 'demand.indications.cardiac.mainstreaming.eligibleChannels.1' })]);
    const none = await issuesOf(['demand.indications.cardiac.mainstreaming.eligibleChannels=[]']);
    expect(none).toEqual([expect.objectContaining({ path: 'demand.indications.cardiac.mainstreaming.eligibleChannels', message: 'expected at least one channel' })]);
  });

  it('MDT attendance cannot be negative', async () => {
    const issues = await issuesOf(['workforce.roles.clinical_geneticist.mdtAttendeesPerCase=-1']);
    expect(issues).toEqual([expect.objectContaining({ path: 'workforce.roles.clinical_geneticist.mdtAttendeesPerCase', received: -1 })]);
  });
});
