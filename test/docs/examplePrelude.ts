/**
 * The names a TSDoc `@example` may use without defining them, so that the examples stay
 * short: the founding scenarios, read from scenarios/ as a notebook would read them.
 * lib/index.ts documents this list for readers of the API reference; keep the two alike.
 */
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import type { Scenario } from '../../lib/scenario/scenario.js';

export type ExamplePrelude = {
  /** scenarios/self-hosted.json: $48,000 a year, billed monthly. */
  readonly selfHosted: Scenario;
  /** scenarios/managed-provider.json: $45,000 once, then $40,000 a month, 24-month commitment. */
  readonly managedProvider: Scenario;
  /** scenarios/self-hosted-with-it-hire.json: self-hosting plus an IT administrator. */
  readonly selfHostedWithItHire: Scenario;
};

/** Loads the prelude from scenarios/ relative to the current directory. */
export async function examplePrelude(): Promise<ExamplePrelude> {
  const [selfHosted, managedProvider, selfHostedWithItHire] = await loadScenarios([
    'scenarios/self-hosted.json',
    'scenarios/managed-provider.json',
    'scenarios/self-hosted-with-it-hire.json',
  ]);
  if (selfHosted === undefined || managedProvider === undefined || selfHostedWithItHire === undefined) throw new Error('scenarios/ is incomplete');
  return { selfHosted, managedProvider, selfHostedWithItHire };
}
