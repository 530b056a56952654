/**
 * The explore page: costmodel's pure core in the browser, recomputing on every change.
 *
 *   #explore-data (ExploreData) + the URL fragment (WhatIf)
 *   ─▶ controls for the options and every input (inputsPanel.ts, controls.ts)
 *   ─▶ on each change: whatIfInputs ─▶ parseScenario each file ─▶ tryWhatIfReport
 *      ─▶ exploreView ─▶ table, sentences, sections (results.ts) ─▶ renderSvg ─▶ chart
 *      ─▶ the fragment rewritten, so the address is a link to this what-if
 *   Reset ─▶ the files as given. Downloads ─▶ the changed files, the schedule CSV, the chart SVG
 *
 * Everything shown is text from those functions, set as text. `window.costmodelExplore`
 * reports the state and how long each redraw took, for tests and measurements.
 */
import { formatIssue, unwrap, type Issue } from '../../../lib/issues/issue.js';
import { exploreView, thresholdText } from '../../../lib/render/explore/exploreView.js';
import { EXPLORE_DATA_ID } from '../../../lib/render/explore/renderExplorePage.js';
import { inputKey, parseWhatIfFragment, whatIfFragment, whatIfInputs, type ExploreData, type OptionControl, type WhatIf } from '../../../lib/render/explore/exploreState.js';
import { renderScheduleCsv } from '../../../lib/render/renderScheduleCsv.js';
import { renderSvg } from '../../../lib/render/renderSvg.js';
import { trySchedule } from '../../../lib/report/scheduleReport.js';
import { tryWhatIfReport, type WhatIfOptions } from '../../../lib/report/whatIfReport.js';
import { exploreInputs } from '../../../lib/scenario/exploreInputs.js';
import { parseScenario } from '../../../lib/scenario/parseScenario.js';
import type { Scenario } from '../../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../../lib/scenario/scenarioFile.js';
import { buildControl, setControlText, type Control } from './controls.js';
import { byId, element } from './dom.js';
import { download, scenarioFileText } from './downloads.js';
import { optionSpecs, scenarioSpecs } from './inputsPanel.js';
import { resultsSection, showChanges, showChart, showProblems, showView } from './results.js';

/** What the page reports of itself to tests and measurements. */
type Status = { state: 'busy' | 'ready' | 'invalid'; generation: number; tableMs: number; redrawMs: number; readyMs: number; svg: string; ignored: string[] };

const status: Status = { state: 'busy', generation: 0, tableMs: 0, redrawMs: 0, readyMs: 0, svg: '', ignored: [] };
(window as unknown as { costmodelExplore: Status }).costmodelExplore = status;

const data = JSON.parse(byId(EXPLORE_DATA_ID).textContent ?? '') as ExploreData;
const originals: Scenario[] = data.scenarios.map((scenario) => unwrap(parseScenario(scenario.definition, scenario.file)));
const knownInputs = new Set(originals.flatMap((scenario, index) => exploreInputs(scenario).map((input) => inputKey(index, input.path))));
const controls = new Map<string, Control>();
let whatIf: WhatIf = { options: {}, values: {} };
/** The inputs of the last valid what-if: what the downloads save. */
let current: { definitions: ScenarioFile[]; scenarios: Scenario[]; options: WhatIfOptions } | undefined;

