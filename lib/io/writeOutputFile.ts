import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue, Result } from '../issues/issue.js';

/**
 * Writes an output file atomically: the content goes to a temporary file beside the target,
 * which is then renamed over it, so a reader never sees a half-written file and a failure
 * leaves the old file as it was. Refuses to overwrite any of `inputs` (the files the
 * output was computed from).
 *
 * @example
 * const csv = renderComparisonCsv(compare([selfHosted, managedProvider]));
 * (await writeOutputFile('compare.csv', csv, { inputs: ['scenarios/self-hosted.json'] })).ok; // true
 * const refused = await writeOutputFile('scenarios/self-hosted.json', csv, { inputs: ['scenarios/self-hosted.json'] });
 * !refused.ok && refused.issues[0]?.code; // 'overwrites-input'
 */
export async function writeOutputFile(
  path: string,
  content: string | Uint8Array,
  options: { readonly inputs?: readonly string[] } = {},
): Promise<Result<void>> {
  const target = resolve(path);
  const targetReal = realPathOrSelf(target);
  for (const input of options.inputs ?? []) {
    if (realPathOrSelf(resolve(input)) === targetReal) {
      return { ok: false, issues: [{ code: 'overwrites-input', file: path, message: 'refusing to write the output over one of the input files; choose another output path' }] };
    }
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${(temporaryCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
    return { ok: true, value: undefined };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return { ok: false, issues: [writeErrorIssue(path, error)] };
  }
}

/** Makes temporary names unique within the process; the `wx` flag guards against any clash. */
let temporaryCounter = 0;

function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function writeErrorIssue(path: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'its directory does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : error instanceof Error
            ? error.message
            : String(error);
  return { code: 'unwritable-output', file: path, message: `cannot write the output file: ${reason}` };
}
