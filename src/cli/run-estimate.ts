import { REFERRALS_PER_SECOND, runSize } from '../scenario/run-size.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** Runs expected to take longer than this get an estimate before they start. */
const LONG_RUN_SECONDS = 60;

/**
 * A line saying how long a run will take, when it will be long: the first progress update only
 * comes when a replication finishes, which for a big scenario can be many minutes away.
 */
export function longRunNotice(s: Scenario, replications: number, workers: number): string | undefined {
  const size = runSize(s);
  const parallel = Math.max(1, Math.min(workers, replications));
  const seconds = (size.referralsPerReplication * Math.ceil(replications / parallel)) / REFERRALS_PER_SECOND;
  if (seconds < LONG_RUN_SECONDS) return undefined;
  const minutes = seconds / 60;
  const took = minutes < 90 ? `${Math.ceil(minutes)} minutes` : `${(minutes / 60).toFixed(1)} hours`;
  return `This run simulates about ${(size.referralsPerReplication / 1e6).toFixed(1)} million referrals in each of ${replications} replications on ${parallel} worker${parallel > 1 ? 's' : ''}: expect it to take up to ${took}.`;
}
