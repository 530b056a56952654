import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Issue, Result } from '../issues/issue.js';
import { outputTarget } from './outputTarget.js';
import { removeStaleTemporaryFiles, temporaryFileFor } from './temporaryFiles.js';

/**
 * Writes an output file atomically: the content goes to a temporary file beside the target,
 * which is then renamed over it, so a reader never sees a half-written file and a failure
 * leaves the old file as it was. Writes regular files only and never over any of `inputs`
 * (the files the output was computed from), compared by device and inode, so that a link to
 * an input is refused too.
 * A symbolic link to a regular file is written through, and stays a link. The temporary file
 * is removed when the write fails or the process gets SIGINT or SIGTERM; one left by a killed
 * process is removed by the next write to the same target. Content given in parts (an
 * iterable of strings) is written part by part, so a large file never has to be held in
 * memory whole.
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
  const staged = await stageOutputFile(path, content, options);
  return staged.ok ? staged.value.commit() : staged;
}

/**
 * An output file written beside its target and not yet in place (see {@link stageOutputFile}):
 * `commit` renames it over the target, `discard` removes it. Each does its work once; after
 * `commit`, `discard` does nothing, and after `discard`, `commit` says the file was not written.
 *
 * @example
 * const staged = await stageOutputFile('comparison.md', '# Comparison\n');
 * if (staged.ok) await staged.value.discard();
 * (await readTextFile('comparison.md', 'report')).ok; // false
 */
export type StagedOutput = {
  /** The path as it was given. */
  readonly path: string;
  readonly commit: () => Promise<Result<void>>;
  readonly discard: () => Promise<void>;
};

/**
 * {@link writeOutputFile} in two steps, for a program that writes several files or none: the
 * content is written, with the same checks, to a temporary file beside the target, and is put
 * in place only by `commit`. A command with several outputs stages them all, and commits them
 * only when every one is written, so that a failure leaves every earlier file as it was. Until
 * it is committed or discarded, the temporary file is removed on SIGINT or SIGTERM.
 *
 * @example
 * const staged = await stageOutputFile('compare.csv', 'name,total\n', { inputs: ['scenarios/self-hosted.json'] });
 * staged.ok && (await staged.value.commit()).ok; // true
 */
export async function stageOutputFile(
  path: string,
  content: string | Uint8Array | Iterable<string>,
  options: { readonly inputs?: readonly string[] } = {},
): Promise<Result<StagedOutput>> {
  const target = outputTarget(path, options.inputs ?? []);
  if (!target.ok) return target;
  removeStaleTemporaryFiles(target.value);
  const temporary = temporaryFileFor(target.value);
  try {
    await writeFile(temporary.path, content, { flag: 'wx' });
  } catch (error) {
    await rm(temporary.path, { force: true }).catch(() => undefined);
    temporary.release();
    return { ok: false, issues: [writeErrorIssue(path, error)] };
  }
  let settled: 'committed' | 'discarded' | undefined;
  return {
    ok: true,
    value: {
      path,
      commit: async () => {
        if (settled === 'committed') return { ok: true, value: undefined };
        if (settled === 'discarded') return { ok: false, issues: [{ code: 'unwritable-output', file: path, message: 'cannot write the output file: it was discarded' }] };
        settled = 'committed';
        try {
          await rename(temporary.path, target.value);
          return { ok: true, value: undefined };
        } catch (error) {
          await rm(temporary.path, { force: true }).catch(() => undefined);
          return { ok: false, issues: [writeErrorIssue(path, error)] };
        } finally {
          temporary.release();
        }
      },
      discard: async () => {
        if (settled !== undefined) return;
        settled = 'discarded';
        await rm(temporary.path, { force: true }).catch(() => undefined);
        temporary.release();
      },
    },
  };
}

function writeErrorIssue(path: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? // A folder that exists and takes no new file (such as /proc) says ENOENT too.
        existsSync(dirname(path))
        ? 'no file can be created in its folder'
        : 'its directory does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : error instanceof Error
            ? error.message
            : String(error);
  return { code: 'unwritable-output', file: path, message: `cannot write the output file: ${reason}` };
}
