/**
 * The tornado chart of a simulation: which uncertain inputs move the difference to the
 * baseline most, each alone.
 *
 *   Simulation ─▶ per challenger: for each input of `sensitivity`, its difference to the
 *     baseline with the input at its P10 and at its P90 (every other at its median), as two
 *     bars from the difference at the medians (money → number here)
 *   ─▶ the largest swing on top; the input's P10 and P90 written at the ends of its bars; the
 *      difference at the medians and zero (the same cost) marked
 *   ─▶ one panel per challenger, on the same scale of money
 *   ─▶ a Vega-Lite spec with its data inline and the numbers as a table in `usermeta`
 */
import type { TopLevelSpec } from 'vega-lite';
import { Money } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { SimulatedScenario, Simulation } from '../../report/simulation.js';
import { chartMoney, chartNumber, moneyAxisLabelExpr } from './chartMoney.js';
import type { ChartMeta, ChartTable } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE, INK } from './chartTheme.js';
import { countOf } from './chartWords.js';
import { truncateToWidth } from './fitText.js';
import { CATEGORY_COLORS } from './palette.js';
import { challengerPanels, differenceTitle, inputValue, markedRule, namedTitle, noteChart, simulationLine } from './simulationChartWords.js';
import type { LayerItem } from './specTypes.js';
import { textWidth } from './textWidth.js';

/** Height of one input's row. */
const ROW_PX = 30;
/** The inputs' names are cut to this width; the tooltip and the table have them whole. */
const NAME_LABEL_LIMIT_PX = 240;
/** At most this many inputs are drawn; the table has them all. */
const MAX_ROWS = 12;
/** The bars of the input at its P10 and at its P90: two colours of Paul Tol's muted scheme, apart from the scenarios'. */
const LOW_COLOR = CATEGORY_COLORS[0];
const HIGH_COLOR = CATEGORY_COLORS[7];
/** Space between a bar's end and the value written there. */
const VALUE_GAP_PX = 4;

/**
 * The tornado chart of a simulation as a Vega-Lite spec: for each challenger, its difference
 * to the baseline with each uncertain input at its P10 and at its P90 and every other at its
 * median (computed exactly), as bars from the difference at the medians, the input that
 * moves it most on top. Without an uncertain input or a challenger, the chart says there is
 * nothing to vary.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const spec = tornadoChart(simulate([selfHosted, provider], { months: 12, trials: 100 }));
 * (spec.title as { text: string[] }).text; // ['What moves the difference most: Self-hosted vs Provider']
 */
