/**
 * Small helpers shared by the specification tests: months from `YYYY-MM`, amounts as
 * fixed-digit strings, scenarios from plain objects, and the example scenario files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMonth, type Month } from '../../lib/calendar/month.js';
import { unwrap } from '../../lib/issues/issue.js';
import type { Decimal } from '../../lib/money/decimal.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';

/** The project root, with a trailing slash. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A month from `YYYY-MM`; throws on a typo in a test. */
export function month(text: string): Month {
  const parsed = parseMonth(text);
  if (parsed === undefined) throw new Error(`bad month in test: ${text}`);
  return parsed;
}

/** Amounts as strings with `digits` decimals; months with nothing due stay `undefined`. */
export function fixed(amounts: readonly (Decimal | undefined)[], digits = 2): (string | undefined)[] {
  return amounts.map((amount) => amount?.toFixed(digits));
}

/** `count` copies of a value. */
export function times<T>(count: number, value: T): T[] {
  return Array.from({ length: count }, () => value);
}

/** A scenario from a plain scenario object; throws with the issues when it is invalid. */
export function scenarioOf(file: ScenarioFile, origin?: string): Scenario {
  return unwrap(parseScenario(file, origin));
}

/** The names of the example scenario files in scenarios/. */
export function exampleScenarioFiles(): string[] {
  return readdirSync(projectRoot + 'scenarios').filter((name) => name.endsWith('.json')).sort();
}

/** An example scenario file, parsed as JSON. */
export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(`${projectRoot}scenarios/${name}`, 'utf8')) as unknown;
}

/** The founding example: self-hosted ($48k a year billed monthly) and the managed provider. */
export function foundingScenarios(): { selfHosted: Scenario; managed: Scenario } {
  return {
    selfHosted: unwrap(parseScenario(readExample('self-hosted.json'), 'scenarios/self-hosted.json')),
    managed: unwrap(parseScenario(readExample('managed-provider.json'), 'scenarios/managed-provider.json')),
  };
}
