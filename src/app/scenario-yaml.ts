import { stringify } from 'yaml';
import { clonePlain, isPlainObject, setOwn, type Plain } from '../scenario/merge.js';

/**
 * Two partial scenarios as one, `second` over `first`: objects merge key by key, anything else
 * replaces, and a `null` (remove this field) is kept so that it still removes the field when the
 * result is layered on the source scenario. (A field `first` removes and `second` sets again in
 * part would keep the source's other keys; no lever sets part of a field a --set removed.)
 */
export function layerOverrides(first: Plain, second: Plain): Plain {
  const out = clonePlain(first);
  for (const key of Object.keys(second)) {
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    const value = second[key];
    setOwn(out, key, isPlainObject(current) && isPlainObject(value) ? layerOverrides(current, value) : clonePlain(value));
  }
  return out;
}

/**
 * The what-if as a scenario file: it `extends:` the scenario the page was built from and states
 * only what changed: the page's `--set` overrides, then the levers. `cgs-sim run` on it
 * reproduces the page's numbers.
 */
export function whatIfYaml(sourceFile: string, sourceName: string, over: Plain, sets: readonly string[] = [], setOverrides: Plain = {}): string {
  const header = [
    `# What-if made with the levers of \`cgs-sim app\`, changing ${sourceName}.`,
    // A line break in a value would end the comment and start YAML.
    ...(sets.length > 0 ? [`# The page was built with ${sets.map((x) => `--set ${x}`).join(' ').replace(/[\r\n\u2028\u2029]+/g, ' ')}; those values are stated here too.`] : []),
    '# Rerun it from the command line: npx cgs-sim run <this file>',
    '# extends: names the scenario the page was built from; change the path if that file moves.',
  ].join('\n');
  const { extends: _extends, name: _name, description: _description, ...changes } = layerOverrides(setOverrides, over);
  const doc = { extends: sourceFile, name: `${sourceName}-what-if`, description: `What-if from the cgs-sim app, changing ${sourceName}.`, ...changes };
  return `${header}\n${stringify(doc, { lineWidth: 0 })}`;
}