export function tornadoChart(simulation: Simulation): TopLevelSpec {
  const { settings, scenarios, sensitivity } = simulation;
  const title = namedTitle('What moves the difference most', scenarios.map((s) => s.name), `What moves the difference to ${settings.baseline} most`);
  const challengers = scenarios.filter((s) => !s.isBaseline);
  const subtitle = [simulationLine(settings), 'Each input from its P10 to its P90 with every other at its median, computed exactly.'];
  const meta: ChartMeta = { chart: 'tornado', table: tornadoTable(simulation) };
  if (challengers.length === 0) return noteChart(title, subtitle.slice(0, 1), 'A single scenario has no difference to a baseline to move.', meta);
  if (sensitivity.length === 0) return noteChart(title, subtitle.slice(0, 1), 'No input is a range: there is nothing to vary.', meta);
  const shown = sensitivity.slice(0, MAX_ROWS);
  if (sensitivity.length > shown.length) subtitle.push(`The ${shown.length} inputs that move it most of ${sensitivity.length}; the table has them all.`);

  const kindOf = (label: string) => simulation.uncertain.find((q) => q.label === label)?.kind;
  const value = (label: string, amount: string) => inputValue(amount, kindOf(label), settings.currency);
  const exact = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits);
  const labels = shown.map((s) => s.label);
  const nameAxisWidth = Math.min(NAME_LABEL_LIMIT_PX, Math.max(...labels.map((label) => textWidth(label, FONT_SIZE.label)))) + 14;
  const plotWidth = Math.floor(CHART_WIDTH_PX - 2 * CHART_PADDING_PX - nameAxisWidth);

  // One scale for every panel: each bar's ends, the centres, and room beyond the ends for the values written there.
  const ends = challengers.flatMap((c) => [chartNumber(c.differenceAtMedians ?? '0'), ...shown.flatMap((s) => byScenario(s, c).flatMap((e) => [chartNumber(e.atLow), chartNumber(e.atHigh)]))]);
  const low = Math.min(...ends);
  const high = Math.max(...ends);
  const widestValue = Math.max(...shown.flatMap((s) => [value(s.label, s.low), value(s.label, s.high)].map((text) => textWidth(text, FONT_SIZE.label)))) + VALUE_GAP_PX + 2;
  const span = high === low ? Math.max(1, Math.abs(high)) : high - low;
  const perPx = span / Math.max(plotWidth / 3, plotWidth - 2 * widestValue);
  const domain = [low - widestValue * perPx, high + widestValue * perPx];
  const where = (x: number) => (x - (domain[0] as number)) / ((domain[1] as number) - (domain[0] as number));

  const panels = challengers.map((challenger) => {
    const centre = chartNumber(challenger.differenceAtMedians ?? '0');
    const rows = shown
      .map((s, order) => ({ s, order, entry: byScenario(s, challenger)[0] }))
      .filter((row): row is { s: (typeof shown)[number]; order: number; entry: NonNullable<typeof row.entry> } => row.entry !== undefined)
      .map(({ s, order, entry }) => ({ s, order, entry, swing: new Money(entry.atHigh).minus(entry.atLow).abs() }))
      // Largest swing on top, for this challenger; ties in the order of the sensitivity.
      .sort((a, b) => b.swing.comparedTo(a.swing) || a.order - b.order);
    const bars = rows.flatMap(({ s, entry }) =>
      (['low', 'high'] as const).map((end) => {
        const at = end === 'low' ? entry.atLow : entry.atHigh;
        const input = value(s.label, end === 'low' ? s.low : s.high);
        const percentile = end === 'low' ? 'P10' : 'P90';
        const difference = chartNumber(at);
        const right = difference > centre || (difference === centre && end === 'high');
        return {
          input: s.label,
          end: `Input at its ${percentile}`,
          from: centre,
          to: difference,
          value: input,
          align: right ? 'left' : 'right',
          exact: exact(at),
          tip: `${s.label} at its ${percentile}, ${input}: ${challenger.name} minus ${settings.baseline} is ${exact(at)}`,
        };
      }),
    );
    const y = {
      field: 'input',
      type: 'nominal' as const,
      sort: rows.map((row) => row.s.label),
      title: null,
      axis: { ...nameAxis(rows.map((row) => row.s.label)), ticks: false, domain: false, labelPadding: 8 },
    };
    const x = {
      field: 'from',
      type: 'quantitative' as const,
      title: differenceTitle(challenger.name, settings.baseline, settings.currency, plotWidth),
      scale: { domain, nice: false, zero: false },
      axis: { labelExpr: moneyAxisLabelExpr(settings.currency), tickCount: 6, grid: true },
    };
    const height = rows.length * ROW_PX;
    const medians = { at: centre, label: `At the medians: ${chartMoney(challenger.differenceAtMedians ?? '0', settings.currency, settings.minorDigits, { cents: 'never' })}`, color: INK.text, dash: undefined };
    const same = { at: 0, label: 'Same cost', color: INK.muted, dash: [4, 3] };
    // The rules first, beneath the bars and the values written beside them.
    const layers: LayerItem[] = placeRuleLabels(centre !== 0 && where(0) >= 0 && where(0) <= 1 ? [medians, same] : [medians], where, plotWidth).flatMap((rule) =>
      markedRule({ field: 'at', type: 'quantitative' }, { at: rule.at }, rule.label, { where: where(rule.at), plotHeight: height, row: rule.row, align: rule.align, color: rule.color, ...(rule.dash === undefined ? {} : { dash: rule.dash }) }),
    );
    layers.push(
      {
        data: { values: bars },
        mark: { type: 'bar', height: { band: 0.62 } },
        encoding: {
          y,
          x,
          x2: { field: 'to' },
          color: { field: 'end', type: 'nominal', scale: { domain: ['Input at its P10', 'Input at its P90'], range: [LOW_COLOR, HIGH_COLOR] }, legend: { title: null, orient: 'bottom', direction: 'horizontal', symbolType: 'square', columnPadding: 20, offset: 14 } },
          tooltip: [
            { field: 'input', type: 'nominal', title: 'Input' },
            { field: 'value', type: 'nominal', title: 'Its value' },
            { field: 'exact', type: 'nominal', title: 'Difference' },
          ],
          description: { field: 'tip', type: 'nominal' },
        },
      },
      ...(['left', 'right'] as const).map(
        (align): LayerItem => ({
          data: { values: bars.filter((bar) => bar.align === align) },
          mark: { type: 'text', align, baseline: 'middle', dx: align === 'left' ? VALUE_GAP_PX : -VALUE_GAP_PX, fontSize: FONT_SIZE.label, color: INK.text },
          encoding: { y, x: { field: 'to', type: 'quantitative' }, text: { field: 'value', type: 'nominal' }, description: { field: 'tip', type: 'nominal' } },
        }),
      ),
    );
    return { name: challenger.name, width: plotWidth, height, layer: layers };
  });
  return challengerPanels(title, subtitle, meta, panels, 30);
}