/** Builds the page, reads the what-if in the address, draws it. */
async function start(): Promise<void> {
  const report = unwrap(tryWhatIfReport(originals, whatIfInputs(data, whatIf).options));
  const onChange = (control: Control, text: string) => changed(control, text);
  const optionControls = optionSpecs(data, originals).map((spec) => buildControl(spec, onChange));
  for (const control of optionControls) controls.set(control.key, control);
  const scenarioSets = originals.map((scenario, index) => {
    const built = scenarioSpecs(scenario, index, report).map((spec) => buildControl(spec, onChange));
    for (const control of built) controls.set(control.key, control);
    return element('fieldset', {}, element('legend', {}, scenario.name), element('div', { class: 'file' }, data.scenarios[index]?.file ?? ''), ...built.map((control) => control.box));
  });
  const title = document.title;
  document.body.append(
    element('header', {}, element('h1', {}, title), element('p', { class: 'intro' }, 'Change any input below: every figure is recomputed as costmodel compare and costmodel report compute it, to the cent. The address of this page keeps your changes, so it is a link to this what-if.')),
    element(
      'div',
      { class: 'layout' },
      element(
        'form',
        { id: 'controls', 'aria-label': 'Inputs' },
        element('div', { class: 'actions' }, ...actionButtons()),
        element('fieldset', {}, element('legend', {}, 'Analysis'), ...optionControls.map((control) => control.box)),
        ...scenarioSets,
      ),
      resultsSection(),
    ),
  );
  byId<HTMLFormElement>('controls').addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('hashchange', () => {
    if (location.hash !== whatIfFragment(whatIf)) void load();
  });
  await load();
}

/** Reads the what-if from the address and shows it. */
async function load(): Promise<void> {
  const read = parseWhatIfFragment(location.hash, data, knownInputs);
  whatIf = read.whatIf;
  status.ignored = read.ignored;
  for (const control of controls.values()) {
    const text = control.scenario === undefined ? whatIf.options[control.key as OptionControl] : whatIf.values[control.key];
    control.field.value = text ?? control.original;
    syncSlider(control);
  }
  await redraw();
}

function syncSlider(control: Control): void {
  control.box.classList.toggle('changed', control.field.value !== control.original);
  if (control.slider === undefined) return;
  const position = Number(control.field.value.replace('%', ''));
  if (!Number.isFinite(position)) return;
  const value = control.field.value.includes('%') ? Math.round(position * 10) : position;
  if (value > Number(control.slider.max)) control.slider.max = String(value);
  control.slider.value = String(value);
}

function changed(control: Control, text: string): void {
  const options = { ...whatIf.options };
  const values = { ...whatIf.values };
  const unchanged = text === control.original;
  if (control.scenario === undefined) {
    if (unchanged) delete options[control.key as OptionControl];
    else options[control.key as OptionControl] = text;
  } else if (unchanged) delete values[control.key];
  else values[control.key] = text;
  whatIf = { options, values };
  control.box.classList.toggle('changed', !unchanged);
  const fragment = whatIfFragment(whatIf);
  history.replaceState(null, '', fragment === '' ? location.pathname + location.search : fragment);
  void redraw();
}

/** Recomputes everything from the what-if; a later change supersedes a redraw still drawing its chart. */
async function redraw(): Promise<void> {
  const generation = ++status.generation;
  const started = performance.now();
  status.state = 'busy';
  byId('results').dataset['state'] = 'busy';
  const inputs = whatIfInputs(data, whatIf);
  const parsed = inputs.definitions.map((definition, index) => parseScenario(definition, data.scenarios[index]?.file));
  const issues: Issue[] = [...inputs.issues, ...parsed.flatMap((result) => (result.ok ? [] : result.issues))];
  const scenarios = parsed.flatMap((result) => (result.ok ? [result.value] : []));
  const report = issues.length === 0 ? tryWhatIfReport(scenarios, inputs.options) : undefined;
  if (report !== undefined && !report.ok) issues.push(...report.issues);
  markInvalid(issues);
  showProblems(issues.map(formatIssue), current !== undefined);
  setDownloadsEnabled(issues.length === 0);
  if (report === undefined || !report.ok) {
    status.state = 'invalid';
    byId('results').dataset['state'] = 'invalid';
    return;
  }
  current = { definitions: inputs.definitions, scenarios, options: inputs.options };
  const view = exploreView(report.value);
  showView(view);
  showChanges(changeLines(), status.ignored);
  byId('control-from-hint').textContent = `Empty: the earliest start among the scenarios. Now ${report.value.comparison.settings.from}.`;
  byId('control-revisit-hint').textContent = `Empty: twelve months after the first month. Now ${report.value.revisit}.`;
  for (const control of controls.values()) {
    const scenario = control.scenario === undefined ? undefined : report.value.comparison.scenarios[control.scenario]?.name;
    if (control.threshold !== undefined && control.input !== undefined && scenario !== undefined) control.threshold.textContent = thresholdText(report.value, scenario, control.input);
  }
  const tableMs = performance.now() - started;
  const svg = await renderSvg(view.chart);
  if (generation !== status.generation) return;
  showChart(svg, view.chartText);
  status.svg = svg;
  status.tableMs = tableMs;
  status.redrawMs = performance.now() - started;
  status.state = 'ready';
  byId('results').dataset['state'] = 'ready';
  byId('results').dataset['generation'] = String(generation);
}

