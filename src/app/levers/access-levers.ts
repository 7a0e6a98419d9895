import type { Scenario } from '../../scenario/schema/scenario.js';
import { defaultFromDate, fromDateOptions } from './dates.js';
import { changed, labelOf, percent, setPath, valueOf, type LeverDef, type LeverGroup, type LeverValue } from './lever-types.js';
import { simulatedPlaces } from './scope.js';

const round1 = (x: number) => Math.round(x * 10) / 10;
const NOTE = 'what-if lever in cgs-sim app';

/** A switch for a mechanism of the `access:` section and the levers that only matter while it is on. */
function switched(on: LeverDef, levers: readonly Omit<LeverDef, 'enabledWhen'>[]): LeverDef[] {
  return [on, ...levers.map((l) => ({ ...l, enabledWhen: { id: on.id, value: true } }))];
}

type Get = (values: ReadonlyMap<string, LeverValue>, lever: LeverDef) => number;
const num: Get = (values, lever) => Number(valueOf(values, lever));

/** Today's national acceptance share: each CGS's own criteria weighted by its population and the indication's rate. */
function nationalAcceptance(s: Scenario): number {
  let weighted = 0;
  let weights = 0;
  for (const [i, ind] of Object.entries(s.demand.indications)) {
    for (const [c, cgs] of Object.entries(s.geography.cgs)) {
      const share = s.access.acceptanceShare[c]?.[i];
      if (share === undefined) continue;
      weighted += cgs.population * ind.ratePer100kPerYear * share;
      weights += cgs.population * ind.ratePer100kPerYear;
    }
  }
  return weights > 0 ? weighted / weights : 1;
}

/** Harmonised national criteria: every CGS accepts the same share of need from a date. */
export function harmonisedCriteriaLevers(s: Scenario): LeverGroup {
  const h = s.access.harmonisedCriteria;
  const indications = Object.entries(s.demand.indications);
  const ownShare = h === undefined ? nationalAcceptance(s)
    : indications.reduce((t, [i, ind]) => t + (h.acceptanceShare[i] ?? 0) * ind.ratePer100kPerYear, 0)
      / Math.max(1e-12, indications.reduce((t, [i, ind]) => t + (h.acceptanceShare[i] === undefined ? 0 : ind.ratePer100kPerYear), 0));
  const on: LeverDef = { id: 'harmonise-on', label: 'Every CGS applies the same national acceptance criteria', unit: '', kind: 'checkbox', baseline: h !== undefined };
  const [, from, share] = switched(on, [
    { id: 'harmonise-from', label: 'National criteria apply from', unit: '', kind: 'select', baseline: h?.fromDate ?? defaultFromDate(s), options: fromDateOptions(s, h?.fromDate) },
    { id: 'harmonise-share', label: 'Share of need the national criteria accept, every indication', unit: '%', kind: 'number', baseline: percent(ownShare), min: 0, max: 100, step: 1 },
  ]) as [LeverDef, LeverDef, LeverDef];
  return {
    id: 'harmonised-criteria',
    title: 'Harmonised access criteria',
    help: 'From the date, every CGS accepts the same share of need (the baseline share is today\'s national average). CGSs with narrower criteria receive more referrals, those with wider ones fewer; national demand moves only with the share.',
    levers: [on, from, share],
    apply(values, over) {
      if (valueOf(values, on) !== true) {
        if (h !== undefined) setPath(over, ['access', 'harmonisedCriteria'], null);
        return;
      }
      const spec: Record<string, unknown> = { fromDate: String(valueOf(values, from)) };
      if (h === undefined || changed(values, share)) spec['acceptanceShare'] = Object.fromEntries(indications.map(([i]) => [i, num(values, share) / 100]));
      if (h === undefined) spec['source'] = `${NOTE}: national share about today's average acceptance`;
      setPath(over, ['access', 'harmonisedCriteria'], spec);
    },
  };
}

/** Community engagement: part of the under-referral gap of under-served communities closed over a ramp. */
export function communityEngagementLevers(s: Scenario): LeverGroup {
  const e = s.access.communityEngagement;
  const places = simulatedPlaces(s);
  const cgsOf = (n: string) => Object.keys(s.geography.cgs).filter((c) => s.geography.cgs[c]!.networkId === n);
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const ownWhere = e?.cgsIds === undefined ? 'all' : places.networks.find((n) => sameSet(cgsOf(n), e.cgsIds!)) ?? 'scenario';
  const whereOptions = [
    { value: 'all', label: 'every CGS' },
    ...(ownWhere === 'scenario' ? [{ value: 'scenario', label: `as the scenario: ${e!.cgsIds!.join(', ')}` }] : []),
    ...places.networks.map((n) => ({ value: n, label: `${labelOf(n)} network's CGSs` })),
  ];
  const on: LeverDef = { id: 'engage-on', label: 'Run a community engagement programme', unit: '', kind: 'checkbox', baseline: e !== undefined };
  const [, from, ramp, gap, where] = switched(on, [
    { id: 'engage-from', label: 'Programme starts', unit: '', kind: 'select', baseline: e?.fromDate ?? defaultFromDate(s), options: fromDateOptions(s, e?.fromDate) },
    { id: 'engage-ramp', label: 'Years to full effect', unit: 'years', kind: 'number', baseline: e?.rampYears ?? 3, min: 0, max: 50, step: 0.5 },
    { id: 'engage-gap', label: `Share of the under-referral gap closed at full effect (gap today ${percent(s.access.underReferralGap)}% of need)`, unit: '%', kind: 'number', baseline: percent(e?.gapClosedShare ?? 0.6), min: 0, max: 100, step: 5 },
    { id: 'engage-where', label: 'Where', unit: '', kind: 'select', baseline: ownWhere, options: whereOptions },
  ]) as [LeverDef, LeverDef, LeverDef, LeverDef, LeverDef];
  return {
    id: 'community-engagement',
    title: 'Community engagement',
    help: 'Closes part of the gap between the need of communities historically not reached and their referrals, building up linearly over the ramp. CGSs with more under-served population gain most referrals (see the access ratio). Defaults when the scenario has none: 60% over 3 years, as scenarios/whatif-community-engagement.yaml (illustrative).',
    levers: [on, from, ramp, gap, where],
    apply(values, over) {
      if (valueOf(values, on) !== true) {
        if (e !== undefined) setPath(over, ['access', 'communityEngagement'], null);
        return;
      }
      const spec: Record<string, unknown> = { fromDate: String(valueOf(values, from)), rampYears: num(values, ramp), gapClosedShare: num(values, gap) / 100 };
      const chosen = String(valueOf(values, where));
      if (chosen === 'all' && e?.cgsIds !== undefined) spec['cgsIds'] = null;
      else if (chosen !== 'all' && chosen !== 'scenario') spec['cgsIds'] = cgsOf(chosen);
      if (e === undefined) spec['source'] = `${NOTE}: illustrative`;
      setPath(over, ['access', 'communityEngagement'], spec);
    },
  };
}

