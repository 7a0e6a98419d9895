import { stringify } from 'yaml';
import type { Plain } from '../scenario/merge.js';

/**
 * The what-if as a scenario file: it `extends:` the scenario the page was built from and states
 * only what the levers changed, so `cgs-sim run` on it reproduces the page's numbers.
 */
export function whatIfYaml(sourceFile: string, sourceName: string, over: Plain): string {
  const header = [
    `# What-if made with the levers of \`cgs-sim app\`, changing ${sourceName}.`,
    '# Rerun it from the command line: npx cgs-sim run <this file>',
    '# extends: names the scenario the page was built from; change the path if that file moves.',
  ].join('\n');
  const doc = { extends: sourceFile, name: `${sourceName}-what-if`, description: `What-if from the cgs-sim app, changing ${sourceName}.`, ...over };
  return `${header}\n${stringify(doc, { lineWidth: 0 })}`;
}
