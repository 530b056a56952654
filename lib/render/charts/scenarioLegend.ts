import type { TopLevelSpec } from 'vega-lite';
import { CHART_WIDTH_PX, FONT_SIZE } from './chartTheme.js';
import { textWidth } from './textWidth.js';

/** Legend labels longer than this are cut with an ellipsis; the full name is in the tooltips and the table. */
export const LEGEND_LABEL_LIMIT_PX = 260;

/** Room one legend entry needs besides its label: symbol, gap and the padding to the next entry. */
const ENTRY_EXTRA_PX = 48;

type AnyLegend = Extract<NonNullable<Extract<TopLevelSpec, { layer: unknown }>['encoding']>['color'], { legend?: unknown }>['legend'];

/**
 * A horizontal legend under the plot, as many entries to a row as fit in 800 px, so long
 * names never push the plot narrower.
 *
 * @example
 * scenarioLegend(['Self-hosted', 'Managed provider'], 'stroke').columns; // 2
 */
export function scenarioLegend(names: readonly string[], symbol: 'stroke' | 'square'): NonNullable<AnyLegend> {
  const widest = Math.max(0, ...names.map((name) => Math.min(LEGEND_LABEL_LIMIT_PX, textWidth(name, FONT_SIZE.label))));
  const columns = Math.max(1, Math.min(names.length, Math.floor((CHART_WIDTH_PX - 24) / (widest + ENTRY_EXTRA_PX))));
  return {
    title: null,
    orient: 'bottom',
    direction: 'horizontal',
    columns,
    labelLimit: LEGEND_LABEL_LIMIT_PX,
    symbolType: symbol,
    symbolStrokeWidth: symbol === 'stroke' ? 3 : 0,
    symbolSize: symbol === 'stroke' ? 300 : 150,
    columnPadding: 20,
    offset: 14,
  };
}
