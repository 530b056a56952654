import { createRequire } from 'node:module';
import type * as CsvStringify from 'csv-stringify/sync';

// Loaded on first use, so `costmodel compare` and `import 'costmodel'` do not pay for it
// unless CSV is written.
let stringify: typeof CsvStringify.stringify | undefined;

/** RFC 4180's record separator: CRLF, which every spreadsheet and CSV library reads. */
export const CSV_RECORD_DELIMITER = '\r\n';

/**
 * Writes rows of cells as RFC 4180 CSV: comma-separated, CRLF after every record, and a
 * cell quoted (with `"` doubled) when it holds a comma, a quote or a line break. A cell
 * holding a semicolon or a tab is quoted as well: a spreadsheet that guesses `;` or tab as
 * the separator (many European locales do) would otherwise split it into new cells, one
 * of which could start a formula. Cells must already be safe (see {@link csvSafeText}).
 *
 * @example
 * stringifyCsv([['scenario', 'total'], ['Self-hosted', '144000.00']]); // 'scenario,total\r\nSelf-hosted,144000.00\r\n'
 */
export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  stringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as typeof CsvStringify).stringify;
  return stringify(rows as string[][], {
    record_delimiter: CSV_RECORD_DELIMITER,
    // csv-stringify stops quoting a lone \n or \r once record_delimiter is set, which would
    // split a name with a line break into two records: RFC 4180 wants any line break quoted.
    quote_record_delimiter: true,
    quoted_match: /[;\t]/,
  });
}
