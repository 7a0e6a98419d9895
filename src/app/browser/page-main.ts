import { stringify } from 'yaml';
import { compileModel } from '../../model/model-config.js';
import { ASSUMPTIONS_COLUMNS, RESULT_FILES } from '../../results/columns.js';
import type { Plain } from '../../scenario/merge.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { APP_DATA_ID, type AppData } from '../app-data.js';
import { csvText } from '../csv-text.js';
import { applyOverrides, leverGroups, leverOverrides, runSettings, type LeverValue } from '../levers/index.js';
import type { PageResults } from '../result-tables.js';
import { whatIfYaml } from '../scenario-yaml.js';
import { zipStore } from '../zip-store.js';
import { drawCharts } from './charts-view.js';
import { byId, download, el } from './dom.js';
import { leverForm, resetControls } from './levers-ui.js';
import { chartsFor, differences, equityFigures, fteTable, headlineFigures, type ShownScope } from './results-view.js';
import { CancelledError, PagePool } from './worker-pool.js';

const DEBOUNCE_MS = 400;

const data = JSON.parse(byId(APP_DATA_ID).textContent!) as AppData;
const source = data.scenario;
const groups = leverGroups(source);
const values = new Map<string, LeverValue>();
const pool = new PagePool(data.workerSource, Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)));
const roleLabels = new Map(Object.entries(source.workforce.roles).map(([id, r]) => [id, r.label]));

interface Results { readonly scenario: Scenario; readonly over: Plain; readonly tables: PageResults }
let baseline: { key: string; results: Results } | null = null;
let current: Results | null = null;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function setStatus(status: 'running' | 'done' | 'error', text: string): void {
  document.body.dataset['status'] = status;
  byId('run-status').textContent = text;
}

function progress(done: number, total: number): void {
  const bar = byId<HTMLProgressElement>('progress');
  bar.max = total;
  bar.value = done;
}

/** Runs every replication of a scenario on the page's workers and summarises them as `run` does. */
async function simulate(scenario: Scenario, over: Plain, key: string, label: string, offset: number, total: number): Promise<Results> {
  const jobs = Array.from({ length: scenario.run.replications }, (_, replication) => ({ key, scenario, seed: scenario.run.seed, replication }));
  const tables = await pool.run(jobs, (done) => {
    progress(offset + done, total);
    byId('run-status').textContent = done < jobs.length ? `${label}: ${done} of ${jobs.length} replications` : `${label}: summarising`;
  });
  return { scenario, over, tables };
}

