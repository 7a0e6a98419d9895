import type { Scenario } from '../scenario/schema/scenario.js';

/** A plain, mutable copy of a scenario that a parameter value is written into. */
export type ScenarioDraft = Record<string, unknown>;

/** One scenario parameter the calibration may move, within bounds, from its starting value. */
export interface FitParameter {
  /** As given to --fit, e.g. `pathway.slotUtilisationShare` or `demand.rateMultiplier.rare_disease`. */
  readonly name: string;
  readonly initial: number;
  readonly low: number;
  readonly high: number;
  /** What it changes, in words, for fit reports. */
  readonly meaning: string;
  /** Writes the value into a draft scenario (a multiplier scales the values the input scenario had). */
  readonly apply: (draft: ScenarioDraft, value: number) => void;
}

/** Indication groups for the default referral-rate multipliers: groups the anchors speak of. */
export function indicationGroup(indication: string): string {
  if (indication.startsWith('rare_disease')) return 'rare_disease';
  if (indication.includes('cancer')) return 'inherited_cancer';
  return 'other';
}

const MULTIPLIER = 'demand.rateMultiplier.';
const LIST_SCALE = 'startWaitingList.scale';

/** Parses `--fit PATH` or `--fit PATH=LOW:HIGH` against the scenario it will change. */
export function fitParameter(spec: string, scenario: Scenario): FitParameter {
  const [name, range] = spec.split('=', 2) as [string, string | undefined];
  const base = baseParameter(name, scenario);
  if (range === undefined) return base;
  const [low, high] = range.split(':').map(Number);
  if (!(Number.isFinite(low) && Number.isFinite(high) && low! < high!)) {
    throw new FitError(`--fit ${spec}: expected PATH=LOW:HIGH with LOW < HIGH, e.g. ${name}=0.5:1`);
  }
  const initial = Math.min(high!, Math.max(low!, base.initial));
  return { ...base, low: low!, high: high!, initial };
}

function baseParameter(name: string, scenario: Scenario): FitParameter {
  if (name.startsWith(MULTIPLIER)) return rateMultiplier(name, scenario);
  if (name === LIST_SCALE || name.startsWith(`${LIST_SCALE}.`)) return listScale(name, scenario);
  return scenarioPath(name, scenario);
}

function rateMultiplier(name: string, scenario: Scenario): FitParameter {
  const group = name.slice(MULTIPLIER.length);
  const ids = Object.keys(scenario.demand.indications).filter((i) => i === group || indicationGroup(i) === group);
  if (ids.length === 0) {
    const groups = [...new Set(Object.keys(scenario.demand.indications).map(indicationGroup))];
    throw new FitError(`--fit ${name}: no indication or indication group '${group}'; expected one of ${[...groups, ...Object.keys(scenario.demand.indications)].join(', ')}`);
  }
  const rates = ids.map((i) => scenario.demand.indications[i]!.ratePer100kPerYear);
  return {
    name, initial: 1, low: 0.3, high: 3, meaning: `multiplier on the referral rate of ${ids.join(', ')}`,
    apply: (draft, value) => ids.forEach((i, k) => setPath(draft, ['demand', 'indications', i, 'ratePer100kPerYear'], round(rates[k]! * value, 4))),
  };
}

function listScale(name: string, scenario: Scenario): FitParameter {
  const cgsId = name.slice(LIST_SCALE.length + 1) || undefined;
  if (cgsId !== undefined && scenario.geography.cgs[cgsId] === undefined) {
    throw new FitError(`--fit ${name}: unknown CGS '${cgsId}'; expected one of ${Object.keys(scenario.geography.cgs).join(', ')}`);
  }
  const rows = scenario.startWaitingList;
  return {
    name, initial: 1, low: 0.2, high: 5, meaning: `multiplier on the starting waiting list${cgsId ? ` of CGS ${cgsId}` : ''}`,
    apply: (draft, value) => {
      // Another list-scale parameter may have scaled the draft's rows already; scale from the input's counts.
      const current = (draft.startWaitingList as { cgsId: string; count: number }[] | undefined) ?? rows.map((r) => ({ ...r }));
      draft.startWaitingList = current.map((row, i) => (cgsId === undefined || row.cgsId === cgsId
        ? { ...row, count: Math.round(rows[i]!.count * value) } : row));
    },
  };
}

function scenarioPath(name: string, scenario: Scenario): FitParameter {
  const path = name.split('.');
  const value = valueAt(scenario, path);
  if (typeof value !== 'number') {
    throw new FitError(`--fit ${name}: expected the path of a number in the scenario (got ${value === undefined ? 'no such field' : JSON.stringify(value)}); `
      + `or ${MULTIPLIER}<indication or group>, or ${LIST_SCALE}[.<cgs>]`);
  }
  const isShare = /Share$/.test(name);
  const low = isShare ? Math.max(0.01, value - 0.4) : value / 3;
  const high = isShare ? Math.min(1, value + 0.4) : Math.max(value * 3, 1e-9);
  return { name, initial: value, low, high, meaning: `scenario value ${name}`, apply: (draft, v) => setPath(draft, path, round(v, 6)) };
}

export class FitError extends Error {}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

function valueAt(obj: unknown, path: readonly string[]): unknown {
  let node = obj;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets a value at a path in a draft, creating objects on the way (a draft holds only what calibration changed). */
export function setPath(draft: ScenarioDraft, path: readonly string[], value: unknown): void {
  let node = draft;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as ScenarioDraft;
  }
  node[path[path.length - 1]!] = value;
}
