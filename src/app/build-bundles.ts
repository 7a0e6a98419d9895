import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from '../package-paths.js';
import { BUNDLES } from './bundle-files.js';

/**
 * Keeps Node-only code out of the page: a `node:` import (or a bare Node built-in) fails the
 * build, and the report's CSV field readers are taken without their file reading.
 */
const browserOnly: Plugin = {
  name: 'browser-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/read-csv\.js$/ }, (args) =>
      args.importer.includes(join('src', 'report')) ? { path: join(packageRoot(), 'src', 'report', 'csv-cells.ts') } : undefined);
    b.onResolve({ filter: /^(node:|fs$|path$|url$|worker_threads$|child_process$|os$)/ }, (args) => ({
      errors: [{ text: `${args.path} is Node-only and cannot go into the browser page (imported by ${args.importer})` }],
    }));
  },
};

/** Bundles the page and worker scripts into dist/app (run after tsc by `npm run build`). */
export async function buildBundles(root = packageRoot()): Promise<void> {
  for (const [entry, out] of [[BUNDLES.pageEntry, BUNDLES.page], [BUNDLES.workerEntry, BUNDLES.worker]] as const) {
    const outfile = join(root, out);
    mkdirSync(dirname(outfile), { recursive: true });
    await build({
      entryPoints: [join(root, entry)], outfile, bundle: true, format: 'iife', platform: 'browser', target: 'es2022',
      minify: true, legalComments: 'eof', plugins: [browserOnly], logLevel: 'warning',
    });
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) await buildBundles();
