import type { AssumptionRow } from '../records.js';
import { escapeHtml } from './escape.js';

/** The scenario's assumptions with units and sources, so every number can be traced. */
export function assumptionsSection(rows: readonly AssumptionRow[] | undefined): string {
  if (rows === undefined || rows.length === 0) return '';
  const body = rows
    .map((r) => `<tr><td><code>${escapeHtml(r.path)}</code></td><td class="num">${escapeHtml(r.value)}</td><td>${escapeHtml(r.unit)}</td><td>${escapeHtml(r.source)}</td></tr>`)
    .join('\n');
  return `<section id="assumptions" aria-labelledby="assumptions-title"><h2 id="assumptions-title">Assumptions and sources</h2>
<table class="assumptions"><caption>Scenario assumptions (${rows.length})</caption>
<thead><tr><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">Unit</th><th scope="col">Source</th></tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}
