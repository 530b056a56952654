import { displayWidth, takesOneColumnEach } from './displayWidth.js';

/**
 * Breaks a line of prose into lines of at most `width` columns at spaces; lines after the
 * first start with `indent`. Text that does not fit on one line also breaks after each
 * sentence, so a heading like "… not discounted. Baseline: Self-hosted." keeps its
 * sentences whole. A word longer than the width gets a line of its own.
 *
 * @example
 * wrapText('Managed provider never breaks even against Self-hosted within 36 months.', 40, '  ');
 * // ['Managed provider never breaks even', '  against Self-hosted within 36 months.']
 * wrapText('2 scenarios over 36 months. Baseline: Self-hosted.', 40, '  ');
 * // ['2 scenarios over 36 months.', '  Baseline: Self-hosted.']
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  // A text whose every character takes one column: so does each of its words.
  const measure = takesOneColumnEach(text) ? lengthOf : displayWidth;
  if (measure(text) <= width) return [text];
  const words = text.split(' ');
  const lines: string[] = [];
  let line = words[0] ?? '';
  // The line's width is kept as it grows, not measured again for every word: linear time.
  let lineWidth = measure(line);
  const indentWidth = displayWidth(indent);
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as string;
    const endsSentence = '.!?'.includes(line.charAt(line.length - 1) || ' ') && word !== '';
    const wordWidth = measure(word);
    if (!endsSentence && lineWidth + 1 + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
    } else {
      lines.push(line);
      line = indent + word;
      lineWidth = indentWidth + wordWidth;
    }
  }
  lines.push(line);
  return lines;
}

function lengthOf(text: string): number {
  return text.length;
}
