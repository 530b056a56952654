import { isUtf8 } from 'node:buffer';
import type { Issue, Result } from '../issues/issue.js';
import type { InputFormat } from './inputLimits.js';

/** How to save a file as UTF-8: a CSV file usually comes from a spreadsheet, a JSON file from an editor. */
const SAVE_AS_UTF8: Record<InputFormat, string> = {
  csv: 'save it as UTF-8 (a spreadsheet\'s "CSV UTF-8")',
  json: 'save it as UTF-8 (in an editor, the encoding UTF-8)',
};

/**
 * The text of a file's bytes, which must be UTF-8 (a byte order mark is kept for the parser
 * to skip). Bytes that are not UTF-8 are an error naming the first, with its line, rather
 * than text with `�` in it; UTF-16, as some spreadsheets save, is told by its byte order mark
 * or its zero bytes, and gets the advice to save the file as UTF-8: for a `csv` file, as a
 * spreadsheet's "CSV UTF-8".
 *
 * @example
 * const latin1 = decodeText(Uint8Array.of(0x43, 0x61, 0x66, 0xe9), 'a.csv');
 * latin1.ok ? latin1.value : latin1.issues.map(formatIssue);
 * // ['a.csv:1: the file is not UTF-8 text: byte 4 (0xE9) does not start a UTF-8 character; save the file as UTF-8']
 */
export function decodeText(bytes: Uint8Array, file: string, format: InputFormat = 'csv'): Result<string> {
  const fail = (issue: Omit<Issue, 'code' | 'file'>): Result<string> => ({ ok: false, issues: [{ code: 'invalid-encoding', file, ...issue }] });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail({ message: `the file is UTF-16 text (it starts with a UTF-16 byte order mark); ${SAVE_AS_UTF8[format]}` });
  }
  if (looksLikeUtf16(bytes)) return fail({ message: `the file is UTF-16 text (every other byte is zero); ${SAVE_AS_UTF8[format]}` });
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fail({ line, message: `the file is not UTF-8 text: byte ${offset + 1} (0x${byte}) does not start a UTF-8 character; save the file as UTF-8` });
  }
  return { ok: true, value: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

/** Text in UTF-16 has a zero byte beside every ASCII character: more than a quarter of its first bytes. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const start = bytes.subarray(0, 4096);
  // Text saved as UTF-8 has no zero byte: found out without a loop over its bytes.
  if (start.indexOf(0) < 0) return false;
  let zeros = 0;
  for (let i = 0; i < start.length; i++) if (start[i] === 0) zeros++;
  return start.length >= 2 && zeros * 4 > start.length;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
