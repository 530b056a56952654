/**
 * The founding decision record the record tests share: the founding scenarios compared over
 * 36 months from 2009-05, decided on 2009-05-04 and to be revisited in May 2010. By hand:
 * self-hosting is 48,000.00 a year billed monthly (4,000.00 a month, 144,000.00 over 36
 * months); the managed provider is 45,000.00 once plus 40,000.00 a month (1,485,000.00); the
 * decision flips when the provider's fee falls below 2,750.00 a month (45,000 + 36 × 2,750 =
 * 144,000: a tie keeps the baseline) or self-hosting rises above 495,000.00 a year.
 */
import { unwrap } from '../../lib/issues/issue.js';
import { decisionRecord } from '../../lib/report/decisionRecord.js';
import { revisitReport, type RevisitOptions } from '../../lib/report/revisitReport.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { foundingScenarios, projectRoot } from './fixtures.js';

/** The founding record as written once by version 1 and kept, unchanged, for ever. */
export const RECORD_FIXTURE = `${projectRoot}test/fixtures/records/founding-v1.json`;
export const FOUNDING: RevisitOptions = { months: 36, revisit: '2010-05', date: '2009-05-04', decision: 'Not now: keep self-hosting and revisit in May 2010' };

export const { selfHosted, managed } = foundingScenarios();
export const founding: readonly Scenario[] = [selfHosted, managed];
export const foundingReport = revisitReport(founding, FOUNDING);
export const foundingRecord = decisionRecord(foundingReport, founding);

/** The founding record as plain data to break: JSON in, JSON out. */
export function recordData(): Record<string, unknown> & { scenarios: Record<string, unknown>[]; results: Record<string, unknown>; settings: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(foundingRecord)) as ReturnType<typeof recordData>;
}

/** A scenario like `scenario` with its definition changed by `edit` (on a copy). */
export function edited(scenario: Scenario, edit: (file: { costs: Record<string, unknown>[] } & Record<string, unknown>) => void): Scenario {
  const file: { costs: Record<string, unknown>[] } & Record<string, unknown> = JSON.parse(JSON.stringify(scenario.definition));
  edit(file);
  return unwrap(parseScenario(file, scenario.origin));
}
