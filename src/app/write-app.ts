import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-paths.js';
import { packageVersion } from '../results/write-run-results.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import { overridesToObject } from '../scenario/set-overrides.js';
import type { AppData } from './app-data.js';
import { BUNDLES } from './bundle-files.js';
import { appPageHtml } from './page-html.js';

function bundle(path: string): string {
  const file = join(packageRoot(), path);
  if (!existsSync(file)) throw new Error(`${file} not found: the browser scripts are built by \`npm run build\``);
  return readFileSync(file, 'utf8');
}

/** The what-if page for a loaded scenario (loaded with the `--set` overrides `sets`), as one self-contained HTML text. */
export function appPage(loaded: LoadedScenario, sets: readonly string[] = []): string {
  const data: AppData = {
    version: packageVersion(),
    sourceFile: loaded.file,
    sets,
    setOverrides: overridesToObject(sets),
    scenario: loaded.scenario,
    assumptions: loaded.assumptions,
    workerSource: bundle(BUNDLES.worker),
  };
  return appPageHtml(data, bundle(BUNDLES.page));
}
