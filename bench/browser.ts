import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { appPage } from '../src/app/write-app.js';
import { packageRoot } from '../src/package-paths.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { parseFlags } from './flags.js';

const CHROMIUM = '/usr/bin/chromium';

interface PageTiming {
  readonly scenario: string;
  readonly replications: number;
  readonly years: number;
  readonly workers: number;
  /** From opening the file to the baseline's results on screen. */
  readonly first_results_s: number;
  /** From moving a lever (consultant FTE +20%) to the what-if's results, the baseline kept. */
  readonly lever_update_s: number;
  /** Longest gap between 50 ms timer ticks on the page thread while it ran: how long the page froze. */
  readonly longest_main_thread_block_ms: number;
  /** Page-thread time for the last update: headline figures, tables and differences; then drawing the charts (yielding between them). */
  readonly figures_ms: number;
  readonly charts_ms: number;
}

// Records the longest stall of the page thread: a 50 ms interval that fires late was blocked.
const STALL_PROBE = `window.__longestStall = 0; { let last = performance.now(); setInterval(() => { const now = performance.now(); window.__longestStall = Math.max(window.__longestStall, now - last - 50); last = now; }, 50); }`;

async function timePage(browser: Browser, base: string, name: string, replications: number, years: number, dir: string): Promise<PageTiming> {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `extends: ${join(packageRoot(), 'scenarios', base)}\nname: ${name}\nrun: { replications: ${replications}, years: ${years} }\n`);
  const html = join(dir, `${name}.html`);
  writeFileSync(html, appPage(await loadScenario(file)));
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') || route.request().url().startsWith('blob:') ? route.continue() : route.abort()));
  await page.addInitScript(STALL_PROBE);
  const done = () => page.waitForFunction(() => document.body.dataset['status'] === 'done', null, { timeout: 600_000, polling: 50 });
  const opened = performance.now();
  await page.goto(pathToFileURL(html).href);
  await done();
  const first = (performance.now() - opened) / 1000;
  const moved = performance.now();
  await page.fill('#lever-fte-pct-clinical_geneticist', '20');
  await page.waitForFunction(() => document.body.dataset['status'] === 'running', null, { polling: 10 });
  await done();
  const lever = (performance.now() - moved) / 1000;
  const stall = await page.evaluate(() => (window as unknown as { __longestStall: number }).__longestStall);
  const workers = page.workers().length;
  const measured = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])));
  await page.close();
  return { scenario: base, replications, years, workers, first_results_s: round(first), lever_update_s: round(lever), longest_main_thread_block_ms: Math.round(stall),
    figures_ms: Math.round(measured['cgs-figures'] ?? NaN), charts_ms: Math.round(measured['cgs-charts'] ?? NaN) };
}

/**
 * `browser`: the what-if page in headless Chromium. Times to first results for a network scenario
 * (10 replications × 10 years; target under 10 s) and the national one (4 replications; target
 * under 30 s), the time a lever change takes, and how long the page thread was ever blocked.
 */
export async function browserCommand(argv: readonly string[]): Promise<void> {
  const { values, json } = parseFlags(argv, { 'network-replications': 10, 'national-replications': 4, years: 10 });
  const dir = mkdtempSync(join(tmpdir(), 'cgs-bench-browser-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const results = [
      await timePage(browser, 'network-east.yaml', 'bench-network', values['network-replications'], values.years, dir),
      await timePage(browser, 'national-baseline.yaml', 'bench-national', values['national-replications'], values.years, dir),
    ];
    if (json) console.log(JSON.stringify({ benchmark: 'browser', cores: (await browser.newPage().then((p) => p.evaluate(() => navigator.hardwareConcurrency))), results }));
    else console.table(results);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
