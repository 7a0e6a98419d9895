/** Page CSS: system fonts only, readable on screen and on paper. */
export const STYLES = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #ccc; --accent: #0072B2; --bg-soft: #f4f6f8; }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0; line-height: 1.45; background: #fff; }
main, header.page, footer { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1.5rem; border-bottom: 3px solid var(--accent); }
header.page h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
header.page .kind { display: inline-block; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: #fff; background: var(--accent); padding: .1rem .45rem; border-radius: 3px; }
header.page p { color: var(--muted); margin: .35rem 0 1rem; }
nav.toc ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
nav.toc a, a { color: #005a8c; }
h2 { border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
dl.headlines { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: .75rem; margin: 0; }
.headline { background: var(--bg-soft); border-left: 4px solid var(--accent); padding: .6rem .8rem; }
.headline dt { font-size: .85rem; color: var(--muted); }
.headline dd { margin: .2rem 0 0; }
.headline .value { display: block; font-size: 1.6rem; font-weight: bold; }
.headline .ci, .headline .context { display: block; font-size: .8rem; color: var(--muted); }
figure.chart { margin: 1.5rem 0 2rem; page-break-inside: avoid; break-inside: avoid; }
figure.chart h3 { margin: 0 0 .2rem; font-size: 1.1rem; }
figure.chart figcaption p { margin: 0 0 .5rem; color: var(--muted); max-width: 70ch; }
.chart-svg { overflow-x: auto; }
.chart-svg svg { width: 100%; max-width: 980px; height: auto; display: block; }
.chart-table { margin-top: .5rem; max-height: 420px; overflow: auto; font-size: .85rem; }
.chart-table summary { cursor: pointer; font-weight: bold; }
p.files { font-size: .8rem; color: var(--muted); }
table { border-collapse: collapse; font-size: .85rem; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.assumptions { width: 100%; }
table.assumptions td:last-child { max-width: 40ch; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
pre { background: var(--bg-soft); padding: .75rem; overflow: auto; font-size: .8rem; max-height: 400px; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10pt; }
  nav.toc, p.files, .skip { display: none; }
  header.page { border-bottom-color: #000; }
  .headline { border: 1px solid #999; background: none; }
  .chart-svg { overflow: visible; }
  .chart-table { max-height: none; overflow: visible; }
  details > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
  pre { max-height: none; white-space: pre-wrap; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
