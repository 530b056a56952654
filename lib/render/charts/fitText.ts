import { textWidth, type FontWeight } from './textWidth.js';

/**
 * How a piece of chart text is set: size in pixels and weight.
 *
 * @example
 * const style: TextStyle = { fontSize: 18, weight: 'bold' };
 * wrapToWidth('Cumulative cost', 400, style); // ['Cumulative cost']
 */
export type TextStyle = { readonly fontSize: number; readonly weight?: FontWeight };

const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than `maxWidthPx` at spaces, measured in the charts' font.
 * A word wider than a line is cut with an ellipsis rather than overflowing.
 *
 * @example
 * wrapToWidth('Managed provider never breaks even against Self-hosted within 36 months', 200, { fontSize: 13 });
 * // ['Managed provider never breaks even', 'against Self-hosted within 36', 'months']
 */
export function wrapToWidth(text: string, maxWidthPx: number, style: TextStyle): string[] {
  const fits = (line: string) => textWidth(line, style.fontSize, style.weight) <= maxWidthPx;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = fits(word) ? word : truncateToWidth(word, maxWidthPx, style);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Shortens text to fit `maxWidthPx`, ending it with an ellipsis; text that fits is returned as is.
 *
 * @example
 * truncateToWidth('Self-hosted with a very long descriptive name', 120, { fontSize: 12 }); // 'Self-hosted with a ver…'
 * truncateToWidth('Self-hosted', 120, { fontSize: 12 }); // 'Self-hosted'
 */
export function truncateToWidth(text: string, maxWidthPx: number, style: TextStyle): string {
  const width = (t: string) => textWidth(t, style.fontSize, style.weight);
  if (width(text) <= maxWidthPx) return text;
  const characters = [...text];
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (width(characters.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidthPx) low = mid;
    else high = mid - 1;
  }
  return characters.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/**
 * A Vega label expression that shows each name too wide for `maxWidthPx` shortened with an
 * ellipsis, and every other label as is; undefined when every name fits. costmodel shortens
 * labels itself rather than through vega's `labelLimit`, so vega sizes the layout by the text
 * it actually draws.
 *
 * @example
 * shortLabelExpr(['Self-hosted'], 200, { fontSize: 12 }); // undefined
 * shortLabelExpr(['A name far too long to fit in eighty pixels'], 80, { fontSize: 12 });
 * // '{"A name far too long to fit in eighty pixels":"A name far to…"}[datum.label] || datum.label'
 */
export function shortLabelExpr(names: readonly string[], maxWidthPx: number, style: TextStyle): string | undefined {
  const shortened = names.filter((name) => textWidth(name, style.fontSize, style.weight) > maxWidthPx).map((name) => [name, truncateToWidth(name, maxWidthPx, style)]);
  if (shortened.length === 0) return undefined;
  return `${JSON.stringify(Object.fromEntries(shortened))}[datum.label] || datum.label`;
}
