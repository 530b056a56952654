import type { Issue } from '../issues/issue.js';

/** Turns a file system error into an issue that says what went wrong in plain words. */
export function fileErrorIssue(path: string, error: unknown, what: string): Issue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'ENOENT'
      ? `no such ${what}`
      : code === 'EISDIR'
        ? `expected a ${what}, found a directory`
        : code === 'EACCES' || code === 'EPERM'
          ? `permission denied reading this ${what}`
          : `cannot read this ${what}: ${error instanceof Error ? error.message : String(error)}`;
  return { code: code === 'ENOENT' ? 'file-not-found' : 'unreadable-file', file: path, message };
}
