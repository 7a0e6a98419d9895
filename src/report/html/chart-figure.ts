import type { RenderedChart } from '../render-chart.js';
import { dataTable } from './data-table.js';
import { html, raw } from './escape.js';
import { inlineSvg } from './inline-svg.js';

/** A chart as a figure: inline SVG, caption, links to the chart files and its data table. */
export function chartFigure(chart: RenderedChart): string {
  const { name, title, description, table } = chart.def;
  const svg = inlineSvg(chart.svg, `c-${name}`);
  return html`<figure class="chart" id="chart-${name}" data-chart="${name}">
<figcaption><h3>${title}</h3><p id="desc-${name}">${description}</p></figcaption>
<div class="chart-body">
<div class="chart-svg" role="img" aria-label="${title}" aria-describedby="desc-${name}">${raw(svg)}</div>
<details class="chart-table"><summary>Data table</summary>${raw(dataTable(table, title))}</details>
</div>
<p class="files">Files: <a href="charts/${name}.svg">SVG</a> · <a href="charts/${name}.png">PNG</a> · <a href="charts/${name}.vl.json">vega-lite spec</a></p>
</figure>`;
}
