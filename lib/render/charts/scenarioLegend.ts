import type { TopLevelSpec } from 'vega-lite';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE } from './chartTheme.js';
import { shortLabelExpr } from './fitText.js';
import { textWidth } from './textWidth.js';

/** Legend labels wider than this are shortened with an ellipsis; the full name is in the tooltips and the table. */
export const LEGEND_LABEL_MAX_PX = 260;

/** Room one legend entry needs besides its label: symbol, gap and the padding to the next entry. */
const ENTRY_EXTRA_PX = 48;

type Legend = NonNullable<Extract<NonNullable<Extract<TopLevelSpec, { layer: unknown }>['encoding']>['color'], { legend?: unknown }>['legend']>;

/**
 * A horizontal legend under the plot, as many entries to a row as fit in 800 px, long names
 * shortened, so a legend never pushes the plot narrower.
 *
 * @example
 * scenarioLegend(['Self-hosted', 'Managed provider'], 'stroke').columns; // 2
 */
export function scenarioLegend(names: readonly string[], symbol: 'stroke' | 'square'): Legend {
  const style = { fontSize: FONT_SIZE.label };
  const widest = Math.max(0, ...names.map((name) => Math.min(LEGEND_LABEL_MAX_PX, textWidth(name, style.fontSize))));
  const columns = Math.max(1, Math.min(names.length, Math.floor((CHART_WIDTH_PX - 2 * CHART_PADDING_PX) / (widest + ENTRY_EXTRA_PX))));
  const labelExpr = shortLabelExpr(names, LEGEND_LABEL_MAX_PX, style);
  return {
    title: null,
    orient: 'bottom',
    direction: 'horizontal',
    columns,
    // Labels arrive already short enough; the limit is only a safety net for vega.
    labelLimit: LEGEND_LABEL_MAX_PX + 40,
    ...(labelExpr === undefined ? {} : { labelExpr }),
    symbolType: symbol,
    symbolStrokeWidth: symbol === 'stroke' ? 3 : 0,
    symbolSize: symbol === 'stroke' ? 300 : 150,
    columnPadding: 20,
    offset: 14,
  };
}
