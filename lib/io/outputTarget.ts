import { accessSync, constants, lstatSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Issue, Result } from '../issues/issue.js';

/**
 * The file an output path stands for, or why costmodel will not write it. costmodel writes
 * regular files only: a new file in a folder that exists, a regular file it replaces, or —
 * through a symbolic link — the regular file the link points to (the link stays a link).
 * Refused: an empty name, a missing folder (or a file named as one), a directory, a device
 * (`/dev/null`), a FIFO or a socket, a link to nothing, and any of `inputs`, compared by device
 * and inode, so that a hard or symbolic link to an input is caught. Paths are looked up as the
 * file system reads them, not as text: through a symbolic link to a folder, `link/../out.md`
 * is beside the folder the link points to. Standard output (`-`) is the caller's to handle.
 *
 * @example
 * outputTarget('comparison.csv', ['scenarios/self-hosted.json']).ok; // true
 * const refused = outputTarget('scenarios/self-hosted.json', ['scenarios/self-hosted.json']);
 * refused.ok ? [] : refused.issues.map((issue) => issue.code); // ['overwrites-input']
 */
export function outputTarget(path: string, inputs: readonly string[]): Result<string> {
  const refuse = (code: Issue['code'], reason: string): Result<string> => ({ ok: false, issues: [{ code, file: path, message: reason }] });
  const unwritable = (reason: string) => refuse('unwritable-output', `cannot write the output file: ${reason}`);
  // An empty name would name the current folder: it is said as such, not as "a directory".
  if (path === '') return { ok: false, issues: [{ code: 'unwritable-output', message: 'the output file name is empty: name a file, or give - for standard output' }] };
  // Looked up as given: the file system follows links before "..", where resolving the text would not.
  const entry = statOrUndefined(path, lstatSync);
  const file = entry?.isSymbolicLink() === true ? statOrUndefined(path, statSync) : entry;
  // "a.csv/" is no name of a file: looked up, it is missing even when a.csv exists (and would be
  // taken for a new file, then written over a.csv, an input or a link).
  if (path.endsWith('/') && file?.isDirectory() !== true) return unwritable('a name ending in "/" names a folder; name the file without it');
  if (entry === undefined) {
    const folder = statOrUndefined(dirname(path), statSync);
    if (folder === undefined) return refuse('unwritable-file', 'cannot write the output file: its directory does not exist');
    if (!folder.isDirectory()) return refuse('unwritable-file', `cannot write the output file: ${dirname(path)} is not a folder`);
  } else if (file === undefined) {
    return unwritable('it is a symbolic link to a file that does not exist');
  } else if (file.isDirectory()) {
    return unwritable('it is a directory');
  } else if (!file.isFile()) {
    return unwritable(`it is ${kindOf(file)}; costmodel writes regular files only (-o - writes to standard output)`);
  } else if (inputs.some((input) => sameFile(statOrUndefined(input, statSync), file))) {
    return refuse('overwrites-input', 'refusing to write the output over one of the input files; choose another output path');
  }
  const real = realPath(file === undefined ? dirname(path) : path);
  if (real === undefined) return unwritable('its folder cannot be looked up');
  const target = file === undefined ? join(real, basename(path)) : real;
  // A new file is new where it will be written too: never a file found there after all.
  if (file === undefined && statOrUndefined(target, lstatSync) !== undefined) return unwritable('it names a file that could not be looked up by that name');
  if (!isWritableFolder(dirname(target))) return unwritable('permission denied');
  return { ok: true, value: target };
}

/**
 * The absolute path of what `path` names, links followed, by the system's realpath (Node's own
 * resolves ".." as text first); undefined if the file system cannot say.
 */
function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

function kindOf(file: BigIntStats): string {
  if (file.isCharacterDevice()) return 'a character device';
  if (file.isBlockDevice()) return 'a block device';
  if (file.isFIFO()) return 'a FIFO (a named pipe)';
  if (file.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Whether two paths name one file, by device and inode (a hard or symbolic link, another
 * spelling); false when either cannot be looked at (missing, a file on the way, no permission).
 *
 * @example
 * [isSameFile('scenarios/self-hosted.json', './scenarios/../scenarios/self-hosted.json'), isSameFile('scenarios/self-hosted.json', 'no-such.json')]; // [true, false]
 */
export function isSameFile(a: string, b: string): boolean {
  // Looked up as given, by the file system: resolving `link/../a.json` as text would skip the link.
  const first = statOrUndefined(a, statSync);
  return first !== undefined && sameFile(statOrUndefined(b, statSync), first);
}

/**
 * What tells one file from another (its device and inode), links followed; undefined when it
 * cannot be looked at. Two paths with one identity name one file ({@link isSameFile}).
 *
 * @example
 * fileIdentity('scenarios/self-hosted.json') === fileIdentity('./scenarios/../scenarios/self-hosted.json'); // true
 */
export function fileIdentity(path: string): string | undefined {
  const stats = statOrUndefined(path, statSync);
  return stats === undefined ? undefined : `${stats.dev}:${stats.ino}`;
}

function sameFile(a: BigIntStats | undefined, b: BigIntStats): boolean {
  return a !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The entry at `path` (a missing one, or one behind a file named as a folder, is undefined). */
function statOrUndefined(path: string, stat: typeof lstatSync | typeof statSync): BigIntStats | undefined {
  try {
    return stat(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The rename that replaces the target needs the right to write in its folder. */
function isWritableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
