import { loadFuzzBase } from './fuzz/fuzz-base.js';
import { describeCase, runFuzz } from './fuzz/fuzz-run.js';

/**
 * `npm run fuzz -- --cases N [--seed S]`: mutates the shipped scenarios N times and loads (and,
 * if accepted, simulates tiny) each. Prints the counts; exits 1 only on a failure, printing it.
 */
async function main(argv: readonly string[]): Promise<void> {
  const cases = numberFlag(argv, '--cases', 2000);
  const seed = numberFlag(argv, '--seed', 20260401);
  const { base, paths } = await loadFuzzBase();
  const started = performance.now();
  const report = await runFuzz(base, paths, cases, seed);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${report.cases} cases (seed ${seed}) in ${seconds.toFixed(1)} s: ${report.accepted} accepted and simulated, ${report.rejected} rejected, ${report.failures} failures`);
  if (report.slowest.case) console.log(`Slowest case: ${(report.slowest.ms / 1000).toFixed(2)} s: ${describeCase(report.slowest.case)}`.slice(0, 2000));
  if (report.counterexample) {
    console.error(`\nFailure: ${report.counterexample.reason}\nSmallest failing input: ${describeCase(report.counterexample.case)}`);
    process.exitCode = 1;
  }
}

function numberFlag(argv: readonly string[], flag: string, fallback: number): number {
  const i = argv.indexOf(flag);
  if (i < 0) return fallback;
  const value = Number(argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag}: expected a whole number >= 1, got '${argv[i + 1] ?? ''}'`);
  return value;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
