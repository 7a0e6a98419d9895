import type { ReportKind } from '../detect-kind.js';
import type { RunInfo } from '../run-info.js';
import { escapeHtml, html, raw } from './escape.js';
import { EXPERIMENT_DESIGN, INPUT_DATA_AND_VALIDATION, MODEL_LOGIC_DES, MODEL_LOGIC_PIPELINE, NO_UNCERTAINTY_METHOD, OBJECTIVE, UNCERTAINTY_METHOD } from './methods-text.js';

export interface MethodsInput {
  readonly kind: ReportKind;
  readonly run: RunInfo;
  readonly assumptionCount: number;
  readonly scenarioYaml?: string;
}

const NOT_RECORDED = 'not recorded';

function known(value: unknown): string {
  return value === undefined || value === null || value === '' ? NOT_RECORDED : String(value);
}

function startState(run: RunInfo): string {
  if (run.startState === undefined) return NOT_RECORDED;
  const warmup = run.warmupYears !== undefined && run.warmupYears > 0 ? `; warm-up ${run.warmupYears} year(s) discarded` : '; no warm-up';
  return `${run.startState}${warmup}`;
}

function runLength(run: RunInfo): string {
  if (run.years === undefined) return NOT_RECORDED;
  const [first, last] = run.years;
  return `${first} to ${last} (${last - first + 1} year(s) reported)`;
}

function wallTime(seconds: number | undefined): string {
  if (seconds === undefined) return NOT_RECORDED;
  return seconds < 120 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}

function definitionList(items: readonly (readonly [string, string])[]): string {
  return `<dl class="facts">${items.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function experimentation(input: MethodsInput): string {
  const { run, kind } = input;
  const scenarios = run.scenarios !== undefined ? run.scenarios.join('; ') : undefined;
  return definitionList([
    ['Design', EXPERIMENT_DESIGN[kind]],
    ...(scenarios !== undefined ? [['Scenarios', scenarios] as const] : []),
    ['Start state', startState(run)],
    ['Run length', runLength(run)],
    ['Replications', known(run.replications)],
    ['Seed', `${known(run.seed)}${kind === 'compare' || kind === 'sweep' ? ' (shared by all scenarios: common random numbers)' : ''}`],
    ['Output statistics', 'Mean and 95% confidence interval across replications (Student t); 5th–95th percentile range across replications (summary.csv ui_low, ui_high); fan charts show the median and 5th–95th percentiles.'],
    ...(run.uncertainty !== undefined ? [['Input uncertainty', run.uncertainty === 'parameters' ? `${UNCERTAINTY_METHOD} Inputs drawn: ${known(run.uncertainInputsDrawn)}.` : NO_UNCERTAINTY_METHOD] as const] : []),
  ]);
}

function implementation(run: RunInfo): string {
  return definitionList([
    ['Software', `cgs-sim ${known(run.version)} (TypeScript, Node.js discrete-event simulation)`],
    ['Run time', `${wallTime(run.wallTimeSeconds)}${run.workers !== undefined ? ` on ${run.workers} worker(s)` : ''}`],
    ['Scenario hash', known(run.scenarioHash)],
    ['Created by', known(run.createdBy)],
  ]);
}

/** Methods in the STRESS-DES order: objectives, logic, data, experimentation, implementation. */
export function methodsSection(input: MethodsInput): string {
  const logic = input.kind === 'pipeline' ? MODEL_LOGIC_PIPELINE : MODEL_LOGIC_DES;
  const description = input.run.description !== undefined ? html`<p>Scenario: ${input.run.description}</p>` : '';
  const yaml = input.scenarioYaml === undefined ? ''
    : `<details class="yaml"><summary>Resolved scenario (scenario.resolved.yaml)</summary><pre>${escapeHtml(input.scenarioYaml)}</pre></details>`;
  const data = input.assumptionCount > 0
    ? `The ${input.assumptionCount} input values, their units and sources are listed under <a href="#assumptions">Assumptions and sources</a>.`
    : 'No assumptions file was written with these results.';
  return html`<section id="methods" aria-labelledby="methods-title"><h2 id="methods-title">Methods (STRESS-DES)</h2>
<h3>1. Objectives</h3><p>${OBJECTIVE[input.kind]}</p>${raw(description)}
<h3>2. Model logic</h3><ul>${raw(logic.map((line) => html`<li>${line}</li>`).join(''))}</ul>
<h3>3. Data</h3><p>${raw(data)}</p><ul>${raw(INPUT_DATA_AND_VALIDATION.map((line) => html`<li>${line}</li>`).join(''))}</ul>${raw(yaml)}
<h3>4. Experimentation</h3>${raw(experimentation(input))}
<h3>5. Implementation</h3>${raw(implementation(input.run))}
</section>`;
}
