/**
 * The defaults of the nearest package.json's "costmodel" key, read by costmodel itself rather
 * than by yargs' pkgConf (which took a file it could not read as no defaults), and handed to
 * yargs as a configuration object: the same precedence, below the `--config` file.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { readTextFileSync } from '../lib/io/readTextFile.js';
import { describeValue } from '../lib/issues/describeValue.js';
import { formatIssue } from '../lib/issues/issue.js';
import { parseJsonText } from '../lib/scenario/parseJsonText.js';
import { defaultsObjectProblem, isOptionsObject } from './defaultsProblems.js';

/**
 * The "costmodel" defaults of the nearest package.json (undefined when it has none, or there
 * is no package.json), with the file they `"extends"` under them, or the problem that keeps
 * them from being read, in one line naming the file: defaults that are not an object of
 * options, a base file that cannot be read, and a package.json that is no JSON and names
 * costmodel. The rest of a package.json is npm's: a file that cannot be read as one (a folder
 * of that name, text that is no JSON and says nothing of costmodel) is taken as no defaults.
 */
export function readPackageDefaults(manifest: string | undefined): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; problem: string } {
  if (manifest === undefined) return { ok: true, value: undefined };
  const path = nameAsGiven(manifest);
  let text: string;
  try {
    text = readFileSync(manifest, 'utf8');
  } catch {
    return { ok: true, value: undefined };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (!text.includes('"costmodel"')) return { ok: true, value: undefined };
    const parsed = parseJsonText(text, path);
    return { ok: false, problem: `${parsed.ok ? `${path}: invalid JSON` : parsed.issues.map(formatIssue).join('; ')} (costmodel reads its defaults from the "costmodel" key of the nearest package.json)` };
  }
  const settings = isOptionsObject(data) ? data['costmodel'] : undefined;
  if (settings === undefined) return { ok: true, value: undefined };
  const place = `${path}: "costmodel"`;
  const merged = withBase(settings, place, dirname(manifest), new Set([manifest]));
  if (!merged.ok) return merged;
  const problem = defaultsObjectProblem(merged.value, path, place, '/costmodel');
  return problem === undefined ? { ok: true, value: merged.value } : { ok: false, problem };
}

/**
 * Defaults with the JSON file they `"extends"` under them (its keys give way to their own), as
 * yargs merges them, the base's path relative to the folder of the file that names it.
 */
function withBase(settings: unknown, place: string, folder: string, seen: Set<string>): { ok: true; value: Record<string, unknown> } | { ok: false; problem: string } {
  // Not an object of options: said as for any file of defaults.
  if (!isOptionsObject(settings)) return { ok: false, problem: defaultsObjectProblem(settings, '', place) as string };
  const { extends: base, ...own } = settings;
  if (base === undefined) return { ok: true, value: own };
  if (typeof base !== 'string' || !/\.json$/i.test(base)) return { ok: false, problem: `${place}: "extends": expected the path of a JSON file of defaults, found ${describeValue(base)}` };
  const basePath = resolve(folder, base);
  if (seen.has(basePath)) return { ok: false, problem: `${place}: "extends": ${base} goes round in a circle` };
  const read = readTextFileSync(basePath, 'file of defaults', 'json');
  if (!read.ok) return { ok: false, problem: `${place}: "extends": ${read.issues.map((issue) => formatIssue({ ...issue, file: base })).join('; ')}` };
  const parsed = parseJsonText(read.value, base);
  if (!parsed.ok) return { ok: false, problem: `${place}: "extends": ${parsed.issues.map(formatIssue).join('; ')}` };
  const under = withBase(parsed.value, `${nameAsGiven(basePath)}`, dirname(basePath), new Set([...seen, basePath]));
  return under.ok ? { ok: true, value: { ...under.value, ...own } } : under;
}

/** yargs hands over the config file's absolute path: named as the user would, relative to here when it is below. */
export function nameAsGiven(resolvedPath: string): string {
  const fromHere = relative(process.cwd(), resolvedPath);
  return fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? resolvedPath : fromHere;
}
