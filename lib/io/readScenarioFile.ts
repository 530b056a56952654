import type { Issue, Result } from '../issues/issue.js';
import { definedOnly } from '../scenario/definedOnly.js';
import { normalizeScenario } from '../scenario/normalizeScenario.js';
import type { Scenario } from '../scenario/scenario.js';
import type { ScenarioFile } from '../scenario/scenarioFile.js';
import { inFileOf, readScenarioSource, type ReadScenarioOptions } from './readScenarioSource.js';
import { useBuildCurrencies } from './recordedCurrencies.js';

/**
 * Reads, validates and normalizes one scenario file, with the base file it `extends` and
 * the CSV files its drivers name. Every problem comes back at once, each naming the file
 * it is in and the place.
 *
 * @example
 * const result = await readScenarioFile('scenarios/self-hosted.json');
 * result.ok && result.value.name; // 'Self-hosted'
 */
export async function readScenarioFile(path: string, options: ReadScenarioOptions = {}): Promise<Result<Scenario>> {
  // Switched on here, at the edge, as the pure core may not read the build's record: code that
  // parses scenarios without reading a file (parseScenario) asks Intl, with the same answers.
  useBuildCurrencies();
  const source = await readScenarioSource(path, options);
  if (!source.ok) return source;
  const { data, fileOf } = source.value;
  const scenario = normalizeScenario(data as ScenarioFile, path);
  if (!scenario.ok) return { ok: false, issues: scenario.issues.map((issue) => inFileOf(issue, fileOf)) };
  const { drivers, ranges } = scenario.value;
  // Each driver remembers the file that defines it, so a clash between scenarios names that
  // file; each range the file that writes it, so scenarios that share it draw it alike.
  return {
    ok: true,
    value: definedOnly(scenario.value, {
      drivers: drivers === undefined ? undefined : new Map([...drivers].map(([name, driver]) => [name, definedOnly(driver, { origin: fileOf(`/drivers/${name}`) })])),
      ranges: ranges?.map((range) => definedOnly(range, { file: fileOf(range.path) })),
    }),
  };
}

/**
 * Reads several scenario files; the result lists the problems of every file, not just the
 * first one that failed. `options.onRead` is told every file read, bases and CSV files too
 * (the command line never writes over one of them).
 *
 * @example
 * const result = await tryLoadScenarios(['scenarios/self-hosted.json', 'scenarios/missing.json', 'scenarios/other.json']);
 * result.ok ? result.value.length : result.issues.map((issue) => issue.code); // ['file-not-found', 'file-not-found']
 */
export async function tryLoadScenarios(paths: readonly string[], options: ReadScenarioOptions = {}): Promise<Result<Scenario[]>> {
  const results = await Promise.all(paths.map((path) => readScenarioFile(path, options)));
  const issues: Issue[] = withoutRepeats(results.flatMap((result) => (result.ok ? [] : result.issues)));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: results.map((result) => (result.ok ? result.value : (undefined as never))) };
}

/** Issues without repeats: a problem in a base file shared by several scenarios is reported once. */
function withoutRepeats(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.code, issue.file, issue.path, issue.line, issue.column, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
