import { SOURCE_SANS_WIDTHS, type GlyphWidthTable } from './sourceSansWidths.js';

/**
 * The weight of the font text is set in: charts use Source Sans 3 Regular and Bold only.
 *
 * @example
 * const weight: FontWeight = 'bold';
 * textWidth('Total', 12, weight) > textWidth('Total', 12, 'regular'); // true
 */
export type FontWeight = 'regular' | 'bold';

/** Width, in em, of characters the table does not cover (CJK, emoji…): a full em, erring wide. */
const UNKNOWN_GLYPH_EM = 1;

const lookups = {
  regular: lookup(SOURCE_SANS_WIDTHS, 'regular'),
  bold: lookup(SOURCE_SANS_WIDTHS, 'bold'),
};

/**
 * The width in pixels of a line of text set in Source Sans 3 (the charts' font), from the
 * font's own advance widths: the same numbers on every machine, canvas or not. Kerning is
 * ignored, so the result errs slightly wide.
 *
 * @example
 * textWidth('Self-hosted', 12); // 57.4
 * textWidth('Self-hosted', 12, 'bold') > textWidth('Self-hosted', 12); // true
 */
export function textWidth(text: string, fontSizePx: number, weight: FontWeight = 'regular'): number {
  const widthOf = lookups[weight];
  let units = 0;
  for (const character of text) units += widthOf(character.codePointAt(0) as number);
  return Math.round((units * fontSizePx) / SOURCE_SANS_WIDTHS.unitsPerEm * 10) / 10;
}

/**
 * Whether a CSS font weight (`'bold'`, `700`, `'600'`) is set in the bold face.
 *
 * @example
 * isBoldWeight('bold'); // true
 * isBoldWeight(400); // false
 */
export function isBoldWeight(weight: string | number | undefined | null): boolean {
  if (weight === undefined || weight === null) return false;
  if (weight === 'bold' || weight === 'bolder') return true;
  const numeric = Number(weight);
  return Number.isFinite(numeric) && numeric >= 600;
}

function lookup(table: GlyphWidthTable, weight: FontWeight): (codePoint: number) => number {
  const widths = new Map<number, number>();
  for (const [first, range] of table[weight]) range.forEach((width, offset) => widths.set(first + offset, width));
  const unknown = UNKNOWN_GLYPH_EM * table.unitsPerEm;
  return (codePoint) => widths.get(codePoint) ?? unknown;
}
