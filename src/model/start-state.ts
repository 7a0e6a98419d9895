import { createStream } from '../engine/random/stream.js';
import { PRIORITIES } from '../scenario/schema/primitives.js';
import { complexShareAt } from './shares.js';
import type { ServiceState } from './service-state.js';

/**
 * Loads the waiting list the run starts from: each row gives a count of patients at a CGS and
 * priority who have already waited between two bounds. Each patient gets a referral day in the
 * past (uniform within the band), an indication in proportion to the CGS's referral rates and
 * a complexity from the first year's mix. Patients join their lists in referral order; their
 * family-history preparation, if any, is long done.
 */
export function loadStartWaitingList(state: ServiceState, seed: number, replication: number): void {
  const { config } = state;
  if (!config.scenario.run.startFromWaitingList) return;
  const rng = createStream(seed, replication, 'start-waiting-list');
  const rates = config.indications.map((i) => i.ratePer100kPerYear);
  const totalRate = rates.reduce((a, b) => a + b, 0);
  const pending: { c: number; ind: number; p: number; cx: number; day: number }[] = [];
  for (const row of config.scenario.startWaitingList) {
    const c = config.cgsIds.indexOf(row.cgsId);
    if (c < 0) continue; // A CGS outside the networks this scenario simulates.
    const p = PRIORITIES.indexOf(row.priority);
    for (let k = 0; k < row.count; k++) {
      const weeks = row.waitedWeeksFrom + rng() * (row.waitedWeeksTo - row.waitedWeeksFrom);
      let u = rng() * totalRate;
      let ind = 0;
      while (ind < rates.length - 1 && u >= rates[ind]!) u -= rates[ind++]!;
      const cx = rng() < complexShareAt(config.indications[ind]!, config.indications[ind]!.startDaysFromReference) ? 1 : 0;
      pending.push({ c, ind, p, cx, day: -weeks * 7 });
    }
  }
  pending.sort((a, b) => a.day - b.day);
  for (const x of pending) {
    const id = state.patients.create(x.c, x.ind, x.p, x.cx, x.day);
    state.firstList(x.c, x.p, x.cx).insert(id, x.day);
    state.metrics.conservation.created++;
  }
}
