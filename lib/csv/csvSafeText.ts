// OWASP's list (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting
// with one of these is a formula (or becomes one after a spreadsheet drops the tab or
// carriage return). Apple Numbers also reads the fullwidth forms ＝ ＋ － ＠ as their ASCII
// counterparts, so those are protected too, like csv-stringify's `escape_formulas` does.
// Spreadsheets also drop leading spaces before reading a formula, so " =1+1" is one too.
const FORMULA_START = /^[\s\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Protects a text cell of a CSV file against formula injection: text that a spreadsheet
 * would run as a formula gets a leading apostrophe, which spreadsheets read as "this is
 * text". Only for text: numbers are written as they are (a difference of `-3000.00` is a
 * number, not a formula).
 *
 * @example
 * csvSafeText('=HYPERLINK("http://x","click")'); // '\'=HYPERLINK("http://x","click")'
 * csvSafeText(' =1+1'); // "' =1+1"
 * csvSafeText('Self-hosted'); // 'Self-hosted'
 */
export function csvSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text a cell written by {@link csvSafeText} holds: the apostrophe it put before a formula
 * taken off again, any other text as it is. For reading back what costmodel wrote (a FOCUS
 * forecast read as actual spending), so a name that starts with `-` or `+` is the same name.
 * (A text that itself starts with an apostrophe and a formula character, `'=1`, reads back
 * without its apostrophe.)
 *
 * @example
 * csvTextOf("'-Legacy rack"); // '-Legacy rack'
 * csvTextOf("'quoted"); // "'quoted"
 */
export function csvTextOf(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
