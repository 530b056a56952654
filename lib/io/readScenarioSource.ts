/**
 * Reading a scenario file with everything it refers to, so the pure core gets complete data:
 *
 *   file ─▶ JSON ─▶ `extends`? read the base (recursively; a cycle is an error), validate it
 *     as a base (a scenario with every key optional), merge the file over it
 *   ─▶ validate the merged data as a scenario
 *   ─▶ each `csv` driver ─▶ its `values` and `from`, read from the CSV file
 *   ─▶ ScenarioSource: the data for normalizeScenario, and which file each part came from
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Issue, Result } from '../issues/issue.js';
import { extendScenarioData, type ExtendedScenarioData } from '../scenario/extendScenarioData.js';
import { parseJsonText } from '../scenario/parseJsonText.js';
import { validateScenarioShape } from '../scenario/validateScenario.js';
import { jsonTextHoldsNoUnsafeText, unsafeTextIssues } from '../issues/unsafeText.js';
import { readDriverCsv } from './readDriverCsv.js';
import { readTextFile } from './readTextFile.js';

/** A scenario file's data, schema-valid, with its base merged in and its CSV drivers read. */
export type ScenarioSource = ExtendedScenarioData;

/**
 * How to read scenario files: `onRead` is told the path of every file about to be read (the
 * file, the bases it extends, its drivers' CSV files), so a caller can keep its output off them.
 *
 * @example
 * const read: string[] = [];
 * await tryLoadScenarios(['scenarios/growth/self-hosted.json'], { onRead: (path) => read.push(path) });
 * read; // ['scenarios/growth/self-hosted.json', 'scenarios/growth/business.json']
 */
export type ReadScenarioOptions = { readonly onRead?: (path: string) => void };

/**
 * Reads a scenario file, the base files it extends and the CSV files its drivers name. The
 * data that comes back is schema-valid and refers to no other file; problems name the file
 * they are in (the base file, the CSV file with its line) and the place.
 */
export async function readScenarioSource(path: string, options: ReadScenarioOptions = {}): Promise<Result<ScenarioSource>> {
  const read = await readExtended(path, [], options);
  if (!read.ok) return read;
  const { extended, safeText } = read.value;
  const schemaIssues = validated(extended.data, path, safeText).map((issue) => inFileOf(issue, extended.fileOf));
  if (schemaIssues.length > 0) return { ok: false, issues: schemaIssues };
  return readCsvDrivers(extended, options);
}

/**
 * `validateScenario`, for data read from files: when their texts were found to hold no
 * unsafe character (`safeText`), its keys and texts are not walked again to look for one.
 */
function validated(data: unknown, file: string, safeText: boolean): Issue[] {
  return validateScenarioShape(data, file, safeText ? [] : unsafeTextIssues(data, file));
}

/** Moves an issue found in the merged data to the file that gave the value at its path. */
export function inFileOf(issue: Issue, fileOf: (pointer: string) => string): Issue {
  if (issue.path === undefined || issue.file === undefined) return issue;
  const file = fileOf(issue.path);
  return file === issue.file ? issue : { ...issue, file };
}

/**
 * A file's data merged over the bases it extends, each base validated on its own, and whether
 * every one of their texts holds no unsafe character (see {@link jsonTextHoldsNoUnsafeText}).
 */
