/**
 * The transformations' oracle: what they replace. Changing one value of a scenario file by
 * its JSON Pointer and parsing the file again is slow, but obviously right; the typed
 * transformations must give exactly the scenario it gives.
 */
import { addMonths, formatMonth, parseMonth, type Month } from '../../lib/calendar/month.js';
import { readScenarioFile } from '../../lib/io/readScenarioFile.js';
import { unwrap } from '../../lib/issues/issue.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { projectRoot } from '../support/fixtures.js';

/** The scenario with the value at `pointer` of its definition replaced, parsed again; undefined when invalid. */
export function reparsedWithValue(scenario: Scenario, pointer: string, value: string | number): Scenario | undefined {
  const definition = structuredClone(scenario.definition) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  let node = definition;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = value;
  const parsed = parseScenario(definition, scenario.origin);
  return parsed.ok ? parsed.value : undefined;
}

/** The scenario with its start and every month its items name moved, parsed again. */
export function reparsedMoved(scenario: Scenario, start: Month): Scenario {
  const shift = start - scenario.start;
  const definition = structuredClone(scenario.definition) as Record<string, unknown>;
  const move = (value: unknown) => (typeof value === 'string' && parseMonth(value) !== undefined ? formatMonth(addMonths(parseMonth(value) as Month, shift)) : value);
  definition['start'] = formatMonth(start);
  for (const driver of Object.values((definition['drivers'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (driver['from'] === undefined) driver['from'] = formatMonth(scenario.start);
  }
  for (const cost of definition['costs'] as Record<string, unknown>[]) {
    for (const key of ['month', 'from']) if (key in cost) cost[key] = move(cost[key]);
  }
  return unwrap(parseScenario(definition, scenario.origin));
}

/** A scenario without what only reading a file adds (the file of each driver and range), for comparing with one parsed in code. */
export function withoutDriverOrigins(scenario: Scenario): Scenario {
  return {
    ...scenario,
    ...(scenario.drivers === undefined ? {} : { drivers: new Map([...scenario.drivers].map(([name, { origin: _origin, ...driver }]) => [name, driver])) }),
    ...(scenario.ranges === undefined ? {} : { ranges: scenario.ranges.map(({ file: _file, ...range }) => range) }),
  };
}

/** Every example scenario that parses on its own, with costs of every kind, terms and drivers among them. */
export async function exampleScenarios(): Promise<Scenario[]> {
  const files = [
    'scenarios/self-hosted.json',
    'scenarios/managed-provider.json',
    'scenarios/self-hosted-with-it-hire.json',
    'scenarios/growth/self-hosted.json',
    'scenarios/growth/managed-provider.json',
    'docs/examples/provider-terms.json',
    'docs/examples/own-servers.json',
    'docs/examples/on-call-hire.json',
    'docs/examples/per-customer-fee.json',
    'docs/examples/servers-per-customers.json',
    'docs/examples/escalating-fee.json',
    'docs/examples/every-key.json',
    'docs/examples/compound-growth.json',
    'docs/examples/prepaid-yearly.json',
    'scenarios/uncertain/self-hosted.json',
    'scenarios/uncertain/managed-provider.json',
  ];
  return Promise.all(files.map(async (file) => unwrap(await readScenarioFile(`${projectRoot}${file}`))));
}
