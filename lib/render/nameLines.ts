import { displayWidth, splitToWidth, truncateToWidth } from './displayWidth.js';
import { wrapText } from './wrapText.js';

/** A name's second and third lines start with this indent, so each row's name stands out. */
const NAME_INDENT = '  ';

/**
 * A name in a table's first column (already made safe for the terminal) broken into lines of
 * at most `width` columns: at spaces, and a word longer than a line where the line ends, so
 * that no line is wider than the column and two names alike but for their ends stay apart.
 * Lines after the first are indented by two spaces.
 *
 * @example
 * nameLines('Self-hosted + IT hire', 19); // ['Self-hosted + IT', '  hire']
 * nameLines('Selfhostedinfrankfurt', 10); // ['Selfhost', '  edinfran', '  kfurt']
 */
export function nameLines(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  // Any word may land on an indented line: one wider than that is cut to fit there.
  const room = Math.max(1, width - NAME_INDENT.length);
  const words = text.split(' ').flatMap((word) => (displayWidth(word) <= room ? [word] : splitToWidth(word, room)));
  return wrapText(words.join(' '), width, NAME_INDENT).map((line) => line.trimEnd());
}

/**
 * The first `limit` lines of a name, the last of them shortened by `…` when more followed.
 *
 * @example
 * atMostLines(['Managed provider with', '  a dedicated account', '  manager'], 2, 21); // ['Managed provider with', '  a dedicated accoun…']
 */
export function atMostLines(lines: readonly string[], limit: number, width: number): string[] {
  if (lines.length <= limit) return [...lines];
  const rest = lines.slice(limit - 1).map((line) => line.trimStart()).join(' ');
  return [...lines.slice(0, limit - 1), truncateToWidth(`${NAME_INDENT}${rest}`, width)];
}