async function readExtended(path: string, extendedBy: readonly string[], options: ReadScenarioOptions): Promise<Result<{ extended: ExtendedScenarioData; safeText: boolean }>> {
  options.onRead?.(path);
  const own = await readJsonFile(path);
  if (!own.ok) return own;
  const { data, safeText } = own.value;
  // Anything but an object with a text `extends` that names something is left to the schema
  // to judge (a blank one would name this file's own folder).
  if (!isPlainObject(data) || typeof data['extends'] !== 'string' || !/\S/.test(data['extends'])) {
    return { ok: true, value: { extended: { data: data as Record<string, unknown>, fileOf: () => path }, safeText } };
  }
  const basePath = relativeTo(path, data['extends']);
  const chain = [...extendedBy, path];
  if (chain.some((file) => resolve(file) === resolve(basePath))) {
    return { ok: false, issues: [{ code: 'extends-cycle', file: path, path: '/extends', message: `"extends" goes round in a circle: ${[...chain, basePath].join(' extends ')}` }] };
  }
  const base = await readExtended(basePath, chain, options);
  if (!base.ok) {
    const unreadable = base.issues.find((issue) => issue.file === basePath && (issue.code === 'file-not-found' || issue.code === 'unreadable-file'));
    if (unreadable === undefined) return base;
    return { ok: false, issues: [{ code: unreadable.code, file: path, path: '/extends', message: `cannot read the base file ${basePath}: ${unreadable.message}` }] };
  }
  const { extended: baseData, safeText: safeBase } = base.value;
  const baseIssues = validated(baseData.data, basePath, safeBase)
    // A base gives some of a scenario's keys: the others come from the files that extend it.
    .filter((issue) => !(issue.code === 'missing-key' && issue.path === ''))
    .map((issue) => inFileOf(issue, baseData.fileOf));
  if (baseIssues.length > 0) return { ok: false, issues: baseIssues };
  return { ok: true, value: { extended: extendScenarioData(baseData, data, path), safeText: safeText && safeBase } };
}

/** A JSON file's data, and whether its text holds no unsafe character. */
async function readJsonFile(path: string): Promise<Result<{ data: unknown; safeText: boolean }>> {
  const read = await readTextFile(path, 'scenario file', 'json');
  if (!read.ok) return read;
  const parsed = parseJsonText(read.value, path);
  return parsed.ok ? { ok: true, value: { data: parsed.value, safeText: jsonTextHoldsNoUnsafeText(read.value) } } : parsed;
}

type DriverData = Readonly<Record<string, unknown>>;

/** Replaces every `csv` driver by its `values` and `from`, read relative to the file that defines it. */
async function readCsvDrivers(source: ScenarioSource, options: ReadScenarioOptions): Promise<Result<ScenarioSource>> {
  const drivers = source.data['drivers'] as Readonly<Record<string, DriverData>> | undefined;
  if (drivers === undefined || !Object.values(drivers).some((driver) => typeof driver['csv'] === 'string')) return { ok: true, value: source };
  const issues: Issue[] = [];
  const entries = await Promise.all(
    Object.entries(drivers).map(async ([name, driver]): Promise<[string, DriverData]> => {
      const csv = driver['csv'];
      if (typeof csv !== 'string') return [name, driver];
      const pointer = `/drivers/${name}`;
      const definedIn = source.fileOf(pointer);
      if (driver['from'] !== undefined) {
        issues.push({ code: 'conflicting-keys', file: definedIn, path: `${pointer}/from`, message: 'a CSV driver takes its months from the "month" column of the CSV file; remove "from"' });
      }
      const csvPath = relativeTo(definedIn, csv);
      options.onRead?.(csvPath);
      const read = await readDriverCsv(csvPath, typeof driver['column'] === 'string' ? driver['column'] : name);
      if (!read.ok) {
        const unreadable = read.issues.find((issue) => issue.code === 'file-not-found' || issue.code === 'unreadable-file');
        issues.push(
          ...(unreadable === undefined
            ? read.issues
            : [{ code: unreadable.code, file: definedIn, path: `${pointer}/csv`, message: `cannot read the CSV file ${csvPath}: ${unreadable.message}` }]),
        );
        return [name, driver];
      }
      const { csv: _csv, column: _column, ...rest } = driver;
      return [name, { ...rest, from: read.value.from, values: read.value.values }];
    }),
  );
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { data: { ...source.data, drivers: Object.fromEntries(entries) }, fileOf: source.fileOf } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A path written in a file, relative to that file unless it is absolute. */
function relativeTo(file: string, path: string): string {
  return isAbsolute(path) ? path : join(dirname(file), path);
}
