/** Scenarios the renderer tests are built from: the founding example and small ones made in code. */
import { readFileSync } from 'node:fs';
import { unwrap } from '../../lib/issues/issue.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';

/** Reads an example scenario from /scenarios, with a relative origin so results do not depend on the checkout's path. */
export function exampleScenario(fileName: string): Scenario {
  const url = new URL(`../../scenarios/${fileName}`, import.meta.url);
  return unwrap(parseScenario(JSON.parse(readFileSync(url, 'utf8')), `scenarios/${fileName}`));
}

/** The founding example: self-hosting as the baseline, then the managed provider. */
export function foundingScenarios(): Scenario[] {
  return [exampleScenario('self-hosted.json'), exampleScenario('managed-provider.json')];
}

/** A scenario built in code, through the same validation as a file. */
export function scenarioOf(data: unknown): Scenario {
  return unwrap(parseScenario(data));
}

/** A USD scenario from 2009-05 paying `monthly` every month (item "Hosting"), plus any extra cost items. */
export function monthlyScenario(name: string, monthly: string, extra: readonly unknown[] = []): Scenario {
  return scenarioOf({
    name,
    currency: 'USD',
    start: '2009-05',
    costs: [{ name: 'Hosting', kind: 'recurring', amount: monthly, every: 'month', category: 'hosting' }, ...extra],
  });
}
