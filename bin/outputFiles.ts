import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Issue } from '../lib/issues/issue.js';
import { overwrittenInputIssue } from '../lib/io/writeOutputFile.js';

/**
 * The files a command will write that have no folder to go to, as problems: asked before
 * anything is computed, so a long run does not end in "cannot write". Standard output (`-`)
 * always has somewhere to go.
 */
export function missingFolderIssues(files: readonly string[]): Issue[] {
  return files
    .filter((file) => file !== '-' && !isDirectory(dirname(resolve(file))))
    .map((file) => ({ code: 'unwritable-file', file, message: 'cannot write the output file: its directory does not exist' }));
}

/**
 * Everything that would keep `files` from being written, before anything is computed: a
 * missing folder, a folder where the file should be, or one of the `inputs` (which is never
 * written over).
 */
export function outputFileIssues(files: readonly string[], inputs: readonly string[]): Issue[] {
  const written = files.filter((file) => file !== '-');
  const overwritten = written.flatMap((file) => [overwrittenInputIssue(file, inputs)].filter((issue) => issue !== undefined));
  const folders = written.filter((file) => isDirectory(file)).map((file): Issue => ({ code: 'unwritable-output', file, message: 'cannot write the output file: it is a directory' }));
  return [...missingFolderIssues(files), ...folders, ...overwritten];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
