import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { ChartDef } from './charts/chart.js';
import { chartsOfFile } from './early-charts.js';
import { specText, writeChart } from './render-chart.js';

/** A chart to write (its definition is a structured clone of the caller's), or a file's charts drawn early. */
export type RenderJob =
  | { readonly id: number; readonly kind: 'chart'; readonly chartsDir: string; readonly def: ChartDef }
  /** Draws share `part` of `parts` of the charts of `dir/file` (see early-charts.ts). */
  | { readonly id: number; readonly kind: 'file'; readonly dir: string; readonly file: string; readonly part: number; readonly parts: number };

/** A chart drawn early, with the spec text it was drawn from. */
export interface EarlyChart {
  readonly name: string;
  readonly chartsDir: string;
  readonly spec: string;
  readonly svg: string;
  readonly files: readonly string[];
}

/** A file job replies twice: the names of its charts as soon as they are known, then the charts. */
export type RenderReply =
  | { id: number; svg: string; files: readonly string[] }
  | { id: number; names: readonly string[] }
  | { id: number; charts: readonly EarlyChart[] }
  | { id: number; error: string };

async function drawFile(job: Extract<RenderJob, { kind: 'file' }>): Promise<void> {
  const defs = (await chartsOfFile(job.dir, job.file)).filter((_, i) => i % job.parts === job.part);
  parentPort!.postMessage({ id: job.id, names: defs.map((d) => d.name) } satisfies RenderReply);
  const chartsDir = join(job.dir, 'charts');
  const charts: EarlyChart[] = [];
  for (const def of defs) {
    const { svg, files } = await writeChart(chartsDir, def);
    charts.push({ name: def.name, chartsDir, spec: specText(def), svg, files });
  }
  parentPort!.postMessage({ id: job.id, charts } satisfies RenderReply);
}

// Importing render-chart above loads vega and resvg as the thread starts, before any chart comes.
parentPort!.on('message', (job: RenderJob) => {
  const done = job.kind === 'file'
    ? drawFile(job)
    : writeChart(job.chartsDir, job.def).then(({ svg, files }) => parentPort!.postMessage({ id: job.id, svg, files } satisfies RenderReply));
  done.catch((error: unknown) => parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) } satisfies RenderReply));
});
