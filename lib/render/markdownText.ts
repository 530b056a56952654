// Characters that start Markdown syntax anywhere in a line: emphasis, code, links, raw
// HTML and entities, tables, strikethrough, math. Any ASCII punctuation may be
// backslash-escaped in CommonMark, so escaping is always safe; these are escaped so that
// names still read well in the Markdown source.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&$]/g;
// What only means something at the start of a line — a heading, a list item, a setext
// underline — matters too, because a name starts each list item of the summary.
const LINE_START_SPECIAL = /^([#+=-]|\d+(?=[.)]))/;
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Escapes text from a scenario file for GitHub-flavoured Markdown, so that it shows as
 * written inside a paragraph, a list item or a table cell: special characters are
 * backslash-escaped and line breaks become spaces.
 *
 * @example
 * markdownText('Cloud | *spot*'); // 'Cloud \\| \\*spot\\*'
 * markdownText('1. Option'); // '1\\. Option'
 */
export function markdownText(text: string): string {
  const escaped = text.replace(LINE_BREAKS, ' ').replace(INLINE_SPECIAL, '\\$&');
  return escaped.replace(LINE_START_SPECIAL, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/**
 * Escapes text for the inside of a Markdown table cell, which never starts a line: only the
 * inline special characters are escaped (so `+1,341,000.00` and `0.00` stay as written).
 *
 * @example
 * markdownCellText('+1,341,000.00'); // '+1,341,000.00'
 * markdownCellText('Cloud | *spot*'); // 'Cloud \\| \\*spot\\*'
 */
export function markdownCellText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INLINE_SPECIAL, '\\$&');
}
