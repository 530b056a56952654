/**
 * The page's results: the decision summary, the comparison (heading line, table, the
 * sentences under it), the break-even chart, and the report's sections on commitments and
 * thresholds. Laid out from an ExploreView, all text as text.
 */
import type { ComparisonCells } from '../../../lib/render/comparisonCells.js';
import type { ExploreView } from '../../../lib/render/explore/exploreView.js';
import type { ReportBlock, TextRun } from '../../../lib/render/report/reportBlocks.js';
import { byId, element } from './dom.js';

/** The results' skeleton, filled by {@link showView}. */
export function resultsSection(): HTMLElement {
  return element(
    'section',
    { id: 'results', 'aria-label': 'Results', 'data-state': 'busy' },
    element('div', { id: 'problems', class: 'problems', role: 'alert', hidden: '' }),
    element('div', { id: 'changes' }),
    element('p', { id: 'summary', class: 'summary', 'aria-live': 'polite' }),
    element('h2', {}, 'The options'),
    element('p', { id: 'heading' }),
    element('div', { class: 'table-wrap' }, element('table', { id: 'comparison' })),
    element('ul', { id: 'sentences' }),
    element('h2', {}, 'Break-even'),
    element('figure', { id: 'chart' }, element('div', { id: 'chart-svg' }), element('figcaption', { id: 'chart-caption' })),
    element('div', { id: 'sections' }),
  );
}

/** Shows a what-if's results (the chart follows when drawn: {@link showChart}). */
export function showView(view: ExploreView): void {
  byId('summary').replaceChildren(...runs(view.summary));
  byId('heading').textContent = view.heading;
  byId('comparison').replaceChildren(...tableParts(view.table.header, view.table.rows, view.table.header.map((_, i) => (i === 0 ? 'left' : 'right'))));
  byId('sentences').replaceChildren(...view.sentences.map((sentence) => element('li', {}, sentence)));
  byId('sections').replaceChildren(...view.sections.flatMap(blockElements));
}

/** The SVG elements vega draws a chart with: every other element is dropped. */
const SVG_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'g', 'path', 'rect', 'line', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan', 'title', 'desc', 'defs', 'clipPath']);

/**
 * Shows the chart: the SVG vega drew (its text escaped by vega), parsed as XML, never as
 * HTML, and kept only as the SVG elements a chart is drawn with, without event handlers and
 * without links other than to a place in the chart itself (`#…`).
 */
export function showChart(svg: string, caption: string): void {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) throw new Error('the break-even chart is not an SVG document');
  for (const node of [...root.querySelectorAll('*')]) if (!SVG_ELEMENTS.has(node.nodeName)) node.remove();
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...node.attributes]) {
      const link = /(^|:)href$/i.test(attribute.name) && !attribute.value.startsWith('#');
      if (/^on/i.test(attribute.name) || link) node.removeAttribute(attribute.name);
    }
  }
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', caption);
  byId('chart-svg').replaceChildren(document.importNode(root, true));
  byId('chart-caption').textContent = caption;
}

/** Shows problems (one line each, as the command line prints them), or hides the box when there are none; `drawn`: results of earlier inputs are on show. */
export function showProblems(lines: readonly string[], drawn = true): void {
  const box = byId('problems');
  box.hidden = lines.length === 0;
  box.replaceChildren(
    ...(lines.length === 0 ? [] : [element('p', {}, element('strong', {}, `${lines.length === 1 ? 'One problem' : `${lines.length} problems`}: ${drawn ? 'the results below are those of the last valid inputs.' : 'fix it to see the results.'}`)), element('ul', {}, ...lines.map((line) => element('li', {}, line)))]),
  );
  byId('results').classList.toggle('has-problems', lines.length > 0);
  for (const id of ['summary', 'heading', 'comparison', 'sentences', 'chart', 'sections']) byId(id).classList.toggle('stale', lines.length > 0);
}

function runs(textRuns: readonly TextRun[]): Node[] {
  return textRuns.map((run) => (run.strong === true ? element('strong', {}, run.text) : document.createTextNode(run.text)));
}

function tableParts(header: readonly string[], rows: ComparisonCells['rows'], align: readonly ('left' | 'right')[], strongRows: readonly number[] = []): HTMLElement[] {
  const cellClass = (i: number) => (align[i] === 'right' ? 'num' : undefined);
  return [
    element('thead', {}, element('tr', {}, ...header.map((text, i) => element('th', { scope: 'col', class: cellClass(i) }, text)))),
    element(
      'tbody',
      {},
      ...rows.map((row, r) =>
        element('tr', { class: strongRows.includes(r) ? 'strong' : undefined }, ...row.map((text, i) => (i === 0 ? element('th', { scope: 'row', class: cellClass(i) }, text) : element('td', { class: cellClass(i) }, text)))),
      ),
    ),
  ];
}

function blockElements(block: ReportBlock): HTMLElement[] {
  switch (block.type) {
    case 'heading':
      return [element(block.level === 3 ? 'h3' : 'h2', {}, block.text)];
    case 'paragraph':
      return [element('p', {}, ...runs(block.runs))];
    case 'list':
      return [element('ul', {}, ...block.items.map((item) => element('li', {}, ...runs(item))))];
    case 'table':
      return [element('div', { class: 'table-wrap' }, element('table', {}, ...tableParts(block.header, block.rows, block.align, block.strongRows)))];
    case 'chart':
      return [];
  }
}

/**
 * What the what-if changed, one line per value ("Managed provider: Managed hosting: 2750 (in
 * the file: 40000)"), so a printout or a screenshot says what it shows; and what the link
 * named that the page has no control for, which was not applied.
 */
export function showChanges(lines: readonly string[], ignored: readonly string[]): void {
  byId('changes').replaceChildren(
    ...(lines.length === 0 ? [] : [element('p', {}, element('strong', {}, 'What if:')), element('ul', {}, ...lines.map((line) => element('li', {}, line)))]),
    ...(ignored.length === 0 ? [] : [element('p', { class: 'ignored' }, `Not applied: the link names ${ignored.map((key) => `"${key}"`).join(', ')}, which this page has no control for.`)]),
  );
}
