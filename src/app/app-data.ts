import type { Assumption } from '../scenario/data/assumption-builder.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** What the page needs, inlined as JSON when the page is written: the browser never reads a file. */
export interface AppData {
  readonly version: string;
  /** The scenario file the page was built from, as an absolute path (the downloaded scenario extends it). */
  readonly sourceFile: string;
  /** The resolved (merged, validated) scenario, defaults from data/ filled in. */
  readonly scenario: Scenario;
  /** assumptions.csv rows, as `cgs-sim run` writes them. */
  readonly assumptions: readonly Assumption[];
  /** The bundled worker script, started as Web Workers from a Blob. */
  readonly workerSource: string;
}

export const APP_DATA_ID = 'cgs-app-data';
