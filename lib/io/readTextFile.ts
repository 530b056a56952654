import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Issue, Result } from '../issues/issue.js';
import { decodeText } from './decodeText.js';
import { fileErrorIssue } from './fileErrorIssue.js';
import { INPUT_FILE_LIMITS, type InputFormat } from './inputLimits.js';

const CHUNK_BYTES = 1024 * 1024;

/**
 * The text of a UTF-8 file, for a parser in the core; a missing or unreadable file is an
 * issue naming it, `what` saying what the file was to be ("CSV file", "decision record").
 * So is a file over the size limit of its `format` (`INPUT_FILE_LIMITS`; default CSV),
 * which is never read whole: a device that never ends is read up to the limit, a larger
 * regular file not at all. Text that is not UTF-8 is an issue naming its first bad byte.
 *
 * @example
 * const read = await readTextFile('scenarios/actuals/self-hosted-2009-05-to-2010-04.csv', 'CSV file');
 * read.ok && read.value.split('\n')[0]; // 'Month,Scenario,Item,Amount'
 * const missing = await readTextFile('decision.json', 'decision record', 'json');
 * missing.ok ? '' : missing.issues.map(formatIssue); // ['decision.json: no such decision record']
 */
export async function readTextFile(path: string, what: string, format: InputFormat = 'csv'): Promise<Result<string>> {
  // A regular file is read at once, without a round trip through the thread pool per call:
  // reading a thousand small scenario files took longer than modelling them. Opening does not
  // wait for a writer (O_NONBLOCK), so a FIFO or a device is found out here and read as a stream.
  let regular: Result<string> | undefined;
  try {
    regular = readRegularFileSync(path, format);
  } catch (error) {
    return { ok: false, issues: [fileErrorIssue(path, error, what)] };
  }
  return regular ?? readStream(path, what, format);
}

/** The file read synchronously when it is a regular file; undefined for anything else (left to {@link readStream}). */
function readRegularFileSync(path: string, format: InputFormat): Result<string> | undefined {
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return undefined;
    return readDescriptorSync(descriptor, stats, path, format);
  } finally {
    closeSync(descriptor);
  }
}

/** A file that is not a regular file (a device, a FIFO), read a megabyte at a time without blocking the process. */
async function readStream(path: string, what: string, format: InputFormat): Promise<Result<string>> {
  const limit = INPUT_FILE_LIMITS[format];
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      if (stats.isFile() && stats.size > limit) return tooLarge(path, format);
      const chunkBytes = chunkBytesFor(stats);
      for (;;) {
        const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(chunkBytes), 0, chunkBytes, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > limit) return tooLarge(path, format);
        chunks.push(buffer.subarray(0, bytesRead));
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, issues: [fileErrorIssue(path, error, what)] };
  }
  return decodeText(Buffer.concat(chunks, total), path, format);
}

/**
 * {@link readTextFile} for a caller that cannot wait: the command line's `--config` file,
 * which its parser reads synchronously.
 *
 * @example
 * const read = readTextFileSync('scenarios/self-hosted.json', 'config file', 'json');
 * read.ok && JSON.parse(read.value).name; // 'Self-hosted'
 */
export function readTextFileSync(path: string, what: string, format: InputFormat = 'csv'): Result<string> {
  try {
    const descriptor = openSync(path, 'r');
    try {
      return readDescriptorSync(descriptor, fstatSync(descriptor), path, format);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    return { ok: false, issues: [fileErrorIssue(path, error, what)] };
  }
}

/** The text of an open file, read synchronously up to the size limit of its format. */
function readDescriptorSync(descriptor: number, stats: { isFile(): boolean; size: number }, path: string, format: InputFormat): Result<string> {
  const limit = INPUT_FILE_LIMITS[format];
  if (stats.isFile() && stats.size > limit) return tooLarge(path, format);
  const chunkBytes = chunkBytesFor(stats);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    const bytesRead = readSync(descriptor, chunk);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limit) return tooLarge(path, format);
    chunks.push(chunk.subarray(0, bytesRead));
    // A regular file read to the size it had, with room to spare in the chunk, is at its end:
    // no second read to be told so (a thousand scenario files, a thousand reads fewer). A file
    // that grew fills the chunk, and is read on; one that says it has no size (a file of /proc)
    // is read until a read finds nothing.
    if (stats.isFile() && stats.size > 0 && total >= stats.size && bytesRead < chunkBytes) break;
  }
  return decodeText(chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, total), path, format);
}

/** A small regular file is read in one go (and a read that finds its end); anything else a megabyte at a time. */
function chunkBytesFor(stats: { isFile(): boolean; size: number }): number {
  return stats.isFile() ? Math.min(Math.max(stats.size + 1, 4096), CHUNK_BYTES) : CHUNK_BYTES;
}

function tooLarge(path: string, format: InputFormat): { ok: false; issues: Issue[] } {
  const megabytes = INPUT_FILE_LIMITS[format] / (1024 * 1024);
  return { ok: false, issues: [{ code: 'file-too-large', file: path, message: `the file is larger than ${megabytes} MB, the most costmodel reads from a ${format.toUpperCase()} file; is it the right file?` }] };
}
