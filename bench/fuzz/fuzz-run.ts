import fc from 'fast-check';
import { runFuzzCase, type FuzzBase, type Outcome } from './fuzz-case.js';
import { fuzzCases, type FuzzCase } from './scenario-mutations.js';

export interface FuzzReport {
  readonly cases: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly failures: number;
  readonly slowest: { readonly ms: number; readonly case?: FuzzCase };
  /** The smallest failing case fast-check found, and why it fails. */
  readonly counterexample?: { readonly case: FuzzCase; readonly reason: string };
  readonly seed: number;
}

/**
 * Runs `cases` seeded cases (fast-check shrinks the first failure to a smallest one, and stops).
 * Counts are of the cases run before any failure, so they add up to `cases` on a clean run.
 */
export async function runFuzz(base: FuzzBase, paths: readonly (readonly string[])[], cases: number, seed: number): Promise<FuzzReport> {
  const counts = { accepted: 0, rejected: 0, failures: 0 };
  let slowest: { ms: number; case?: FuzzCase } = { ms: 0 };
  let shrinking = false;
  const property = fc.asyncProperty(fuzzCases(base.files.length, paths), async (c) => {
    const outcome: Outcome = await runFuzzCase(base, c);
    if (!shrinking) {
      if (outcome.kind === 'failure') counts.failures++;
      else counts[outcome.kind]++;
      if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, case: c };
    }
    if (outcome.kind === 'failure') {
      shrinking = true;
      throw new Error(outcome.reason);
    }
  });
  const details = await fc.check(property, { seed, numRuns: cases, endOnFailure: false });
  const counterexample = details.failed && details.counterexample
    ? { case: details.counterexample[0], reason: details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance) }
    : undefined;
  return { cases: counts.accepted + counts.rejected + counts.failures, ...counts, slowest, counterexample, seed };
}

/** A case as text a developer can read and replay. */
export const describeCase = (c: FuzzCase): string => fc.stringify(c);
