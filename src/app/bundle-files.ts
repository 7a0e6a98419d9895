/** Where the browser scripts come from and go, relative to the package root. */
export const BUNDLES = {
  pageEntry: 'src/app/browser/page-main.ts',
  workerEntry: 'src/app/browser/worker-main.ts',
  page: 'dist/app/page.js',
  worker: 'dist/app/worker.js',
} as const;
