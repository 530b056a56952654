/**
 * What makes a file of defaults (a `--config` file, package.json's "costmodel" object)
 * unreadable as one, before yargs reads it; and how a found value is shown in a message.
 */
import { describeValue } from '../lib/issues/describeValue.js';
import { formatIssue } from '../lib/issues/issue.js';
import { unsafeTextIssues } from '../lib/issues/unsafeText.js';

/** The options given on the command line only: help and the version replace the command, and a file of defaults names no other. */
const COMMAND_LINE_ONLY = ['help', 'h', 'version', 'v', 'config'];

/** How deep a default's value may nest: an option takes one value, a list, or (`rates`) an object of values or lists. */
const MAX_DEFAULT_DEPTH = 8;

/**
 * The first problem with a file of defaults (a `--config` file, package.json's "costmodel"
 * object) before yargs reads it, in one line starting with `place`: an option given twice,
 * under both its spellings (`"discountRate"` and `"discount-rate"`), a key that belongs on the
 * command line only (`"version": true` printed the version and ran nothing, with exit code
 * 0), or a value nested too deeply to be an option's (yargs walks nested objects one call per
 * level: ten thousand levels ended in an unexpected error).
 *
 * @example
 * defaultsProblem({ months: 12, version: true }, 'costmodel.json: ');
 * // 'costmodel.json: "version": --help and --version are given on the command line, not as defaults'
 */
export function defaultsProblem(options: Readonly<Record<string, unknown>>, place: string): string | undefined {
  const spelt = new Map<string, string>();
  for (const key of Object.keys(options)) {
    // yargs takes "discount-rate" and "discountRate" for one option, and keeps one of the two.
    const earlier = spelt.get(camelCase(key));
    if (earlier !== undefined) return `${place}"${earlier}" and "${key}" are one option, given twice; give it once`;
    spelt.set(camelCase(key), key);
    if (COMMAND_LINE_ONLY.includes(key)) {
      return key === 'config'
        ? `${place}"config": a file of defaults names no other; give --config on the command line`
        : `${place}"${key}": --help and --version are given on the command line, not as defaults`;
    }
    if (nestedDeeperThan(options[key], MAX_DEFAULT_DEPTH)) return `${place}"${key}": nested more than ${MAX_DEFAULT_DEPTH} levels deep; an option takes one value, a list, or (rates) an object`;
  }
  return undefined;
}

/** Whether a value holds lists or objects nested more than `depth` levels deep; walked without recursion. */
function nestedDeeperThan(value: unknown, depth: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, level] = next;
    if (item === null || typeof item !== 'object') continue;
    if (level >= depth) return true;
    for (const inner of Object.values(item)) pending.push([inner, level + 1]);
  }
  return false;
}

/** A value as a message shows it: as JSON, cut after 60 characters; a value nested too deeply to write out is said to be. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return describeValue(value);
  if (nestedDeeperThan(value, MAX_DEFAULT_DEPTH)) return `[… nested more than ${MAX_DEFAULT_DEPTH} levels deep]`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * An option's name as yargs keys it in camel case: `discount-rate` → `discountRate`.
 *
 * @example
 * camelCase('exit-after'); // 'exitAfter'
 */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The first problem with an object of defaults read from `file` (a `--config` file,
 * package.json's "costmodel"), in one line starting with `place`: no object of options, a key
 * {@link defaultsProblem} refuses, or unsafe text, at its place in the file (`pathInFile`
 * before the pointer: `/costmodel`).
 *
 * @example
 * defaultsObjectProblem(['months'], 'costmodel.json', 'costmodel.json');
 * // 'costmodel.json: expected a JSON object of options such as {"months": 60}, found an array'
 */
export function defaultsObjectProblem(value: unknown, file: string, place: string, pathInFile = ''): string | undefined {
  if (!isOptionsObject(value)) return `${place}: expected a JSON object of options such as {"months": 60}, found ${describeValue(value)}`;
  const problem = defaultsProblem(value, `${place}: `);
  if (problem !== undefined) return problem;
  const unsafe = unsafeTextIssues(value, file);
  if (unsafe.length === 0) return undefined;
  return unsafe.map((issue) => formatIssue(pathInFile === '' ? issue : { ...issue, path: `${pathInFile}${issue.path ?? ''}` })).join('; ');
}

/** Whether a value is a JSON object (not null, not a list), as an object of options is. */
export function isOptionsObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
