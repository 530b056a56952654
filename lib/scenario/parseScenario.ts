import type { Result } from '../issues/issue.js';
import { normalizeScenario } from './normalizeScenario.js';
import type { Scenario } from './scenario.js';
import type { ScenarioFile } from './scenarioFile.js';
import { validateScenario } from './validateScenario.js';

/**
 * Validates a parsed scenario object (from JSON or built in code) and normalizes it:
 * the whole path from "some JSON" to a {@link Scenario}, with every problem reported.
 *
 * @example
 * const result = parseScenario({ name: 'Managed provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Setup', kind: 'one-time', amount: 45000 }] });
 * const setup = result.ok ? result.value.items[0] : undefined;
 * setup?.kind === 'one-time' && setup.amount.toFixed(2); // '45000.00'
 */
export function parseScenario(data: unknown, origin?: string): Result<Scenario> {
  const issues = validateScenario(data, origin);
  if (issues.length > 0) return { ok: false, issues };
  return normalizeScenario(data as ScenarioFile, origin);
}
