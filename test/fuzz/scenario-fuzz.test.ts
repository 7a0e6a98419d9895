import { describe, expect, it } from 'vitest';
import { loadFuzzBase } from '../../bench/fuzz/fuzz-base.js';
import { describeCase, runFuzz } from '../../bench/fuzz/fuzz-run.js';

/** Cases in CI; `npm run fuzz -- --cases N` runs more. Seeded, so a failure here replays exactly. */
const CASES = 2000;
const SEED = 20260401;

describe('fuzzed scenarios: mutations of the shipped scenarios and --set overrides', () => {
  it(`${CASES} cases: no uncaught exception, every rejection names a field, no accepted case gives NaN or a negative count`, async () => {
    const { base, paths } = await loadFuzzBase();
    const report = await runFuzz(base, paths, CASES, SEED);
    const failure = report.counterexample ? `${report.counterexample.reason}\n${describeCase(report.counterexample.case)}` : '';
    expect(failure).toBe('');
    expect(report.failures).toBe(0);
    expect(report.cases).toBe(CASES);
    // Both kinds must occur, or the suite would test only one side of the loader.
    expect(report.accepted).toBeGreaterThan(CASES / 20);
    expect(report.rejected).toBeGreaterThan(CASES / 2);
  }, 600_000);
});
