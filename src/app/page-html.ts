import { html, raw } from '../report/html/escape.js';
import { STYLES } from '../report/html/styles.js';
import { APP_DATA_ID, type AppData } from './app-data.js';

const APP_STYLES = `
main { max-width: 1500px; }
.app-layout { display: grid; grid-template-columns: minmax(320px, 480px) 1fr; gap: 1.5rem; align-items: start; }
@media (max-width: 1000px) { .app-layout { grid-template-columns: 1fr; } }
#levers-panel { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-bottom: 2rem; }
fieldset { border: 1px solid var(--rule); margin: 0 0 .75rem; padding: .5rem .75rem; }
legend { font-weight: bold; }
details > summary { cursor: pointer; font-weight: bold; margin: .5rem 0; }
.help { font-size: .8rem; color: var(--muted); margin: 0 0 .5rem; }
.lever { display: grid; grid-template-columns: 1fr auto; gap: .1rem .5rem; margin: .35rem 0; align-items: center; }
.lever label { grid-column: 1 / -1; font-size: .9rem; }
.lever .baseline, td .baseline { font-size: .75rem; color: var(--muted); }
.lever-grid td .lever { display: block; margin: 0; }
.lever-grid input[type=number] { width: 5.5rem; }
.grid-scroll { overflow-x: auto; }
input, select, button { font: inherit; }
input.changed, select.changed { outline: 3px solid #E69F00; }
input:focus-visible, select:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.run-line { display: flex; gap: .75rem; align-items: center; margin: .5rem 0; }
progress { width: 14rem; height: 1rem; }
#problems { color: #a00; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0 1rem; }
button { padding: .3rem .8rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); border-radius: 3px; cursor: pointer; }
button:hover { background: var(--bg-soft); }
body[data-status="running"] #headline-figures, body[data-status="running"] #charts { opacity: .55; }
`;

/** JSON safe inside a script element: `<` is escaped so no `</script>` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Inline script text: a literal `</script` inside the bundle would end the element. */
const scriptText = (code: string) => code.replace(/<\/script/gi, '<\\/script');

/**
 * The what-if page: one file with the styles, the page script, the worker script and the
 * resolved scenario inlined. The content policy allows no network request of any kind.
 */
export function appPageHtml(data: AppData, pageScript: string): string {
  const s = data.scenario;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; form-action 'none'">
<title>What-if: ${s.name}</title>
<style>${raw(STYLES + APP_STYLES)}</style>
</head>
<body data-status="running">
<a class="skip" href="#results">Skip to the results</a>
<header class="page"><span class="kind">What-if</span><h1 id="app-title">${s.name}</h1><p>${s.description} Move a lever and the results update: the model runs here, in this browser, with the same random numbers as <code>cgs-sim run</code> (seed ${s.run.seed}).</p>${data.sets.length > 0 ? raw(html`<p id="set-overrides">Built with ${data.sets.map((x) => `--set ${x}`).join(' ')}: the baseline and every lever start from these values.</p>`) : ''}</header>
<main>
<div class="app-layout">
<section id="levers-panel" aria-labelledby="levers-title">
<h2 id="levers-title">Levers</h2>
<p class="help">Each control shows its unit and the scenario's value as baseline; changed controls are outlined. Results follow shortly after you stop moving a lever.</p>
<p><button type="button" id="reset">Reset every lever to the baseline</button></p>
<form id="levers" onsubmit="return false"></form>
</section>
<section id="results" aria-labelledby="results-title">
<h2 id="results-title">Results</h2>
<div class="run-line"><progress id="progress" max="1" value="0" aria-label="Replications done"></progress><span id="run-status" role="status" aria-live="polite">Starting…</span></div>
<div id="problems" role="alert"></div>
<div class="toolbar"><label for="scope">Show results for</label> <select id="scope"></select>
<button type="button" id="download-scenario">Download scenario</button>
<button type="button" id="download-results">Download results</button></div>
<h3>Headline figures, final year</h3>
<div id="headline-figures"></div>
<div id="fte"></div>
<h3>Equity, final year</h3>
<p class="help">Whether the population is referred in line with its need (access ratio), and how evenly waits fall between the CGSs of the place shown: the spread and Gini index of their median waits (a single CGS has no spread). The difference table below shows how the levers move them.</p>
<div id="equity-figures"></div>
<h3>Difference from the baseline</h3>
<p class="help">The what-if minus the baseline, replication by replication: both use the same random numbers, so the interval shows the effect of the levers, not chance. "no" means the 95% interval includes zero.</p>
<div id="difference-table"></div>
<div id="charts"></div>
</section>
</div>
</main>
<footer><p>cgs-sim ${data.version} what-if page, built from ${data.sourceFile}. "Download scenario" gives a scenario file that extends it; "Download results" gives the CSV files <code>cgs-sim run</code> writes.</p></footer>
<noscript><p>This page runs the simulation with JavaScript; please allow scripts for this file.</p></noscript>
<script type="application/json" id="${APP_DATA_ID}">${raw(scriptJson(data))}</script>
<script>${raw(scriptText(pageScript))}</script>
</body>
</html>
`;
}

