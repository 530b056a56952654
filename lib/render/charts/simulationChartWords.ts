/**
 * What the three charts of a simulation share: the line under their titles, the title that
 * names the scenarios, a label over the plot, and the chart drawn when there is nothing to draw.
 */
import type { TopLevelSpec } from 'vega-lite';
import { Money } from '../../money/decimal.js';
import type { Simulation } from '../../report/simulation.js';
import { chartMoney } from './chartMoney.js';
import type { ChartMeta } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE, INK, chartConfig } from './chartTheme.js';
import { countOf } from './chartWords.js';
import { monthSpan } from './monthAxis.js';
import { truncateToWidth, wrapToWidth } from './fitText.js';
import { VEGA_LITE_SCHEMA, type ConcatItem, type LayerItem } from './specTypes.js';

/** Titles and subtitles wrap to this width. */
const TEXT_WIDTH_PX = CHART_WIDTH_PX - 2 * CHART_PADDING_PX;

/**
 * The line under a simulation chart's title: horizon, calendar span, currency, and the trials
 * and seed that reproduce it. The charts show totals and cumulative costs, never discounted.
 *
 * @example
 * simulationLine(simulate([selfHosted, managedProvider], { trials: 2000, seed: 7 }).settings);
 * // '36 months, May 2009 – Apr 2012 · USD · not discounted · 2,000 trials, seed 7'
 */
export function simulationLine(settings: Simulation['settings']): string {
  return `${countOf(settings.months, 'month')}, ${monthSpan(settings.from, settings.to)} · ${settings.currency} · not discounted · ${trialsText(settings.trials)}, seed ${settings.seed}`;
}

/**
 * A number of trials for people: `2,000 trials`.
 *
 * @example
 * [trialsText(1), trialsText(10000)]; // ['1 trial', '10,000 trials']
 */
export function trialsText(trials: number): string {
  return `${trials.toLocaleString('en-US')} trial${trials === 1 ? '' : 's'}`;
}

/**
 * A title naming the scenarios when they fit on one line (`What: A vs B`), else counting
 * them (`What of 3 hosting options`) or, given, the `fallback`.
 *
 * @example
 * namedTitle('Cumulative cost over 36 months', ['Self-hosted', 'Managed provider']); // 'Cumulative cost over 36 months: Self-hosted vs Managed provider'
 * namedTitle('Cumulative cost over 36 months', ['A', 'B', 'C', 'D']); // 'Cumulative cost over 36 months of 4 hosting options'
 */
