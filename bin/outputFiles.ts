import { basename, resolve } from 'node:path';
import type { Issue } from '../lib/issues/issue.js';
import { fileIdentity, isSameFile, outputTarget } from '../lib/io/outputTarget.js';
import type { Scenario } from '../lib/scenario/scenario.js';
import { reportIssues, type CliContext } from './context.js';

/**
 * Everything that would keep `files` from being written, asked before anything is computed,
 * so a long run does not end in "cannot write": a missing folder, a directory, a device or
 * a FIFO, a link to nothing, or one of the `inputs` (which is never written over). Standard
 * output (`-`) always has somewhere to go.
 */
export function outputFileIssues(files: readonly string[], inputs: readonly string[]): Issue[] {
  // Two outputs of one command in one file (by name or through a link): the second would replace the first.
  const written = new Set<string>();
  return files.filter((file) => file !== '-').flatMap((file): Issue[] => {
    const target = outputTarget(file, inputs);
    if (!target.ok) return [...target.issues];
    if (written.has(target.value)) return [{ code: 'invalid-option', file, message: 'that is also where another output of this command goes; give each output a file of its own' }];
    written.add(target.value);
    return [];
  });
}

/**
 * Reads the scenario files of a command that will write `outputs`: where it will write is
 * checked before anything is read, and again once every file the scenarios refer to (a base
 * they extend, a driver's CSV file) is known, before anything is computed. Reports the
 * problems — with `consequence`, or `unwritable` for where it would write — and returns
 * undefined when there are any.
 */
export async function loadScenariosToWrite(
  context: CliContext,
  files: readonly string[],
  outputs: readonly (string | undefined)[],
  consequence: string,
  unwritable = 'Nothing was written.',
): Promise<Scenario[] | undefined> {
  const written = outputs.filter((output): output is string => output !== undefined);
  const named = outputFileIssues(written, [...files, ...context.read]);
  if (named.length > 0) return void reportIssues(context, named, unwritable);
  const { tryLoadScenarios } = await import('../lib/io/readScenarioFile.js');
  const loaded = await tryLoadScenarios(spelledOnce(files), { onRead: (file) => context.read.push(file) });
  if (!loaded.ok) return void reportIssues(context, loaded.issues, consequence);
  const referred = outputFileIssues(written, context.read);
  if (referred.length > 0) return void reportIssues(context, referred, unwritable);
  return loaded.value;
}

/**
 * The files, each named as it was first given: `./scenarios/../scenarios/a.json` after
 * `scenarios/a.json` is that file again, which the analysis then says is given more than
 * once, by the name it was first given. Two names are taken for one file only when the file
 * system agrees (the same device and inode: through a symbolic link, `link/../a.json` may be
 * another file). It is asked only of names that may be one file: those that resolve to one
 * path, and those with the same last part (`a.json` and `link-to-here/a.json`). Resolving the
 * paths is all a command line of distinct files costs.
 */
export function spelledOnce(files: readonly string[]): string[] {
  const firstByPath = new Map<string, string>();
  // The first name with each last part, until another has it too; then every such name by its file's identity.
  const firstByLastPart = new Map<string, string>();
  const firstByIdentity = new Map<string, string>();
  const firstOfFile = (file: string): string => {
    const identity = fileIdentity(file);
    if (identity === undefined) return file;
    const first = firstByIdentity.get(identity);
    if (first !== undefined) return first;
    firstByIdentity.set(identity, file);
    return file;
  };
  const here = process.cwd();
  return files.map((file) => {
    // A relative name without "." or ".." parts (or doubled or back slashes) is already the path it names below here.
    const path = isPlain(file) ? `${here}/${file}` : resolve(file);
    const first = firstByPath.get(path);
    if (first !== undefined) return first !== file && isSameFile(first, file) ? first : file;
    const lastPart = basename(path);
    const alike = firstByLastPart.get(lastPart);
    let name = file;
    if (alike === undefined) {
      firstByLastPart.set(lastPart, file);
    } else {
      // Each name with a last part met before is looked up once (and the first of them with it).
      if (alike !== '') firstOfFile(alike);
      firstByLastPart.set(lastPart, '');
      name = firstOfFile(file);
    }
    firstByPath.set(path, name);
    return name;
  });
}

function isPlain(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.includes('//') && !file.includes('\\') && !DOT_PART.test(file);
}

/** A "." or ".." part of a path. */
const DOT_PART = /(?:^|\/)\.\.?(?:\/|$)/;
