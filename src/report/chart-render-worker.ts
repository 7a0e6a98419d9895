import { parentPort } from 'node:worker_threads';
import type { ChartDef } from './charts/chart.js';
import { writeChart } from './render-chart.js';

/** A chart to write; its definition is a structured clone of the caller's. */
export interface RenderJob { readonly id: number; readonly chartsDir: string; readonly def: ChartDef }

export type RenderReply = { id: number; svg: string; files: readonly string[] } | { id: number; error: string };

// Importing render-chart above loads vega and resvg as the thread starts, before any chart comes.
parentPort!.on('message', (job: RenderJob) => {
  writeChart(job.chartsDir, job.def)
    .then(({ svg, files }) => parentPort!.postMessage({ id: job.id, svg, files } satisfies RenderReply))
    .catch((error: unknown) => parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) } satisfies RenderReply));
});
