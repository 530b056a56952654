import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue, Result } from '../issues/issue.js';

/**
 * Writes an output file atomically: the content goes to a temporary file beside the target,
 * which is then renamed over it, so a reader never sees a half-written file and a failure
 * leaves the old file as it was. Refuses to overwrite any of `inputs` (the files the
 * output was computed from). Content given in parts (an iterable of strings) is written
 * part by part, so a large file never has to be held in memory whole.
 *
 * @example
 * const csv = renderComparisonCsv(compare([selfHosted, managedProvider]));
 * (await writeOutputFile('compare.csv', csv, { inputs: ['scenarios/self-hosted.json'] })).ok; // true
 * const refused = await writeOutputFile('scenarios/self-hosted.json', csv, { inputs: ['scenarios/self-hosted.json'] });
 * !refused.ok && refused.issues[0]?.code; // 'overwrites-input'
 */
export async function writeOutputFile(
  path: string,
  content: string | Uint8Array | Iterable<string>,
  options: { readonly inputs?: readonly string[] } = {},
): Promise<Result<void>> {
  const refused = overwrittenInputIssue(path, options.inputs ?? []);
  if (refused !== undefined) return { ok: false, issues: [refused] };
  const target = resolve(path);
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

/**
 * The problem with writing to `path` when it is one of `inputs` (also through a symbolic
 * link); undefined when it is none of them. {@link writeOutputFile} refuses such a path; a
 * command that runs long can ask first.
 *
 * @example
 * overwrittenInputIssue('scenarios/self-hosted.json', ['scenarios/self-hosted.json'])?.code; // 'overwrites-input'
 * overwrittenInputIssue('trials.csv', ['scenarios/self-hosted.json']); // undefined
 */
export function overwrittenInputIssue(path: string, inputs: readonly string[]): Issue | undefined {
  const target = realPathOrSelf(resolve(path));
  if (!inputs.some((input) => realPathOrSelf(resolve(input)) === target)) return undefined;
  return { code: 'overwrites-input', file: path, message: 'refusing to write the output over one of the input files; choose another output path' };
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
