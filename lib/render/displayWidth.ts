// Created on first use: building a Segmenter costs milliseconds that `import 'costmodel'` should not pay.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' }));

// East Asian Wide and Fullwidth blocks (Hangul Jamo, CJK, Hiragana/Katakana, Hangul
// syllables, fullwidth forms): what a terminal draws in two columns.
const WIDE = /^[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;

/**
 * The number of terminal columns a string takes: one per user-perceived character
 * (grapheme), two for East Asian wide characters and emoji, none for combining marks and
 * invisible format characters. An approximation of POSIX `wcswidth` that is good enough to
 * line up scenario names, without a dependency.
 *
 * @example
 * displayWidth('Managed provider'); // 16
 * // also when the é is an e plus a combining accent
 * displayWidth('Café'); // 4
 * displayWidth('Cafe\u0301'); // 4
 * displayWidth('東京'); // 4
 */
export function displayWidth(text: string): number {
  if (takesOneColumnEach(text)) return text.length;
  let width = 0;
  for (const grapheme of graphemesOf(text)) width += graphemeWidth(grapheme);
  return width;
}

/**
 * Text of characters each of which is a grapheme of its own, one column wide — printable
 * ASCII and Latin-1 (but the soft hyphen), general punctuation (dashes, quotes, `…`),
 * currency signs, arrows and mathematical operators — is as wide as it is long: the
 * Segmenter, whose first use loads ICU's break rules, is not needed to measure it.
 */
/**
 * Whether every character of a text takes one column of a terminal (printable ASCII, Latin-1
 * letters and the common punctuation, currency signs and arrows): its width is its length,
 * and so is that of each part of it.
 *
 * @example
 * [takesOneColumnEach('Self-hosted: 48,000.00 €'), takesOneColumnEach('東京'), takesOneColumnEach('e\u0301')]; // [true, false, false]
 */
export function takesOneColumnEach(text: string): boolean {
  return ONE_COLUMN_EACH.test(text);
}

const ONE_COLUMN_EACH = /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u00FF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2190-\u22FF]*$/;
/** Text is segmented this many UTF-16 units at a time. */
const WINDOW = 256;

/**
 * The graphemes of a text, in time linear in its length. Intl.Segmenter takes time
 * proportional to the text for each grapheme it gives (a 100,000-character name took 40
 * seconds to lay out), so the text is segmented a window at a time: every grapheme of a
 * window but the last is whole, since a grapheme's end depends only on what comes before
 * it; the last may go on, so the next window starts with it.
 */
function* graphemesOf(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    const window = text.slice(start, start + WINDOW);
    const segments = Array.from(graphemes().segment(window), ({ segment }) => segment);
    const whole = start + window.length >= text.length || segments.length === 1 ? segments : segments.slice(0, -1);
    yield* whole;
    start += whole.reduce((length, segment) => length + segment.length, 0);
  }
}

/**
 * Shortens a string to at most `width` columns, ending it with `…` when something was cut
 * (after any space the cut left at the end).
 *
 * @example
 * truncateToWidth('Managed provider with on-call', 12); // 'Managed pro…'
 * truncateToWidth('Managed provider with on-call', 9); // 'Managed…'
 * truncateToWidth('Self-hosted', 12); // 'Self-hosted'
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  // "redundant …" reads as a lost word; "redundant…" as a shortened name.
  if (ONE_COLUMN_EACH.test(text)) return `${text.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
  let kept = '';
  let keptWidth = 0;
  for (const segment of graphemesOf(text)) {
    const next = graphemeWidth(segment);
    if (keptWidth + next > width - 1) break;
    kept += segment;
    keptWidth += next;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * Cuts text into pieces of at most `width` terminal columns each (at least one grapheme
 * each, so a grapheme wider than `width` is a piece of its own): a word too long for any
 * line, broken where lines end.
 *
 * @example
 * splitToWidth('Frankfurt-am-Main', 8); // ['Frankfur', 't-am-Mai', 'n']
 * splitToWidth('東京データ', 4); // ['東京', 'デー', 'タ']
 */
export function splitToWidth(text: string, width: number): string[] {
  const pieces: string[] = [];
  if (ONE_COLUMN_EACH.test(text)) {
    for (let start = 0; start < text.length; start += Math.max(1, width)) pieces.push(text.slice(start, start + Math.max(1, width)));
    return pieces;
  }
  let piece = '';
  let pieceWidth = 0;
  for (const segment of graphemesOf(text)) {
    const next = graphemeWidth(segment);
    if (piece !== '' && pieceWidth + next > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += segment;
    pieceWidth += next;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Pads text with spaces to `width` terminal columns: on the right for `left` alignment
 * (names), on the left for `right` alignment (numbers). Text already as wide stays as is.
 *
 * @example
 * padToWidth('48,000.00', 12, 'right'); // '   48,000.00'
 * padToWidth('Self-hosted', 14, 'left'); // 'Self-hosted   '
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right'): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + padding : padding + text;
}

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (WIDE.test(grapheme) || EMOJI.test(grapheme)) return 2;
  return 1;
}
