import { displayWidth, splitToWidth, truncateToWidth } from './displayWidth.js';

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
 * nameLines('Selfhostedinfrankfurt', 10); // ['Selfhosted', '  infrankf', '  urt']
 * nameLines('Hetzner Cloud', 8); // ['Hetzner', '  Cloud']
 */
export function nameLines(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  // The first line has the whole width; the others lose the indent.
  const room = () => (lines.length === 0 ? width : Math.max(1, width - NAME_INDENT.length));
  const end = () => {
    lines.push(lines.length === 0 ? line : NAME_INDENT + line);
    line = '';
    lineWidth = 0;
  };
  for (const word of text.split(' ')) {
    const wordWidth = displayWidth(word);
    if (line !== '' && lineWidth + 1 + wordWidth <= room()) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (line !== '') end();
    if (wordWidth <= room()) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // A word wider than a whole line is cut where each line ends, with no space put between its
    // pieces: this line's room first, then the indented lines' (each a single pass over the word).
    const [head = word] = splitToWidth(word, room());
    const pieces = [head, ...splitToWidth(word.slice(head.length), Math.max(1, width - NAME_INDENT.length))];
    for (const piece of pieces.slice(0, -1)) {
      line = piece;
      end();
    }
    line = pieces[pieces.length - 1] ?? '';
    lineWidth = displayWidth(line);
  }
  if (line !== '' || lines.length === 0) end();
  return lines.map((each) => each.trimEnd());
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
