import type { Plain } from '../scenario/merge.js';
import type { Assumption } from '../scenario/data/assumption-builder.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** What the page needs, inlined as JSON when the page is written: the browser never reads a file. */
export interface AppData {
  readonly version: string;
  /** The scenario file the page was built from, as an absolute path (the downloaded scenario extends it). */
  readonly sourceFile: string;
  /** `--set path=value` overrides the page was built with, as given, in order. */
  readonly sets: readonly string[];
  /** The same overrides as a partial scenario: the downloaded what-if states them too, so it reproduces the page. */
  readonly setOverrides: Plain;
  /** The resolved (merged, validated) scenario, defaults from data/ and `--set` overrides applied. */
  readonly scenario: Scenario;
  /** assumptions.csv rows, as `cgs-sim run` writes them. */
  readonly assumptions: readonly Assumption[];
  /** The bundled worker script, started as Web Workers from a Blob. */
  readonly workerSource: string;
}

export const APP_DATA_ID = 'cgs-app-data';