/** A sensitivity's entry for one challenger (none when the challenger is not in it). */
function byScenario(sensitivity: Simulation['sensitivity'][number], challenger: SimulatedScenario) {
  return sensitivity.scenarios.filter((entry) => entry.scenario === challenger.name);
}

/** The input names on the axis, long ones shortened ({@link shortInputName}). */
function nameAxis(labels: readonly string[]): { labelExpr?: string; labelLimit: number } {
  const shortened = labels.filter((label) => shortInputName(label) !== label).map((label) => [label, shortInputName(label)]);
  return { ...(shortened.length === 0 ? {} : { labelExpr: `${JSON.stringify(Object.fromEntries(shortened))}[datum.label] || datum.label` }), labelLimit: NAME_LABEL_LIMIT_PX + 40 };
}

/**
 * Where the labels of the rules go, so that neither crosses the other's rule: the left rule's
 * label reaches left and the right one's right, in the row just above the plot; a label with
 * no room on its side reaches the other way, a row higher, above the other rule's top.
 */
function placeRuleLabels<T extends { readonly at: number; readonly label: string }>(rules: readonly T[], where: (x: number) => number, plotWidth: number): (T & { row: number; align: 'left' | 'right' })[] {
  const width = (rule: T) => textWidth(rule.label, FONT_SIZE.annotation) + 8;
  if (rules.length === 1) {
    const [only] = rules as [T];
    return [{ ...only, row: 0, align: where(only.at) * plotWidth + width(only) <= plotWidth ? 'left' : 'right' }];
  }
  const [left, right] = [...rules].sort((a, b) => a.at - b.at) as [T, T];
  const leftFits = where(left.at) * plotWidth >= width(left);
  const rightFits = (1 - where(right.at)) * plotWidth >= width(right);
  return [
    { ...left, row: leftFits ? 0 : 1, align: leftFits ? 'right' : 'left' },
    { ...right, row: rightFits ? 0 : leftFits ? 1 : 2, align: rightFits ? 'left' : 'right' },
  ];
}

/**
 * An input's name as the axis shows it: whole when it fits, else the name of the place kept
 * and what it belongs to shortened (`A managed provi…: Escalation`), so that two inputs of one
 * long-named scenario stay apart.
 */
function shortInputName(label: string): string {
  const style = { fontSize: FONT_SIZE.label };
  if (textWidth(label, style.fontSize) <= NAME_LABEL_LIMIT_PX) return label;
  const split = label.lastIndexOf(': ');
  const place = label.slice(split + 2);
  const room = NAME_LABEL_LIMIT_PX - textWidth(`…: ${place}`, style.fontSize);
  if (split < 0 || room < NAME_LABEL_LIMIT_PX / 3) return truncateToWidth(label, NAME_LABEL_LIMIT_PX, style);
  return `${truncateToWidth(label.slice(0, split), room + textWidth('…', style.fontSize), style)}: ${place}`;
}

/** Per input and challenger: the input's P10 and P90, the difference at each, and the swing, exactly. */
function tornadoTable(simulation: Simulation): ChartTable {
  const { settings, sensitivity } = simulation;
  const signed = (value: string) => formatMoney(new Money(value), { digits: settings.minorDigits, grouping: true, signed: true });
  return {
    caption: `Total cost minus ${settings.baseline}'s in ${settings.currency} with each uncertain input at its 10th and 90th percentile, every other at its median, largest swing first (${countOf(sensitivity.length, 'input')})`,
    columns: [
      { title: 'Input', numeric: false },
      { title: 'P10', numeric: true },
      { title: 'P90', numeric: true },
      { title: 'Scenario', numeric: false },
      { title: 'Difference at P10', numeric: true },
      { title: 'at P90', numeric: true },
    ],
    rows: sensitivity.flatMap((s) => s.scenarios.map((entry) => [s.label, s.low, s.high, entry.scenario, signed(entry.atLow), signed(entry.atHigh)])),
  };
}