export function namedTitle(what: string, names: readonly string[], fallback = `${what} of ${names.length} hosting options`): string {
  if (names.length === 1) return `${what}: ${names[0] ?? ''}`;
  const listed = names.length === 2 ? names.join(' vs ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  const named = `${what}: ${listed}`;
  return names.length <= 3 && wrapToWidth(named, TEXT_WIDTH_PX, { fontSize: FONT_SIZE.title, weight: 'bold' }).length === 1 ? named : fallback;
}

/**
 * A chart's title block: the title and its subtitle lines, wrapped to the chart's width.
 *
 * @example
 * chartTitle('Cost', ['36 months']); // { text: ['Cost'], subtitle: ['36 months'] }
 */
export function chartTitle(title: string, subtitle: readonly string[]): { text: string[]; subtitle: string[] } {
  return {
    text: wrapToWidth(title, TEXT_WIDTH_PX, { fontSize: FONT_SIZE.title, weight: 'bold' }),
    subtitle: subtitle.flatMap((line) => wrapToWidth(line, TEXT_WIDTH_PX, { fontSize: FONT_SIZE.subtitle })),
  };
}

/**
 * A vertical rule through the plot with its label just above it, left of the rule when the
 * rule is in the right part of the plot (`where`, 0 to 1 across it), so the label stays on the
 * chart — or on the side `align` says. `x` is the encoding of the rule's position; `row` counts
 * label rows up from the plot.
 *
 * @example
 * const [rule, label] = markedRule({ field: 'at', type: 'quantitative' }, { at: 0 }, 'Same cost', { where: 0.5, plotHeight: 300 });
 * [(rule as { mark: unknown }).mark, (label as { mark: { align: string } }).mark.align]; // [{ type: 'rule', strokeWidth: 1.5, color: '#1f1f1f' }, 'left']
 */
export function markedRule(
  x: Record<string, unknown>,
  datum: Record<string, unknown>,
  label: string,
  options: { readonly where: number; readonly plotHeight: number; readonly row?: number; readonly align?: 'left' | 'right'; readonly color?: string; readonly dash?: readonly number[] },
): LayerItem[] {
  const color = options.color ?? INK.text;
  const top = -6 - (options.row ?? 0) * 17;
  const align = options.align ?? (options.where > 0.7 ? 'right' : 'left');
  const values = [{ ...datum, top, label }];
  return [
    {
      data: { values },
      mark: { type: 'rule', strokeWidth: 1.5, color, ...(options.dash === undefined ? {} : { strokeDash: [...options.dash] }) },
      encoding: { x, y: { field: 'top', type: 'quantitative', scale: null }, y2: { value: options.plotHeight }, tooltip: { field: 'label', type: 'nominal' }, description: { field: 'label', type: 'nominal' } },
    } as LayerItem,
    {
      data: { values },
      mark: { type: 'text', align, baseline: 'bottom', dx: align === 'left' ? 4 : -4, dy: -1, fontSize: FONT_SIZE.annotation, color: INK.text },
      encoding: { x, y: { field: 'top', type: 'quantitative', scale: null }, text: { field: 'label', type: 'nominal' }, description: { field: 'label', type: 'nominal' } },
    } as LayerItem,
  ];
}

/**
 * The chart drawn when there is nothing to draw (no challenger, no uncertain input): the
 * title and subtitle, and the reason in the middle of an empty plot.
 *
 * @example
 * const spec = noteChart('Histogram', ['36 months'], 'A single scenario has no difference to a baseline.', { chart: 'histogram', table: { caption: '', columns: [], rows: [] } });
 * (spec as { mark: { type: string } }).mark.type; // 'text'
 */
export function noteChart(title: string, subtitle: readonly string[], note: string, meta: ChartMeta): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title}. ${subtitle.join(' ')} ${note}`,
    title: chartTitle(title, subtitle),
    width: CHART_WIDTH_PX,
    height: 120,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    usermeta: { costmodel: meta },
    data: { values: [{ note }] },
    mark: { type: 'text', fontSize: FONT_SIZE.subtitle, color: INK.muted },
    encoding: { text: { field: 'note', type: 'nominal' }, description: { field: 'note', type: 'nominal' } },
  };
}

/**
 * A value of an uncertain input as people read it: money in the currency (whole units), a rate
 * as a percentage to two decimals, a count of months with its unit, a quantity as it is.
 *
 * @example
 * [inputValue('31373.87', 'money', 'USD'), inputValue('0.0125815', 'rate', 'USD'), inputValue('14.4721', 'quantity', 'USD'), inputValue('14', 'months', 'USD')]; // ['$31,374', '1.26%', '14.4721', '14 months']
 */
export function inputValue(value: string, kind: 'money' | 'rate' | 'quantity' | 'months' | 'exchangeRate' | undefined, currency: string): string {
  if (kind === 'money') return chartMoney(value, currency, 0, { cents: 'never' });
  if (kind === 'rate') return `${new Money(value).times(100).toDecimalPlaces(2).toString()}%`;
  if (kind === 'months') return `${value} months`;
  return value;
}

/**
 * A chart of one panel per challenger, one above the other, each titled with the challenger's
 * name when there are several; `labelRoomPx` is the room each panel needs above its plot for
 * the labels written there.
 *
 * @example
 * const panel = { name: 'Managed provider', width: 700, height: 100, layer: [{ data: { values: [{ x: 1 }] }, mark: 'point' as const }] };
 * const spec = challengerPanels('Difference', ['36 months'], { chart: 'histogram', table: { caption: '', columns: [], rows: [] } }, [panel], 26);
 * [(spec as { vconcat: unknown[] }).vconcat.length, (spec as { spacing: number }).spacing]; // [1, 44]
 */
export function challengerPanels(
  title: string,
  subtitle: readonly string[],
  meta: ChartMeta,
  panels: readonly { readonly name: string; readonly width: number; readonly height: number; readonly layer: LayerItem[] }[],
  labelRoomPx: number,
): TopLevelSpec {
  const named = (name: string, width: number) => ({ title: { text: truncateToWidth(name, width, { fontSize: FONT_SIZE.header, weight: 'bold' }), fontSize: FONT_SIZE.header, anchor: 'start' as const, frame: 'group' as const, offset: labelRoomPx } });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title}. ${subtitle.join(' ')}`,
    title: { ...chartTitle(title, subtitle), offset: labelRoomPx + 4 },
    config: chartConfig(),
    usermeta: { costmodel: meta },
    spacing: labelRoomPx + 18,
    resolve: { scale: { color: 'shared' } },
    vconcat: panels.map((panel) => ({ ...(panels.length > 1 ? named(panel.name, panel.width) : {}), width: panel.width, height: panel.height, layer: panel.layer }) as ConcatItem),
  };
}

/**
 * The title of a difference axis: what is subtracted from what, in which currency, cut to the
 * plot's width.
 *
 * @example
 * differenceTitle('Managed provider', 'Self-hosted', 'USD', 600); // 'Managed provider minus Self-hosted (USD)'
 */
export function differenceTitle(challenger: string, baseline: string, currency: string, widthPx: number): string {
  return truncateToWidth(`${challenger} minus ${baseline} (${currency})`, widthPx, { fontSize: FONT_SIZE.axisTitle, weight: 'bold' });
}
