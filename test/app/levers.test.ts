import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverrides, leverGroups, leverOverrides, type LeverDef, type LeverGroup, type LeverValue } from '../../src/app/levers/index.js';
import { layerOverrides, whatIfYaml } from '../../src/app/scenario-yaml.js';
import { mergeScenario } from '../../src/scenario/merge.js';
import { overridesToObject } from '../../src/scenario/set-overrides.js';
import { loadScenario, type LoadedScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema/scenario.js';
import { placesInYear } from '../../src/supply/places-schedule.js';
import { FIXTURES } from '../cli/cli.js';

const SMALL = join(FIXTURES, 'cli-small.yaml');
const PIPELINE = join(process.cwd(), 'scenarios', 'baseline-pipeline.yaml');

/** A value other than the baseline that the lever accepts. */
function moved(lever: LeverDef): LeverValue {
  if (lever.kind === 'checkbox') return !lever.baseline;
  if (lever.kind === 'select') return lever.options!.map((o) => o.value).find((v) => v !== lever.baseline) ?? lever.baseline;
  const base = Number(lever.baseline);
  const up = base + (lever.step ?? 1) * 2;
  return lever.max !== undefined && up > lever.max ? Math.max(lever.min ?? 0, base - (lever.step ?? 1) * 2) : up;
}

const lever = (groups: readonly LeverGroup[], id: string) => groups.flatMap((g) => g.levers).find((l) => l.id === id)!;

function applied(source: Scenario, groups: readonly LeverGroup[], values: ReadonlyMap<string, LeverValue>): Scenario {
  const result = applyOverrides(source, leverOverrides(groups, values));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.scenario;
}

describe('app levers', () => {
  let small: LoadedScenario;
  let pipeline: LoadedScenario;
  const tmp = mkdtempSync(join(tmpdir(), 'cgs-app-levers-'));
  beforeAll(async () => {
    small = await loadScenario(SMALL);
    pipeline = await loadScenario(PIPELINE);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('at their baselines change nothing', () => {
    for (const s of [small, pipeline]) {
      expect(leverOverrides(leverGroups(s.scenario), new Map())).toEqual({});
      expect(applied(s.scenario, leverGroups(s.scenario), new Map())).toEqual(s.scenario);
    }
  });

  it('each moved alone gives a valid scenario that differs from the one without the move', () => {
    for (const s of [small, pipeline]) {
      const groups = leverGroups(s.scenario);
      const all = groups.flatMap((g) => g.levers);
      for (const l of all) {
        // What a lever needs to matter at all: its switch on, a recruitment step adding FTE,
        // training places or a satellite share changing (for the date they change from).
        const context = new Map<string, LeverValue>();
        if (l.enabledWhen !== undefined) context.set(l.enabledWhen.id, l.enabledWhen.value);
        if (/^recruit-\d-(role|year|where)$/.test(l.id)) context.set(l.id.replace(/(role|year|where)$/, 'fte'), 2);
        if (l.id === 'places-from') context.set(groups.find((g) => g.id === 'training')!.levers[2]!.id, 150);
        if (l.id === 'satellite-from') context.set(groups.find((g) => g.id === 'clinic-settings')!.levers[1]!.id, 95);
        const values = new Map([...context, [l.id, moved(l)]]);
        // A % change of a role nobody holds has nothing to scale.
        const noneHeld = l.id.startsWith('fte-pct-') && groups.find((g) => g.id === 'staff')!.levers.filter((o) => o.row === l.row && o.column !== '% change').every((o) => o.baseline === 0);
        // With one network simulated, "every network" and that network are the same place.
        const samePlace = /^recruit-\d-where$/.test(l.id) && l.options!.length === 2;
        const without = applied(s.scenario, groups, context);
        if (noneHeld || samePlace) expect(applied(s.scenario, groups, values), l.id).toEqual(without);
        else expect(applied(s.scenario, groups, values), l.id).not.toEqual(without);
      }
    }
  });

  it('a lever that matters only while a switch is on names a switch of its own group', () => {
    for (const s of [small, pipeline]) {
      for (const g of leverGroups(s.scenario)) {
        for (const l of g.levers.filter((o) => o.enabledWhen !== undefined)) {
          const sw = g.levers.find((o) => o.id === l.enabledWhen!.id);
          expect(sw?.kind, l.id).toBe('checkbox');
        }
      }
    }
  });

  it('set a network\'s FTE total, shared by current FTE, and a % change on top', () => {
    const s = small.scenario;
    const groups = leverGroups(s);
    const cgs = ['L', 'M'];
    const total = (sc: Scenario, role: string) => cgs.reduce((t, c) => t + (sc.workforce.staff[c]?.[role] ?? 0), 0);
    const before = total(s, 'genetic_counsellor');
    const after = applied(s, groups, new Map([['fte-south_west-genetic_counsellor', before + 5]]));
    expect(total(after, 'genetic_counsellor')).toBeCloseTo(before + 5, 9);
    expect(after.workforce.staff['L']!['genetic_counsellor']! / after.workforce.staff['M']!['genetic_counsellor']!)
      .toBeCloseTo(s.workforce.staff['L']!['genetic_counsellor']! / s.workforce.staff['M']!['genetic_counsellor']!, 9);
    const doubled = applied(s, groups, new Map([['fte-pct-clinical_geneticist', 100]]));
    expect(total(doubled, 'clinical_geneticist')).toBeCloseTo(2 * total(s, 'clinical_geneticist'), 9);
    expect(total(doubled, 'genetic_counsellor')).toBe(before);
  });

  it('add recruitment shared by population and keep the scenario\'s own steps', () => {
    const s = small.scenario;
    const after = applied(s, leverGroups(s), new Map<string, LeverValue>([['recruit-1-fte', 3], ['recruit-1-role', 'genomic_associate'], ['recruit-1-year', '2027']]));
    const added = after.workforce.recruitment.slice(s.workforce.recruitment.length);
    expect(after.workforce.recruitment.slice(0, s.workforce.recruitment.length)).toEqual(s.workforce.recruitment);
    expect(added.map((r) => [r.role, r.networkId, r.fromDate])).toEqual([['genomic_associate', 'south_west', '2027-04-01']]);
    expect(added[0]!.fteChange).toBeCloseTo(3, 12);
  });

  it('move appointments to video and telephone keeping their ratio', () => {
    const s = small.scenario;
    const after = applied(s, leverGroups(s), new Map([['virtual-share', 80]]));
    const m = after.appointmentModes;
    expect(m.face_to_face.share).toBeCloseTo(0.2, 12);
    expect(m.video.share / m.telephone.share).toBeCloseTo(s.appointmentModes.video.share / s.appointmentModes.telephone.share, 9);
    expect(lever(leverGroups(s), 'virtual-share').baseline).toBeCloseTo((s.appointmentModes.video.share + s.appointmentModes.telephone.share) * 100, 6);
  });

  it('set clinic booking: slot use, booking lead and did-not-attends', () => {
    const s = small.scenario;
    const after = applied(s, leverGroups(s), new Map([['slot-utilisation', 80], ['booking-lead', 4], ['dna-share', 12]]));
    expect(after.pathway.slotUtilisationShare).toBeCloseTo(0.8, 12);
    expect(after.pathway.bookingLeadWeeks).toBe(4);
    expect(after.pathway.dnaShare).toBeCloseTo(0.12, 12);
    expect({ ...after.pathway, slotUtilisationShare: 0, bookingLeadWeeks: 0, dnaShare: 0 }).toEqual({ ...s.pathway, slotUtilisationShare: 0, bookingLeadWeeks: 0, dnaShare: 0 });
  });

  it('scale training places from a year in pipeline scenarios only', () => {
    expect(leverGroups(small.scenario).some((g) => g.id === 'training')).toBe(small.scenario.supply !== undefined);
    const s = pipeline.scenario;
    const groups = leverGroups(s);
    const role = Object.keys(s.supply!.roles)[0]!;
    const after = applied(s, groups, new Map<string, LeverValue>([[`places-${role}`, 200], ['places-from', '2028']]));
    const network = Object.keys(s.supply!.networks)[0]!;
    const schedule = after.supply!.networks[network]![role]!.trainingPlacesPerYear as Record<string, number>;
    const before = s.supply!.networks[network]![role]!.trainingPlacesPerYear;
    expect(placesInYear(schedule, 2028)).toBeCloseTo(2 * placesInYear(before, 2028), 9);
    expect(placesInYear(schedule, 2035)).toBeCloseTo(2 * placesInYear(before, 2028), 9);
    expect(placesInYear(schedule, 2027)).toBeCloseTo(placesInYear(before, 2027), 9);
    expect(placesInYear(schedule, 2026)).toBeCloseTo(placesInYear(before, 2026), 9);
  });

  it('round-trip: the downloaded scenario, loaded by the command line, is the page\'s scenario', async () => {
    const s = small.scenario;
    const groups = leverGroups(s);
    const values = new Map<string, LeverValue>([
      ['fte-pct-clinical_geneticist', 35], ['recruit-2-fte', 1.5], ['virtual-share', 62.5], ['complex-growth', 150],
      ['pool-south_west', true], ['psych-L', 'in_service'], ['run-years', 3], ['run-replications', 4],
      [groups.find((g) => g.id === 'mainstreaming')!.levers[1]!.id, 72.5],
    ]);
    const over = leverOverrides(groups, values);
    const file = join(tmp, 'what-if.yaml');
    writeFileSync(file, whatIfYaml(small.file, s.name, over));
    const fromFile = await loadScenario(file);
    expect(fromFile.chain).toEqual([...small.chain, file]);
    const page = applied(s, groups, values);
    expect({ ...fromFile.scenario, name: s.name, description: s.description }).toEqual(page);
    expect(fromFile.scenario.name).toBe(`${s.name}-what-if`);
  });

  it('switch access mechanisms on with the scenario\'s own values as defaults, and off again', async () => {
    const s = small.scenario;
    const groups = leverGroups(s);
    expect(lever(groups, 'engage-on').baseline).toBe(false);
    const on = applied(s, groups, new Map<string, LeverValue>([['engage-on', true], ['engage-where', 'south_west'], ['engage-gap', 45]]));
    expect(on.access.communityEngagement).toMatchObject({ fromDate: '2027-04-01', rampYears: 3, gapClosedShare: 0.45, cgsIds: ['L', 'M'] });
    const harmonised = applied(s, groups, new Map<string, LeverValue>([['harmonise-on', true], ['harmonise-share', 92]]));
    expect(Object.keys(harmonised.access.harmonisedCriteria!.acceptanceShare).sort()).toEqual(Object.keys(s.demand.indications).sort());
    for (const share of Object.values(harmonised.access.harmonisedCriteria!.acceptanceShare)) expect(share).toBeCloseTo(0.92, 12);
    // A scenario that has the mechanism: the levers start from its values, and off removes it.
    const selfRef = await loadScenario(join(process.cwd(), 'scenarios', 'whatif-self-referral.yaml'), { overrides: ['geography.includeNetworks=[south_west]'] });
    const sr = selfRef.scenario.access.selfReferral!;
    const srGroups = leverGroups(selfRef.scenario);
    expect(lever(srGroups, 'selfref-on').baseline).toBe(true);
    expect(lever(srGroups, 'selfref-triage-closed').baseline).toBeCloseTo(sr.triageClosedShare * 100, 9);
    const total = Object.values(sr.ratePer100kPerYear).reduce((a, b) => a + b, 0);
    const doubled = applied(selfRef.scenario, srGroups, new Map([['selfref-rate', 2 * total]]));
    for (const [i, r] of Object.entries(sr.ratePer100kPerYear)) expect(doubled.access.selfReferral!.ratePer100kPerYear[i]).toBeCloseTo(2 * r, 9);
    expect(applied(selfRef.scenario, srGroups, new Map([['selfref-on', false]])).access.selfReferral).toBeUndefined();
  });

  it('add satellite changes from a date after the scenario\'s own, for the CGSs chosen', () => {
    const s = small.scenario;
    const own = { fromDate: '2026-10-01', cgsId: 'M', satelliteShareOfDistant: 0.5 };
    const withOwn = applyOverrides(s, { clinicSettings: { changes: [own] } });
    if (!withOwn.ok) throw new Error(withOwn.problems.join('\n'));
    const groups = leverGroups(withOwn.scenario);
    const after = applied(withOwn.scenario, groups, new Map<string, LeverValue>([['satellite-L', 80], ['satellite-from', '2027-04-01']]));
    expect(after.clinicSettings!.changes).toEqual([own, { fromDate: '2027-04-01', cgsId: 'L', satelliteShareOfDistant: 0.8 }]);
    expect(lever(groups, 'satellite-L').baseline).toBeCloseTo(s.clinicSettings!.cgs['L']!.satelliteShareOfDistant * 100, 9);
  });

  it('set long-term management of one indication, follow-up, family history and local psychology places', () => {
    const s = small.scenario;
    const after = applied(s, leverGroups(s), new Map([
      ['ltm-cardiac-share', 55], ['ltm-cardiac-interval', 6], ['ltm-cardiac-years', 3], ['follow-up-delay', 4], ['family-history-weeks', 2], ['psych-local-places', 9],
    ]));
    expect(after.demand.indications['cardiac']).toMatchObject({ longTermManagementShareComplex: 0.55, longTermReviewIntervalMonths: 6, longTermManagementYears: 3 });
    expect(after.demand.indications['inherited_cancer']).toEqual(s.demand.indications['inherited_cancer']);
    expect(after.pathway).toEqual({ ...s.pathway, followUpDelayWeeks: 4, familyHistoryWeeks: 2, localMentalHealthPlacesPer100kPerYear: 9 });
  });

  it('the downloaded scenario of a page built with --set states the --set values too, so it reproduces the page', async () => {
    const sets = ['pathway.familyHistoryWeeks=9', 'access.communityEngagement={fromDate: "2026-04-01", rampYears: 1, gapClosedShare: 0.2}', 'access.harmonisedCriteria=null'];
    const loaded = await loadScenario(SMALL, { overrides: sets });
    const s = loaded.scenario;
    expect(s.pathway.familyHistoryWeeks).toBe(9);
    const groups = leverGroups(s);
    expect(lever(groups, 'family-history-weeks').baseline).toBe(9);
    const values = new Map<string, LeverValue>([['engage-gap', 80], ['follow-up-delay', 10]]);
    const file = join(tmp, 'what-if-set.yaml');
    writeFileSync(file, whatIfYaml(small.file, s.name, leverOverrides(groups, values), sets, overridesToObject(sets)));
    const fromFile = await loadScenario(file);
    expect({ ...fromFile.scenario, name: s.name, description: s.description }).toEqual(applied(s, groups, values));
  });

  it('layering overrides equals applying them one after the other, removals included', () => {
    const base = { a: { x: 1, y: 2, list: [1, 2] }, b: 3, c: { z: 1 } };
    const first = { a: { x: 10, list: [3] }, c: null };
    const second = { a: { y: null }, b: 4, d: { w: 1 } };
    expect(mergeScenario(base, layerOverrides(first, second))).toEqual(mergeScenario(mergeScenario(base, first), second));
    expect(mergeScenario(base, layerOverrides(first, second))).toEqual({ a: { x: 10, list: [3] }, b: 4, d: { w: 1 } });
  });

  it('report an invalid combination instead of running it', () => {
    const s = small.scenario;
    const result = applyOverrides(s, leverOverrides(leverGroups(s), new Map([['run-years', 0]])));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join('\n')).toMatch(/run\.years/);
  });
});
