import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { ChartDef } from '../../report/charts/chart.js';
import { el } from './dom.js';

let views: View[] = [];

function tableOf(def: ChartDef): HTMLElement {
  return el('details', { class: 'chart-table' }, el('summary', {}, `Data table: ${def.title}`),
    el('table', {}, el('caption', {}, def.title),
      el('thead', {}, el('tr', {}, ...def.table.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...def.table.rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', { class: typeof cell === 'number' ? 'num' : undefined }, String(cell))))))));
}

/**
 * Draws the report's vega-lite specs as SVG in the page, each with its caption and a data table
 * (the text alternative). Earlier views are finalised so repeated updates do not leak.
 */
export async function drawCharts(container: HTMLElement, charts: readonly ChartDef[]): Promise<void> {
  for (const view of views) view.finalize();
  views = [];
  const figures = charts.map((def) => {
    const target = el('div', { class: 'chart-svg', role: 'img', 'aria-label': `${def.title}. ${def.description}` });
    const figure = el('figure', { class: 'chart', 'data-chart': def.name },
      el('figcaption', {}, el('h3', {}, def.title), el('p', {}, def.description)), target, tableOf(def));
    return { def, target, figure };
  });
  container.replaceChildren(...figures.map((f) => f.figure));
  for (const { def, target } of figures) {
    const view = new View(parse(compile(def.spec).spec), { renderer: 'svg', container: target, hover: false });
    views.push(view);
    await view.runAsync();
    // Let the page handle input between charts rather than drawing them all in one block.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
