// Line breaks and tabs would break the table's rows; other control characters (ESC starts
// terminal escape sequences) and bidirectional overrides could repaint or reorder what the
// reader sees, so text from scenario files never reaches the terminal with them.
const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]/g;
const CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Makes text from a scenario file safe to print on one terminal line: tabs and line breaks
 * become spaces, other control characters (escape sequences, bidi overrides) become `�`.
 *
 * @example
 * terminalText('Managed\nprovider'); // 'Managed provider'
 * terminalText('\u001b[31mRed'); // '�[31mRed'
 */
export function terminalText(text: string): string {
  return text.replace(LINE_BREAKS_AND_TABS, ' ').replace(CONTROLS, '\uFFFD');
}
