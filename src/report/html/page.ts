import type { ReportKind } from '../detect-kind.js';
import { html, raw } from './escape.js';
import { STYLES } from './styles.js';

export interface PageParts {
  readonly kind: ReportKind;
  readonly title: string;
  readonly subtitle: string;
  readonly headlines: string;
  readonly charts: string;
  /** The equity section (already a <section>), or '' when the kind has none. */
  readonly equity?: string;
  readonly assumptions: string;
  readonly methods: string;
  readonly notes: readonly string[];
  readonly generatedBy: string;
}

const KIND_LABEL: Readonly<Record<ReportKind, string>> = {
  run: 'Scenario run',
  compare: 'Scenario comparison',
  solve: 'Staffing solve',
  sweep: 'Sensitivity sweep',
  pipeline: 'Training pipeline',
  calibrate: 'Calibration',
};

function toc(parts: PageParts): string {
  const links = [
    parts.headlines !== '' ? ['headlines', 'Headline figures'] : undefined,
    parts.charts !== '' ? ['charts', 'Charts'] : undefined,
    (parts.equity ?? '') !== '' ? ['equity', 'Equity of access'] : undefined,
    parts.assumptions !== '' ? ['assumptions', 'Assumptions and sources'] : undefined,
    ['methods', 'Methods'],
  ].filter((link): link is string[] => link !== undefined);
  return `<nav class="toc" aria-label="Contents"><ul>${links.map(([id, text]) => `<li><a href="#${id}">${text}</a></li>`).join('')}</ul></nav>`;
}

/**
 * The whole report as one self-contained document: styles inline, charts inline as SVG, no
 * scripts, fonts or other requests, so it opens offline and can be mailed as one file.
 */
export function page(parts: PageParts): string {
  const notes = parts.notes.length === 0 ? '' : `<section id="notes"><h2>Notes</h2><ul>${parts.notes.map((n) => html`<li>${n}</li>`).join('')}</ul></section>`;
  const charts = parts.charts === '' ? '' : `<section id="charts" aria-labelledby="charts-title"><h2 id="charts-title">Charts</h2>\n${parts.charts}\n</section>`;
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${parts.title} · ${KIND_LABEL[parts.kind]} · cgs-sim</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="page">
<span class="kind">${KIND_LABEL[parts.kind]}</span>
<h1 id="report-title">${parts.title}</h1>
<p>${parts.subtitle}</p>
${raw(toc(parts))}
</header>
<main id="main">
${raw(parts.headlines)}
${raw(charts)}
${raw(parts.equity ?? '')}
${raw(notes)}
${raw(parts.assumptions)}
${raw(parts.methods)}
</main>
<footer><p>${parts.generatedBy}</p></footer>
</body>
</html>
`;
}
