import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { Issue } from '../issues/issue.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * Which compared scenario each scenario's `overlap` migrates from: the one it names, or the
 * baseline; undefined for a scenario without an overlap, and for one that would overlap
 * itself (the baseline without a name). Undefined altogether when no scenario has an
 * overlap. A name that is not compared is added to `issues`.
 *
 * @example
 * const migrating = unwrap(parseScenario({ ...managedProvider.definition, overlap: { months: 3 } }));
 * overlapSources([selfHosted, migrating], 0, []); // [undefined, 0]
 * overlapSources([selfHosted, managedProvider], 0, []); // undefined
 */
export function overlapSources(scenarios: readonly Scenario[], baselineIndex: number, issues: Issue[]): (number | undefined)[] | undefined {
  if (!scenarios.some((scenario) => scenario.overlap !== undefined)) return undefined;
  const names = scenarios.map((s) => s.name);
  return scenarios.map((scenario, index) => {
    const overlap = scenario.overlap;
    if (overlap === undefined) return undefined;
    if (overlap.scenario === undefined) return index === baselineIndex ? undefined : baselineIndex;
    const from = names.indexOf(overlap.scenario);
    if (from < 0) {
      issues.push({
        code: 'unknown-scenario',
        ...(scenario.origin === undefined ? {} : { file: scenario.origin }),
        path: '/overlap/scenario',
        message: `no compared scenario is named "${overlap.scenario}"${didYouMeanSuffix(overlap.scenario, names)}; the scenarios are ${names.map((n) => `"${n}"`).join(', ')}`,
      });
      return undefined;
    }
    return from === index ? undefined : from;
  });
}

