import { unwrap } from '../issues/issue.js';
import type { Scenario } from '../scenario/scenario.js';
import { tryLoadScenarios } from './readScenarioFile.js';

/**
 * Loads scenario files for a notebook or script. Throws {@link InputError} listing every
 * problem in every file; `tryLoadScenarios` returns them instead.
 *
 * @example
 * const scenarios = await loadScenarios(['scenarios/self-hosted.json', 'scenarios/managed-provider.json']);
 * scenarios.map((s) => s.name); // ['Self-hosted', 'Managed provider']
 */
export async function loadScenarios(paths: readonly string[]): Promise<Scenario[]> {
  return unwrap(await tryLoadScenarios(paths));
}
