import type { Scenario } from '../scenario/scenario.js';

/** What {@link checkScenariosOf} reads of a report: the names of the scenarios it compares, in order. */
export type ComparedNames = { readonly comparison: { readonly scenarios: readonly { readonly name: string }[] } };

/**
 * Throws unless `scenarios` are the ones the report compares, in its order: functions that
 * take a report and its scenarios (a decision record, the changes since one) read both, and
 * a mismatch is a programming error, not bad input.
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider]);
 * checkScenariosOf(report, [selfHosted, managedProvider], 'decisionRecord'); // undefined
 */
export function checkScenariosOf(report: ComparedNames, scenarios: readonly Scenario[], caller: string): void {
  const reported = report.comparison.scenarios.map((s) => s.name);
  const given = scenarios.map((s) => s.name);
  if (reported.length !== given.length || reported.some((name, i) => name !== given[i])) {
    throw new Error(`${caller}: ${JSON.stringify(given)} are not the scenarios the report compares (${JSON.stringify(reported)}); pass the scenarios the report was made from, in the same order`);
  }
}
