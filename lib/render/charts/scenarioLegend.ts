import type { TopLevelSpec } from 'vega-lite';
import { FONT_SIZE } from './chartTheme.js';
import { shortLabelExpr } from './fitText.js';
import { textWidth } from './textWidth.js';

/**
 * Legend labels wider than this are shortened with an ellipsis; the full name is in the tooltips and the table.
 *
 * @example
 * scenarioLegend(['Self-hosted'], 'square', 700).labelLimit === LEGEND_LABEL_MAX_PX + 40; // true
 */
export const LEGEND_LABEL_MAX_PX = 260;

/** Room one legend entry needs besides its label: symbol, gap and the padding to the next entry. */
const ENTRY_EXTRA_PX = 48;

type Legend = NonNullable<Extract<NonNullable<Extract<TopLevelSpec, { layer: unknown }>['encoding']>['color'], { legend?: unknown }>['legend']>;

/**
 * A horizontal legend under the plot, as many entries to a row as fit in the plot's width
 * (`widthPx`; vega-lite starts the legend where the plot starts), long names shortened, so a
 * legend never makes the chart wider.
 *
 * @example
 * scenarioLegend(['Self-hosted', 'Managed provider'], 'stroke', 700).columns; // 2
 * scenarioLegend(['A long scenario name of some length', 'Another long scenario name'], 'stroke', 400).columns; // 1
 */
export function scenarioLegend(names: readonly string[], symbol: 'stroke' | 'square', widthPx: number): Legend {
  const style = { fontSize: FONT_SIZE.label };
  const labelMax = Math.min(LEGEND_LABEL_MAX_PX, widthPx - ENTRY_EXTRA_PX);
  const widest = Math.max(0, ...names.map((name) => Math.min(labelMax, textWidth(name, style.fontSize))));
  const columns = Math.max(1, Math.min(names.length, Math.floor(widthPx / (widest + ENTRY_EXTRA_PX))));
  const labelExpr = shortLabelExpr(names, labelMax, style);
  return {
    title: null,
    orient: 'bottom',
    direction: 'horizontal',
    columns,
    // Labels arrive already short enough; the limit is only a safety net for vega.
    labelLimit: labelMax + 40,
    ...(labelExpr === undefined ? {} : { labelExpr }),
    symbolType: symbol,
    symbolStrokeWidth: symbol === 'stroke' ? 3 : 0,
    symbolSize: symbol === 'stroke' ? 300 : 150,
    columnPadding: 20,
    offset: 14,
  };
}
