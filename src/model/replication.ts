import { EventClass } from '../engine/event-class.js';
import { DAYS_PER_YEAR } from '../engine/time.js';
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
  startReferrals(state);
  state.weekHandler = sim.register((week) => runWeek(state, week));
  sim.scheduleAt(0, state.weekHandler, 0, EventClass.CapacityChange);
  const yearEndHandler = sim.register((year) => {
    if (year === config.years - 1) closeWeek(state, sim.now - 1e-9);
    observeYearEnd(state, year);
  });
  for (let y = 0; y < config.years; y++) sim.scheduleAt((y + 1) * DAYS_PER_YEAR, yearEndHandler, y, EventClass.Observe);
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

/** The weekly cycle: close last week's clinic time, look at the lists, open this week, book it. */
function runWeek(state: ServiceState, week: number): void {
  const { sim } = state;
  if (week > 0) closeWeek(state, sim.now - 7);
  state.week = week;
  snapshotWeek(state, week);
  releaseDue(state, week);
  state.metrics.weeksPerYear[state.yearAt(sim.now)]! += 1;
  openWeek(state);
  bookWeek(state);
  if (sim.now + 7 < state.horizonDays) sim.schedule(7, state.weekHandler, week + 1, EventClass.CapacityChange);
}
