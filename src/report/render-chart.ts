import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartDef } from './charts/chart.js';
import { encodePng } from './png-encode.js';

export interface RenderedChart {
  readonly def: ChartDef;
  readonly svg: string;
  /** Paths of the files written for this chart. */
  readonly files: readonly string[];
}

/** Writes one chart's files into `chartsDir` and returns its SVG (writeChart, or the same on other threads). */
export type ChartWriter = (chartsDir: string, def: ChartDef) => Promise<RenderedChart>;

/** Compiles a vega-lite spec and renders it headless (no canvas, no network) to SVG. */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const PNG_OPTIONS = {
  background: 'white',
  fitTo: { mode: 'zoom' as const, value: 2 },
  font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
};

/**
 * PNG at twice the SVG size, rendered by resvg with system fonts only, on libuv's thread pool
 * (rendering and encoding), so several charts rasterise while the next SVG is built.
 */
export async function svgToPngAsync(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, PNG_OPTIONS);
  return encodePng(image.width, image.height, image.pixels);
}

/** The vega-lite file's text (also what a chart drawn early is checked against). */
export const specText = (def: ChartDef): string => `${JSON.stringify(def.spec, null, 2)}\n`;

/** Writes `<name>.svg`, `<name>.png` and `<name>.vl.json` into `chartsDir`. */
export async function writeChart(chartsDir: string, def: ChartDef): Promise<RenderedChart> {
  await mkdir(chartsDir, { recursive: true });
  const svg = await specToSvg(def.spec);
  const files = [
    join(chartsDir, `${def.name}.vl.json`),
    join(chartsDir, `${def.name}.svg`),
    join(chartsDir, `${def.name}.png`),
  ];
  await writeFile(files[0]!, specText(def));
  await writeFile(files[1]!, svg);
  await writeFile(files[2]!, await svgToPngAsync(svg));
  return { def, svg, files };
}
