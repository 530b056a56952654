/**
 * The only reader of CSV text in costmodel (the actuals file, a driver's values):
 *
 *   text ─▶ one kind of line end ─▶ csv-parse (loaded on first use) ─▶ records: the cells
 *     of each row, without spaces around them, with the physical line the row starts on
 *
 * What the cells mean is for the readers of each kind of file; this file only knows CSV.
 */
import { createRequire } from 'node:module';
import type * as CsvParse from 'csv-parse/sync';
import type { Result } from '../issues/issue.js';

// Loaded on first use: only actuals and CSV drivers need it, and `import 'costmodel'` should not pay for it.
let parse: typeof CsvParse.parse | undefined;

/**
 * One row of a CSV file: its cells, without spaces around them (inside quotes too), and
 * the physical line it starts on (1-based; a quoted cell may hold line breaks, so a row can
 * span several lines).
 *
 * @example
 * const record: CsvRecord = { line: 2, cells: ['2009-05', 'Self-hosted', '4000.00'] };
 * record.cells.length; // 3
 */
export type CsvRecord = { readonly line: number; readonly cells: readonly string[] };

/** What csv-parse gives for a row with the options below. */
type ParsedRecord = { readonly record: readonly string[]; readonly raw: string; readonly info: { readonly lines: number } };

const OPTIONS = { bom: true, info: true, raw: true, record_delimiter: '\n', skip_empty_lines: true, relax_column_count: true, trim: true } as const;

/**
 * Splits CSV text into rows of cells, each with the line it starts on. A byte order mark,
 * CRLF (or CR) line ends, blank lines and spaces around cells are tolerated; rows may have
 * different numbers of cells. Broken quoting is an issue (code `invalid-csv`) at the line of the row where the
 * quote was opened, in plain words; the caller adds the file.
 *
 * @example
 * parseCsv('\uFEFFmonth,customers\r\n\r\n2009-05, 200\r\n');
 * // { ok: true, value: [{ line: 1, cells: ['month', 'customers'] }, { line: 3, cells: ['2009-05', '200'] }] }
 *
 * @example
 * parseCsv('month,customers\n2009-05,"200\n2009-06,210\n');
 * // { ok: false, issues: [{ code: 'invalid-csv', line: 2, message: 'invalid CSV: a quote opened in this row is never closed; end every quoted cell with a quote (write "" for a quote inside it)' }] }
 */
export function parseCsv(text: string): Result<CsvRecord[]> {
  let parsed: readonly unknown[];
  try {
    parse ??= (createRequire(import.meta.url)('csv-parse/sync') as typeof CsvParse).parse;
    // One kind of line end, so that csv-parse counts lines as an editor does.
    parsed = parse(text.replace(/\r\n?/g, '\n'), OPTIONS);
  } catch (error) {
    const { lines = 1, raw = '' } = error as { lines?: number; raw?: string };
    return { ok: false, issues: [{ code: 'invalid-csv', line: startLine(raw, lines), message: csvErrorMessage(error) }] };
  }
  return { ok: true, value: parsed.map(csvRecord) };
}

function csvRecord(parsed: unknown): CsvRecord {
  if (!isParsedRecord(parsed)) throw new Error('csv-parse returned a row without its raw text and line count');
  // Trimmed inside quotes too: a spreadsheet's " 4000 " is 4000.
  return { line: startLine(parsed.raw, parsed.info.lines), cells: parsed.record.map((cell) => cell.trim()) };
}

function isParsedRecord(value: unknown): value is ParsedRecord {
  if (typeof value !== 'object' || value === null || !('record' in value && 'raw' in value && 'info' in value)) return false;
  const { record, raw, info } = value;
  return Array.isArray(record) && record.every((cell) => typeof cell === 'string') && typeof raw === 'string' && typeof info === 'object' && info !== null && 'lines' in info && typeof info.lines === 'number';
}

/**
 * The physical line a row starts on. csv-parse counts lines up to the row's end, and its raw
 * text starts with the blank lines it skipped before it.
 */
function startLine(raw: string, endLine: number): number {
  const own = raw.replace(/^(?:[^\S\n]*\n)+/, '').replace(/\n$/, '');
  return endLine - (own.match(/\n/g)?.length ?? 0);
}

function csvErrorMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'invalid CSV: a quote opened in this row is never closed; end every quoted cell with a quote (write "" for a quote inside it)';
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return 'invalid CSV: a quoted cell has text after its closing quote; write "" for a quote inside a quoted cell';
  }
  return `invalid CSV: ${error instanceof Error ? error.message : String(error)}`;
}
