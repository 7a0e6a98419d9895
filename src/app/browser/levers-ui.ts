import type { LeverDef, LeverGroup, LeverValue } from '../levers/index.js';
import { el } from './dom.js';

/** Formats a baseline for the "baseline" note next to a control. */
function baselineText(lever: LeverDef): string {
  if (lever.kind === 'checkbox') return lever.baseline ? 'on' : 'off';
  if (lever.kind === 'select') return lever.options?.find((o) => o.value === lever.baseline)?.label ?? String(lever.baseline);
  return `${lever.baseline}${lever.unit ? ` ${lever.unit}` : ''}`;
}

/** One control, labelled for screen readers, marked `changed` when it differs from the baseline. */
function control(lever: LeverDef, onChange: (id: string, value: LeverValue) => void, hiddenLabel: boolean): HTMLElement {
  const id = `lever-${lever.id}`;
  const note = el('span', { class: 'baseline', id: `${id}-baseline` }, `baseline ${baselineText(lever)}`);
  let input: HTMLInputElement | HTMLSelectElement;
  if (lever.kind === 'select') {
    input = el('select', { id, name: lever.id }, ...(lever.options ?? []).map((o) => el('option', { value: o.value, selected: o.value === lever.baseline }, o.label)));
  } else {
    input = el('input', {
      id, name: lever.id, type: lever.kind, min: lever.min, max: lever.max, step: lever.step,
      value: lever.kind === 'number' ? String(lever.baseline) : undefined, checked: lever.kind === 'checkbox' && lever.baseline === true,
    });
  }
  input.setAttribute('aria-describedby', note.id);
  input.dataset['baseline'] = String(lever.baseline);
  if (lever.enabledWhen !== undefined) {
    input.dataset['enabledWhen'] = lever.enabledWhen.id;
    input.dataset['enabledValue'] = String(lever.enabledWhen.value);
  }
  const read = (): LeverValue => {
    if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked;
    if (input instanceof HTMLInputElement) return input.value === '' || !Number.isFinite(input.valueAsNumber) ? lever.baseline : input.valueAsNumber;
    return input.value;
  };
  input.addEventListener(lever.kind === 'number' ? 'input' : 'change', () => {
    const value = read();
    input.classList.toggle('changed', value !== lever.baseline);
    onChange(lever.id, value);
  });
  const label = el('label', { for: id, class: hiddenLabel ? 'visually-hidden' : undefined }, lever.label, lever.unit && !hiddenLabel ? ` (${lever.unit})` : '');
  if (hiddenLabel) label.textContent = `${lever.label}${lever.unit ? ` (${lever.unit})` : ''}`;
  return el('div', { class: `lever lever-${lever.kind}` }, label, input, note);
}

function gridTable(group: LeverGroup, onChange: (id: string, value: LeverValue) => void): HTMLElement {
  const rows = [...new Set(group.levers.map((l) => l.row ?? ''))];
  const columns = [...new Set(group.levers.map((l) => l.column ?? ''))];
  const head = el('tr', {}, el('th', { scope: 'col' }, ''), ...columns.map((c) => el('th', { scope: 'col' }, c.replace(/_/g, ' '))));
  const body = rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.replace(/_/g, ' ')), ...columns.map((c) => {
    const lever = group.levers.find((l) => l.row === r && l.column === c);
    return el('td', {}, lever ? control(lever, onChange, true) : '');
  })));
  return el('div', { class: 'grid-scroll' }, el('table', { class: 'lever-grid' }, el('thead', {}, head), el('tbody', {}, ...body)));
}

/**
 * The levers form: one fieldset per group; grids as tables with a labelled control in each cell.
 * A lever that matters only while a switch is on is disabled while it is off.
 */
export function leverForm(groups: readonly LeverGroup[], onChange: (id: string, value: LeverValue) => void): HTMLElement {
  const changed = (id: string, value: LeverValue) => {
    syncEnabled(form);
    onChange(id, value);
  };
  const form = el('div', { class: 'lever-groups' }, ...groups.map((group, i) => {
    const body = group.grid ? gridTable(group, changed) : el('div', {}, ...group.levers.map((l) => control(l, changed, false)));
    const fieldset = el('fieldset', { id: `group-${group.id}` }, el('legend', {}, group.title), el('p', { class: 'help' }, group.help), body);
    return i < 2 ? fieldset : el('details', {}, el('summary', {}, group.title), fieldset);
  }));
  syncEnabled(form);
  return form;
}

/** Enables each lever whose switch has the value it needs, and disables the others. */
export function syncEnabled(root: HTMLElement): void {
  for (const input of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-enabled-when]')) {
    const sw = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#lever-${input.dataset['enabledWhen']!}`);
    const value = sw instanceof HTMLInputElement && sw.type === 'checkbox' ? String(sw.checked) : sw?.value;
    input.disabled = value !== input.dataset['enabledValue'];
  }
}

/** Puts every control back to its baseline (without firing change events). */
export function resetControls(root: HTMLElement): void {
  for (const input of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-baseline]')) {
    const base = input.dataset['baseline']!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = base === 'true';
    else input.value = base;
    input.classList.remove('changed');
  }
  syncEnabled(root);
}
