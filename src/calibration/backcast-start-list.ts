import type { Scenario } from '../scenario/schema/scenario.js';

/**
 * Illustrative assumption: the 2019 list is the unstrained 2026 list scaled by referral demand in
 * 2019 relative to 2026 at the indications' growth rates (about 4.5% a year for 7 years): by
 * Little's law the list scales with the patients joining it when waits are alike.
 */
export const BACKCAST_LIST_SHARE = 0.73;

/**
 * CGSs whose 2026 default list (data/waiting_list_start.csv) is sized at 105 rather than 70 per
 * 100,000 for strain published after 2019: Bristol (L) restricted access to urgent and priority
 * referrals from 2022 (BNSSG referral guidance, 2023), East Anglia (I) stopped initiating 25
 * inherited-cancer panel tests from June 2025 (East Genomics notice), and Oxford's (G) "may be
 * longer" is current patient information. None is evidence of strain in 2019, so the 2019 list
 * gives them the unstrained national list per person.
 */
export const STRAINED_AFTER_2019: readonly string[] = ['G', 'I', 'L'];

type StartRow = Scenario['startWaitingList'][number];
type Row = Omit<StartRow, 'source'>;

const bandKey = (r: Row): string => `${r.priority}|${r.waitedWeeksFrom}|${r.waitedWeeksTo}`;

/**
 * The 2019 starting list: each unstrained CGS's own 2026 rows, and for each CGS of
 * STRAINED_AFTER_2019 the unstrained CGSs' list per person in each priority and wait band
 * (their counts over their population) times its population; then every count times
 * BACKCAST_LIST_SHARE. Rows keep the baseline's order, CGS by CGS.
 */
export function backcastStartList(baseline: Scenario): Row[] {
  const rows = baseline.startWaitingList;
  const population = (id: string): number => baseline.geography.cgs[id]?.population ?? 0;
  const unstrained = rows.filter((r) => !STRAINED_AFTER_2019.includes(r.cgsId));
  const people = [...new Set(unstrained.map((r) => r.cgsId))].reduce((sum, id) => sum + population(id), 0);
  if (people === 0) return rows.map((r) => scaled(r, r.count)); // Every CGS strained: no unstrained rate to give them.
  const perPerson = new Map<string, number>();
  const bands: Row[] = [];
  for (const r of unstrained) {
    const key = bandKey(r);
    if (!perPerson.has(key)) bands.push(r);
    perPerson.set(key, (perPerson.get(key) ?? 0) + r.count / people);
  }
  const out: Row[] = [];
  const done = new Set<string>();
  for (const r of rows) {
    if (!STRAINED_AFTER_2019.includes(r.cgsId)) {
      out.push(scaled(r, r.count));
    } else if (!done.has(r.cgsId)) {
      done.add(r.cgsId);
      for (const band of bands) out.push(scaled({ ...band, cgsId: r.cgsId }, perPerson.get(bandKey(band))! * population(r.cgsId)));
    }
  }
  return out;
}

function scaled(r: Row, count: number): Row {
  return { cgsId: r.cgsId, priority: r.priority, waitedWeeksFrom: r.waitedWeeksFrom, waitedWeeksTo: r.waitedWeeksTo, count: Math.round(count * BACKCAST_LIST_SHARE) };
}
