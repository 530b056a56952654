import { displayWidth } from './displayWidth.js';

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