/** Each value the what-if changed, with what the files or the command line gave. */
function changeLines(): string[] {
  return [...controls.values()]
    .filter((control) => control.field.value !== control.original)
    .map((control) => {
      const owner = control.scenario === undefined ? '' : `${originals[control.scenario]?.name ?? ''}: `;
      const label = control.box.querySelector('label')?.textContent ?? control.key;
      return `${owner}${label}: ${control.field.value || '(default)'} (${control.scenario === undefined ? 'given' : 'in the file'}: ${control.original || 'default'})`;
    });
}

/** Marks the fields a problem points at (by file and JSON Pointer, or by option) as invalid, and says why under each. */
function markInvalid(issues: readonly Issue[]): void {
  for (const control of controls.values()) {
    const file = control.scenario === undefined ? undefined : data.scenarios[control.scenario]?.file;
    const path = control.input?.path;
    const own = issues.filter((issue) =>
      control.scenario === undefined
        ? issue.file === undefined && issue.message.startsWith(`--${control.key}`)
        : issue.file === file && path !== undefined && issue.path !== undefined && (issue.path === path || issue.path.startsWith(`${path}/`)),
    );
    const errorId = `${control.field.id}-error`;
    control.box.querySelector('.error')?.remove();
    const describedBy = (control.field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== errorId);
    if (own.length > 0) {
      control.field.setAttribute('aria-invalid', 'true');
      control.box.append(element('p', { class: 'error', id: errorId }, own.map((issue) => issue.message).join(' ')));
      describedBy.push(errorId);
    } else control.field.removeAttribute('aria-invalid');
    if (describedBy.length > 0) control.field.setAttribute('aria-describedby', describedBy.join(' '));
    else control.field.removeAttribute('aria-describedby');
  }
}

function actionButtons(): HTMLElement[] {
  const button = (id: string, text: string, action: () => void) => {
    const made = element('button', { type: 'button', id }, text);
    made.addEventListener('click', action);
    return made;
  };
  return [
    button('reset', 'Reset', () => {
      history.replaceState(null, '', location.pathname + location.search);
      for (const control of controls.values()) setControlText(control, control.original);
      void load();
    }),
    ...data.scenarios.map((scenario, index) =>
      button(`download-scenario-${index + 1}`, `Download ${scenario.file}`, () => {
        if (current !== undefined) download(scenario.file, scenarioFileText(current.definitions[index]), 'application/json');
      }),
    ),
    button('download-csv', 'Download CSV', () => {
      if (current === undefined) return;
      const { discountRate: _discount, exitAfter: _exit, revisit: _revisit, per: _per, perTarget: _target, ...ledger } = current.options;
      const made = trySchedule(current.scenarios, ledger);
      if (made.ok) download('schedule.csv', renderScheduleCsv(made.value, { layout: 'long' }), 'text/csv');
      else showProblems(made.issues.map(formatIssue));
    }),
    button('download-svg', 'Download chart (SVG)', () => download('breakeven.svg', status.svg, 'image/svg+xml')),
  ];
}

function setDownloadsEnabled(enabled: boolean): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.actions button:not(#reset)')) button.disabled = !enabled;
}

const began = performance.now();
start().then(
  () => {
    status.readyMs = performance.now() - began;
  },
  (error: unknown) => {
    status.state = 'invalid';
    document.body.append(element('p', { role: 'alert' }, `The page could not start: ${error instanceof Error ? error.message : String(error)}`));
    throw error;
  },
);