async function update(): Promise<void> {
  const mine = ++generation;
  const over = leverOverrides(groups, values);
  const applied = applyOverrides(source, over);
  const problems = byId('problems');
  if (!applied.ok) {
    pool.cancel();
    problems.replaceChildren(el('p', {}, 'These lever values make an invalid scenario, so nothing was run:'), el('ul', {}, ...applied.problems.map((p) => el('li', {}, p))));
    setStatus('error', 'Not run: fix the levers marked above.');
    return;
  }
  problems.replaceChildren();
  const settings = runSettings(source, values);
  const baseKey = `baseline ${settings.years} ${settings.replications}`;
  const needBaseline = baseline?.key !== baseKey;
  const onlySettings = JSON.stringify(over) === JSON.stringify(leverOverrides(groups.filter((g) => g.id === 'run'), values));
  const total = settings.replications * (needBaseline ? 1 : 0) + (onlySettings ? 0 : settings.replications);
  setStatus('running', 'Running…');
  const started = performance.now();
  try {
    if (needBaseline) {
      const runOnly = leverOverrides(groups.filter((g) => g.id === 'run'), values);
      const base = applyOverrides(source, runOnly);
      if (!base.ok) throw new Error(base.problems.join('; '));
      baseline = { key: baseKey, results: await simulate(base.scenario, runOnly, baseKey, 'Baseline', 0, total) };
    }
    if (mine !== generation) return;
    current = onlySettings ? baseline!.results : await simulate(applied.scenario, over, `what-if ${mine}`, 'What-if', total - settings.replications, total);
  } catch (error) {
    if (error instanceof CancelledError) return;
    throw error;
  }
  if (mine !== generation) return;
  await show();
  setStatus('done', `Done: ${current.scenario.run.replications} replications of ${current.scenario.run.years} years in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function shownScope(): ShownScope {
  const [scope, scopeId] = byId<HTMLSelectElement>('scope').value.split(':');
  return { scope: scope!, scopeId: scopeId! };
}

async function show(): Promise<void> {
  if (current === null || baseline === null) return;
  const shown = shownScope();
  // Marks let anyone (and the benchmark) see in the browser's performance panel where page time goes.
  performance.mark('cgs-figures-start');
  byId('headline-figures').replaceChildren(headlineFigures(current.tables, shown));
  byId('fte').replaceChildren(fteTable(current.tables, shown, roleLabels));
  byId('equity-figures').replaceChildren(equityFigures(current.tables, shown));
  const diff = differences(current.tables, baseline.results.tables, shown);
  byId('difference-table').replaceChildren(diff.table);
  const charts = [...(diff.chart ? [diff.chart] : []), ...chartsFor(current.tables, shown)];
  performance.measure('cgs-figures', 'cgs-figures-start');
  performance.mark('cgs-charts-start');
  await drawCharts(byId('charts'), charts);
  performance.measure('cgs-charts', 'cgs-charts-start');
}

function schedule(): void {
  clearTimeout(timer);
  pool.cancel();
  setStatus('running', 'Waiting for the levers to settle…');
  timer = setTimeout(() => void update().catch(fail), DEBOUNCE_MS);
}

function fail(error: unknown): void {
  setStatus('error', `Something went wrong: ${(error as Error).message}`);
  console.error(error);
}

function scopeOptions(): HTMLOptionElement[] {
  const config = compileModel(source);
  const national = config.networkIds.length === Object.keys(source.geography.networks).length ? 'england' : 'simulated_networks';
  return [
    el('option', { value: `national:${national}` }, config.networkIds.length > 1 ? 'Nation (all networks simulated)' : 'All simulated'),
    ...config.networkIds.map((n) => el('option', { value: `network:${n}`, selected: config.networkIds.length === 1 }, `Network: ${n.replace(/_/g, ' ')}`)),
    ...config.cgsIds.map((c) => el('option', { value: `cgs:${c}` }, `CGS ${c}: ${source.geography.cgs[c]!.name}`)),
  ];
}

function downloadScenario(): void {
  download(`${source.name}-what-if.yaml`, whatIfYaml(data.sourceFile, source.name, leverOverrides(groups, values), data.sets, data.setOverrides), 'application/yaml');
}

function downloadResults(): void {
  if (current === null) return;
  const t = current.tables;
  const files = [
    ...Object.entries(t.csv).map(([name, text]) => ({ name, text })),
    { name: RESULT_FILES.assumptions, text: csvText(data.assumptions.map((a) => ({ path: a.path, value: a.value, unit: a.unit, source: a.source })), ASSUMPTIONS_COLUMNS) },
    { name: 'scenario.resolved.yaml', text: stringify(current.scenario, { lineWidth: 0 }) },
    { name: 'what-if.yaml', text: whatIfYaml(data.sourceFile, source.name, current.over, data.sets, data.setOverrides) },
  ];
  download(`${source.name}-what-if-results.zip`, zipStore(files), 'application/zip');
}

function start(): void {
  byId('levers').append(leverForm(groups, (id, value) => {
    values.set(id, value);
    schedule();
  }));
  byId('scope').append(...scopeOptions());
  byId('scope').addEventListener('change', () => void show().catch(fail));
  byId('reset').addEventListener('click', () => {
    values.clear();
    resetControls(byId('levers'));
    schedule();
  });
  byId('download-scenario').addEventListener('click', downloadScenario);
  byId('download-results').addEventListener('click', downloadResults);
  void update().catch(fail);
}

start();
