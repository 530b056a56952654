/**
 * The simulation for people: a settings line, the totals over the trials (the value at the
 * medians, the mean, P5, P50, P95 and how often each option is the cheapest), each option
 * against the baseline, a sentence on its break-even, and what was uncertain — as a terminal
 * table or as Markdown. Every figure is a field of the simulation; this only lays them out.
 */
import type { Simulation, SimulatedQuantity, SimulatedScenario } from '../report/simulation.js';
import { Money } from '../money/decimal.js';
import { countOf } from './charts/chartWords.js';
import { trialsText } from './charts/simulationChartWords.js';
import { displayAmount } from './displayAmount.js';
import { displayWidth, padToWidth } from './displayWidth.js';
import { markdownCellText, markdownText } from './markdownText.js';
import { atMostLines, nameLines } from './nameLines.js';
import { terminalText } from './terminalText.js';
import { wrapText } from './wrapText.js';

/**
 * The simulation as a terminal table, wrapped to `width` columns (default 80).
 *
 * @example
 * renderSimulationTable(simulate([selfHosted, managedProvider], { trials: 100 })).split('\n')[0];
 * // '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted, 100 trials'
 */
export function renderSimulationTable(simulation: Simulation, options: { readonly width?: number } = {}): string {
  const width = options.width ?? 80;
  const parts = simulationParts(simulation, terminalText);
  const lines = [...wrapText(parts.heading, width, '  '), ''];
  for (const table of parts.tables) lines.push(...fittedTable(table, width), '');
  for (const sentence of parts.sentences) lines.push(...wrapText(sentence, width, '  '));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The simulation as a GitHub-flavoured Markdown document.
 *
 * @example
 * renderSimulationMarkdown(simulate([selfHosted, managedProvider], { trials: 100 })).split('\n')[0]; // '# Simulation'
 */
export function renderSimulationMarkdown(simulation: Simulation): string {
  const parts = simulationParts(simulation, markdownCellText);
  const blocks = ['# Simulation', markdownText(parts.heading), ...parts.tables.map((table) => markdownTable(table.header, table.rows))];
  if (parts.sentences.length > 0) blocks.push(parts.sentences.map((sentence) => `- ${markdownText(sentence)}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** A table of names and figures; `optional` lists the columns a narrow terminal may leave out, in groups that go together, the first to go first. */
type Table = { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly optional?: readonly (readonly number[])[] };

/** The heading, the tables and the sentences, names made safe by `text`. */
function simulationParts(simulation: Simulation, text: (name: string) => string): { heading: string; tables: Table[]; sentences: string[] } {
  const { settings } = simulation;
  const digits = settings.minorDigits;
  const amount = (value: string) => displayAmount(value, digits);
  const count = simulation.scenarios.length;
  const discount = settings.discountRate === null ? 'not discounted' : `discounted at ${percent(settings.discountRate, 2)} a year`;
  const heading =
    `${countOf(count, 'scenario')} over ${countOf(settings.months, 'month')} (${settings.from === settings.to ? settings.from : `${settings.from} to ${settings.to}`}), ${settings.currency}, ${discount}, ` +
    `${trialsText(settings.trials)} (seed ${settings.seed}). Baseline: ${text(settings.baseline)}.`;
  const tables: Table[] = [
    {
      header: ['Scenario', 'At medians', 'Mean', 'P5', 'P50', 'P95', 'Cheapest'],
      rows: simulation.scenarios.map((s) => [text(s.name), amount(s.atMedians), amount(s.total.mean), amount(s.total.p5), amount(s.total.p50), amount(s.total.p95), percent(s.probabilityCheapest, 1)]),
      // The percentiles say what the spread is; the value at the medians and the mean go first.
      optional: [[1], [2]],
    },
  ];
  const challengers = simulation.scenarios.filter((s): s is SimulatedScenario & { difference: NonNullable<SimulatedScenario['difference']> } => s.difference !== null);
  if (challengers.length > 0) {
    tables.push({
      header: [`vs ${text(settings.baseline)}`, 'P5', 'P50', 'P95', 'Cheaper'],
      rows: challengers.map((s) => [text(s.name), signed(s.difference.p5, digits), signed(s.difference.p50, digits), signed(s.difference.p95, digits), percent(s.probabilityCheaperThanBaseline ?? '0', 1)]),
    });
  }
  if (simulation.sensitivity.length > 0) {
    const several = challengers.length > 1;
    // The differences are what moves; the rank correlation goes first, then the inputs' P10 and P90, which the sentences under the table also give.
    const first = several ? 2 : 1;
    tables.push({
      optional: [[first + 4], [first, first + 1]],
      header: ['What moves it most', ...(several ? ['Scenario'] : []), 'P10', 'P90', 'Difference at P10', 'at P90', 'Rank corr.'],
      rows: simulation.sensitivity.flatMap((s) =>
        s.scenarios.map((c) => {
          const quantity = simulation.uncertain.find((q) => q.label === s.label);
          const value = (v: string) => (quantity?.kind === 'money' ? displayAmount(Number(v).toFixed(digits), digits) : quantity?.kind === 'rate' ? percent(v, 2) : v);
          return [text(s.label), ...(several ? [text(c.scenario)] : []), value(s.low), value(s.high), signed(c.atLow, digits), signed(c.atHigh, digits), c.rankCorrelation ?? '—'];
        }),
      ),
    });
  }
  const sentences = challengers.flatMap((s) => (s.breakEven === null ? [] : [breakEvenSentence(s, settings.baseline, text)]));
  if (simulation.waiting !== null) sentences.push(waitingSentence(simulation.waiting, digits, text));
  if (simulation.uncertain.length === 0) sentences.push('No input is a range: every trial is the same.');
  else sentences.push(...simulation.uncertain.map((q) => quantitySentence(q, digits, text)));
  return { heading, tables, sentences };
}

function breakEvenSentence(s: SimulatedScenario, baseline: string, text: (name: string) => string): string {
  const breakEven = s.breakEven as NonNullable<SimulatedScenario['breakEven']>;
  const median = breakEven.p50 === null ? 'in most trials it does not break even within the horizon' : `the median break-even is month ${breakEven.p50.month} (${breakEven.p50.calendar})`;
  const term = breakEven.withinCommitment === null ? '' : `, within its commitment's term in ${percent(breakEven.withinCommitment, 1)}`;
  return `${text(s.name)} breaks even against ${text(baseline)} within the horizon in ${percent(breakEven.withinHorizon, 1)} of trials${term}; ${median}.`;
}

function waitingSentence(w: NonNullable<Simulation['waiting']>, digits: number, text: (name: string) => string): string {
  const amount = (value: string) => displayAmount(value, digits);
  const value = Number(w.valueOfWaiting.mean);
  const worth =
    value === 0
      ? 'waiting changes nothing on average'
      : value > 0
        ? `waiting is worth ${amount(w.valueOfWaiting.mean)} on average (P5 ${signed(w.valueOfWaiting.p5, digits)}, P95 ${signed(w.valueOfWaiting.p95, digits)})`
        : `waiting costs ${amount(w.valueOfWaiting.mean.replace('-', ''))} more on average`;
  const taken = w.choices.filter((c) => Number(c.probability) > 0).map((c) => `${text(c.scenario)} in ${percent(c.probability, 1)}`);
  return (
    `Deciding now takes ${text(w.decideNow)}, ${amount(w.decideNowCost.mean)} on average; waiting until ${w.revisit} and then taking the cheapest from there on costs ${amount(w.waitCost.mean)}: ` +
    `${worth}, and waiting turns out cheaper in ${percent(w.probabilityWaitingRight, 1)} of trials (it takes ${taken.join(', ')}). ` +
    `Against foresight, deciding now loses ${amount(w.expectedRegretNow)} on average.`
  );
}

function quantitySentence(q: SimulatedQuantity, digits: number, text: (name: string) => string): string {
  const value = (v: string) => (q.kind === 'money' ? displayAmount(Number(v).toFixed(digits), digits) : q.kind === 'rate' ? percent(v, 2) : v);
  const mode = q.range.mode === undefined ? '' : `, most likely ${value(q.range.mode)}`;
  return `Uncertain: ${text(q.label)}, ${value(q.range.low)} to ${value(q.range.high)} (${q.range.dist}${mode}; median ${value(q.median)}); drawn P5 ${value(q.drawn.p5)}, P50 ${value(q.drawn.p50)}, P95 ${value(q.drawn.p95)}.`;
}

/** A fraction as a percentage with `places` decimals, rounded half away from zero: "0.8965" → "89.7%", "0.03" → "3%". */
function percent(fraction: string, places: number): string {
  return `${new Money(fraction).times(100).toDecimalPlaces(places).toFixed(places).replace(/\.0+$/, '')}%`;
}

function signed(amount: string, digits: number): string {
  return displayAmount(amount, digits, { signed: true });
}

/** Names are never cut shorter than this, even when the table then overflows. */
const MIN_NAME_WIDTH = 'Scenario'.length;

/**
 * A table in at most `width` columns where it can be: the columns padded to their widest
 * cell (the first left-aligned, the others right-aligned), two spaces apart, or one; then
 * with long names on two lines; then without its optional columns, one after the other;
 * at last with names on up to three lines, the third shortened by `…` if need be.
 */
function fittedTable(table: Table, width: number): string[] {
  const { header, rows } = table;
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const names = [header, ...rows].map((row) => row[0] ?? '');
  const nameWidth = widths[0] ?? 0;
  const optional = table.optional ?? [];
  for (let dropped = 0; dropped <= optional.length; dropped++) {
    const left = optional.slice(0, dropped).flat();
    const shown = widths.map((_, column) => column).filter((column) => column > 0 && !left.includes(column));
    const figures = (gap: number) => shown.reduce((sum, column) => sum + (widths[column] ?? 0) + gap, 0);
    for (const gap of [2, 1]) if (nameWidth + figures(gap) <= width) return tableLines(table, widths, shown, nameWidth, gap, 1);
    // Wrapping: the narrowest gap leaves the most room, so the fewest names wrap.
    const room = width - figures(1);
    if (room >= MIN_NAME_WIDTH && names.every((name) => nameLines(name, room).length <= 2)) return tableLines(table, widths, shown, room, 1, 2);
  }
  const shown = widths.map((_, column) => column).filter((column) => column > 0 && !optional.flat().includes(column));
  const room = width - shown.reduce((sum, column) => sum + (widths[column] ?? 0) + 1, 0);
  return tableLines(table, widths, shown, Math.max(MIN_NAME_WIDTH, Math.min(nameWidth, room)), 1, 3);
}

/** The lines of a table: its names in `nameWidth` columns on at most `nameLineLimit` lines, the figures of the columns `shown` on each row's first line. */
function tableLines(table: Table, widths: readonly number[], shown: readonly number[], nameWidth: number, gap: number, nameLineLimit: number): string[] {
  const lines = (row: readonly string[]): string[] => {
    const name = row[0] ?? '';
    const parts = nameLineLimit === 1 ? [name] : atMostLines(nameLines(name, nameWidth), nameLineLimit, nameWidth);
    const figures = shown.map((column) => ' '.repeat(gap) + padToWidth(row[column] ?? '', widths[column] ?? 0, 'right')).join('');
    return parts.map((part, index) => (index > 0 ? part : `${padToWidth(part, nameWidth, 'left')}${figures}`.trimEnd()));
  };
  return [...lines(table.header), ...table.rows.flatMap(lines)];
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? '')), 4));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => padToWidth(cell, widths[column] ?? 0, column === 0 ? 'left' : 'right')).join(' | ')} |`;
  const delimiter = `| ${widths.map((w, column) => (column === 0 ? `:${'-'.repeat(w - 1)}` : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), delimiter, ...rows.map(line)].join('\n');
}
