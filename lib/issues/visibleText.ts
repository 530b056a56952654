// Control characters, bidirectional overrides and lone surrogates, in a problem's message.
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * A line of text made safe for a terminal: control characters (escape sequences could
 * repaint the screen), bidirectional overrides and lone surrogates written as `\uXXXX`
 * escapes, so they are seen rather than obeyed.
 *
 * @example
 * visibleText('no scenario is named "Self\u001b[2J"'); // 'no scenario is named "Self\\u001b[2J"'
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
