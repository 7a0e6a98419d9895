import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileExists } from './read-csv.js';

/** `run.json` as written by the CLI; every field is optional because kinds write different subsets. */
export interface RunInfo {
  readonly name?: string;
  readonly description?: string;
  readonly version?: string;
  readonly seed?: number | string;
  readonly replications?: number;
  readonly years?: readonly [number, number];
  readonly startYear?: number;
  readonly wallTimeSeconds?: number;
  readonly scenarioHash?: string;
  readonly workers?: number;
  readonly startState?: string;
  readonly warmupYears?: number;
  readonly createdBy?: string;
  readonly scenarios?: readonly string[];
  /** run.uncertainty, and how many uncertain inputs each replication drew. */
  readonly uncertainty?: string;
  readonly uncertainInputsDrawn?: number;
}

export async function readRunInfo(dir: string): Promise<RunInfo> {
  const path = join(dir, 'run.json');
  if (!(await fileExists(path))) return {};
  const text = await readFile(path, 'utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error(`expected a JSON object, got \`${text.slice(0, 40)}\``);
    }
    return parsed as RunInfo;
  } catch (error) {
    throw new Error(`Could not read \`${path}\`: ${(error as Error).message}`);
  }
}

export async function readTextIfPresent(path: string): Promise<string | undefined> {
  return (await fileExists(path)) ? readFile(path, 'utf8') : undefined;
}
