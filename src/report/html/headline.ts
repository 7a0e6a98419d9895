import { html } from './escape.js';

/** One headline figure; the data attributes let tests match it to the row it came from. */
export interface Headline {
  readonly label: string;
  /** Exact value as read or computed from the result files. */
  readonly value: number;
  readonly format: 'count' | 'share' | 'weeks' | 'fte' | 'money' | 'number';
  readonly metric: string;
  /** Result file the value comes from, e.g. `summary.csv`. */
  readonly source: string;
  readonly scope?: string;
  readonly scopeId?: string;
  readonly year?: number;
  readonly scenario?: string;
  readonly ciLow?: number;
  readonly ciHigh?: number;
  /** 5th and 95th percentiles across replications (summary.csv ui_low, ui_high). */
  readonly uiLow?: number;
  readonly uiHigh?: number;
}

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export function formatValue(value: number, format: Headline['format']): string {
  if (!Number.isFinite(value)) return 'not available';
  switch (format) {
    case 'count': return COUNT.format(value);
    case 'share': return `${ONE_DP.format(value * 100)}%`;
    case 'weeks': return `${ONE_DP.format(value)} weeks`;
    case 'fte': return `${ONE_DP.format(value)} FTE`;
    case 'money': return MONEY.format(value);
    case 'number': return ONE_DP.format(value);
  }
}

const known = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);

/** The range a figure may take (5th–95th percentile of replications), then the precision of its mean. */
function ciText(h: Headline): string {
  const parts: string[] = [];
  if (known(h.uiLow) && known(h.uiHigh)) parts.push(`90% of replications ${formatValue(h.uiLow, h.format)} to ${formatValue(h.uiHigh, h.format)}`);
  if (known(h.ciLow) && known(h.ciHigh)) parts.push(`mean's 95% CI ${formatValue(h.ciLow, h.format)} to ${formatValue(h.ciHigh, h.format)}`);
  return parts.join('; ');
}

function headlineCard(h: Headline): string {
  const context = [h.scenario, h.scopeId, h.year].filter((part) => part !== undefined && part !== '').join(' · ');
  return html`<div class="headline" data-metric="${h.metric}" data-source="${h.source}" data-scope="${h.scope ?? ''}" data-scope-id="${h.scopeId ?? ''}" data-year="${h.year ?? ''}" data-scenario="${h.scenario ?? ''}" data-value="${h.value}">
<dt>${h.label}</dt>
<dd><span class="value">${formatValue(h.value, h.format)}</span><span class="ci">${ciText(h)}</span><span class="context">${context}</span></dd>
</div>`;
}

export function headlineSection(headlines: readonly Headline[]): string {
  if (headlines.length === 0) return '';
  return `<section id="headlines" aria-labelledby="headlines-title"><h2 id="headlines-title">Headline figures</h2>
<dl class="headlines">
${headlines.map(headlineCard).join('\n')}
</dl></section>`;
}
