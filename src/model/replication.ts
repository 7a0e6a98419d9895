import { EventClass } from '../engine/event-class.js';
import { bookWeek } from './booking.js';
import type { ReplicationMetrics } from './metrics.js';
import type { ModelConfig } from './model-config.js';
import { snapshotWeek, observeYearEnd } from './observations.js';
import { releaseDue } from './pathway.js';
import { startReferrals } from './referrals.js';
import { ServiceState } from './service-state.js';
import { supplyFte } from './supply-coupling.js';
import { seedPathwayCaseload } from './start-caseload.js';
import { loadStartWaitingList } from './start-state.js';
import { closeWeek, openWeek } from './weekly-capacity.js';
import { WorkLedger } from './staffing-need/work-ledger.js';

/**
 * Runs one replication of the service model and returns its metrics. Replication i of seed s
 * always draws the same random numbers, whichever thread runs it.
 */
export function runReplication(config: ModelConfig, seed: number, replication: number): ReplicationMetrics {
  const started = performance.now();
  const state = new ServiceState(config, seed, replication);
  state.fteFromSupply = supplyFte(config, seed, replication);
  const { sim } = state;
  loadStartWaitingList(state, seed, replication);
  seedPathwayCaseload(state, seed, replication);
  startReferrals(state, seed, replication);
  const ledger = new WorkLedger(state);
  state.weekHandler = sim.register((week) => runWeek(state, ledger, week));
  sim.scheduleAt(0, state.weekHandler, 0, EventClass.CapacityChange);
  sim.run(state.horizonDays);
  const m = state.metrics;
  let waiting = 0;
  for (const q of state.firstLists) waiting += q.size;
  m.conservation.waiting = waiting;
  m.conservation.inPathway = state.patients.active - waiting;
  m.events = sim.eventsProcessed;
  m.wallTimeMs = performance.now() - started;
  return m;
}

/**
 * The weekly cycle: close last week's clinic time, observe the year that just ended (if one
 * did), look at the lists, open this week and book it. The run ends with an observation-only
 * cycle at the horizon, so every year is observed at the same point of the cycle.
 */
function runWeek(state: ServiceState, ledger: WorkLedger, week: number): void {
  const { sim } = state;
  if (week > 0) closeWeek(state, sim.now - 7);
  const lastWeek = state.yearOfWeek.length;
  if (week > 0 && (week === lastWeek || state.yearOfWeek[week] !== state.yearOfWeek[week - 1])) {
    observeYearEnd(state, state.yearOfWeek[week - 1]!);
    ledger.yearEnd(state.yearOfWeek[week - 1]!);
  }
  if (week === lastWeek) return ledger.collectArrivals(state.yearOfWeek[week - 1]!);
  state.week = week;
  snapshotWeek(state, week);
  releaseDue(state, week);
  // Arrivals since the last round belong to the week just gone (new patients, results due).
  if (week > 0) ledger.collectArrivals(state.yearOfWeek[week - 1]!);
  state.metrics.weeksPerYear[state.yearOfWeek[week]!]! += 1;
  ledger.beforeWeek();
  openWeek(state);
  bookWeek(state);
  ledger.afterWeek();
  sim.schedule(7, state.weekHandler, week + 1, EventClass.CapacityChange);
}