/** Self-referrals in the reference year by indication (rate × self-referral channel share). */
function todaysSelfReferrals(s: Scenario): Map<string, number> {
  return new Map(Object.entries(s.demand.indications).map(([i, ind]) => [i, ind.ratePer100kPerYear * ind.channelMix.self_referral]));
}

/** Self-referral at scale: extra self-referrals from a date, with their own triage closures and triage time. */
export function selfReferralLevers(s: Scenario): LeverGroup {
  const sr = s.access.selfReferral;
  const today = todaysSelfReferrals(s);
  const todayTotal = [...today.values()].reduce((a, b) => a + b, 0);
  const ownRates = new Map(Object.entries(sr?.ratePer100kPerYear ?? {}));
  const ownTotal = [...ownRates.values()].reduce((a, b) => a + b, 0);
  // Closed at triage as these indications' referrals are today, weighted by today's self-referrals.
  const closedToday = Object.entries(s.demand.indications).reduce((t, [i, ind]) => t + ind.triageClosedShare * today.get(i)!, 0) / Math.max(1e-12, todayTotal);
  const on: LeverDef = { id: 'selfref-on', label: 'Open self-referral at scale', unit: '', kind: 'checkbox', baseline: sr !== undefined };
  const [, from, ramp, rate, closed, factor] = switched(on, [
    { id: 'selfref-from', label: 'Route opens', unit: '', kind: 'select', baseline: sr?.fromDate ?? defaultFromDate(s), options: fromDateOptions(s, sr?.fromDate) },
    { id: 'selfref-ramp', label: 'Years to full volume', unit: 'years', kind: 'number', baseline: sr?.rampYears ?? 2, min: 0, max: 50, step: 0.5 },
    { id: 'selfref-rate', label: `Extra self-referrals at full volume (today ${round1(todayTotal)} per 100,000 a year self-refer)`, unit: 'per 100,000 a year', kind: 'number', baseline: round1(sr ? ownTotal : todayTotal), min: 0, max: 10_000, step: 1 },
    { id: 'selfref-triage-closed', label: 'Of these, closed at triage', unit: '%', kind: 'number', baseline: percent(sr?.triageClosedShare ?? closedToday), min: 0, max: 100, step: 1 },
    { id: 'selfref-triage-factor', label: 'Triage time of a self-referral, times the usual', unit: '×', kind: 'number', baseline: sr?.triageMinutesFactor ?? 1, min: 0.1, max: 20, step: 0.1 },
  ]) as [LeverDef, LeverDef, LeverDef, LeverDef, LeverDef, LeverDef];
  return {
    id: 'self-referral',
    title: 'Self-referral at scale',
    help: 'Extra referrals through the self-referral channel, weighted by each CGS\'s need and split between indications as the scenario\'s self-referral scheme does (otherwise as today\'s self-referrals). Defaults when the scenario has none: today\'s volume again, closed at triage as other referrals, usual triage time.',
    levers: [on, from, ramp, rate, closed, factor],
    apply(values, over) {
      if (valueOf(values, on) !== true) {
        if (sr !== undefined) setPath(over, ['access', 'selfReferral'], null);
        return;
      }
      const spec: Record<string, unknown> = {
        fromDate: String(valueOf(values, from)), rampYears: num(values, ramp), triageClosedShare: num(values, closed) / 100, triageMinutesFactor: num(values, factor),
      };
      if (sr === undefined || changed(values, rate)) {
        const [split, total] = ownTotal > 0 ? [ownRates, ownTotal] : [today, todayTotal];
        const perIndication = [...split].map(([i, r]) => [i, total > 0 ? (num(values, rate) * r) / total : num(values, rate) / split.size]);
        spec['ratePer100kPerYear'] = Object.fromEntries(perIndication);
      }
      if (sr === undefined) spec['source'] = `${NOTE}: illustrative`;
      setPath(over, ['access', 'selfReferral'], spec);
    },
  };
}
