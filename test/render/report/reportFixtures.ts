/**
 * Revisit reports the tests of the report document lay out: the founding decision of May
 * 2009, its revisit a year later (with the year's actual spending and the record of 2009),
 * and variants built from the founding scenarios and small scenarios written here. Each is
 * built once, on first use.
 */
import { readFileSync } from 'node:fs';
import { decisionRecord } from '../../../lib/report/decisionRecord.js';
import { revisitReport, type RevisitOptions, type RevisitReport } from '../../../lib/report/revisitReport.js';
import type { Scenario } from '../../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../../lib/scenario/scenarioFile.js';
import { projectRoot, readExample, scenarioOf } from '../../support/fixtures.js';

/** Self-hosting: 48,000.00 a year, billed monthly (4,000.00 a month). */
export const selfHosted = scenarioOf(readExample('self-hosted.json') as ScenarioFile, 'scenarios/self-hosted.json');
/** The provider: 45,000.00 once, then 40,000.00 a month, under a 24-month commitment. */
export const managedProvider = scenarioOf(readExample('managed-provider.json') as ScenarioFile, 'scenarios/managed-provider.json');
/** Self-hosting plus an IT administrator at 98,000.00 a year from July 2009, rising 3% a year. */
export const selfHostedWithItHire = scenarioOf(readExample('self-hosted-with-it-hire.json') as ScenarioFile, 'scenarios/self-hosted-with-it-hire.json');

/** A scenario of one cost item, for a test to say exactly what it needs. */
export function scenarioWith(name: string, costs: ScenarioFile['costs'], more: Partial<ScenarioFile> = {}): Scenario {
  return scenarioOf({ name, currency: 'USD', start: '2009-05', costs, ...more });
}

const built = new Map<string, RevisitReport>();

/** A report built once per name. */
function once(name: string, build: () => RevisitReport): RevisitReport {
  const found = built.get(name);
  if (found !== undefined) return found;
  const report = build();
  built.set(name, report);
  return report;
}

/** The founding decision, as `costmodel report` made it on 2009-05-04. */
export function foundingReport(): RevisitReport {
  return once('founding', () =>
    revisitReport([selfHosted, managedProvider], { months: 36, date: '2009-05-04', decision: 'Not now: keep self-hosting and revisit in May 2010.' }),
  );
}

/** The founding scenarios over 36 months, without a date: a report that is a pure function of its input. */
export function plainReport(options: RevisitOptions = {}): RevisitReport {
  return revisitReport([selfHosted, managedProvider], { months: 36, ...options });
}

/** The revisit of May 2010: the year's actual spending (scenarios/actuals/) and the record of the founding decision. */
export function revisit2010Report(): RevisitReport {
  return once('2010-05', () =>
    revisitReport([selfHosted, managedProvider], {
      date: '2010-05-03',
      revisit: '2011-05',
      decision: 'Keep self-hosting; look again in May 2011.',
      actuals: { csv: readFileSync(`${projectRoot}scenarios/actuals/self-hosted-2009-05-to-2010-04.csv`, 'utf8'), file: 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv' },
      previous: decisionRecord(foundingReport(), [selfHosted, managedProvider]),
    }),
  );
}

/** Actual spending of Self-hosted as CSV text: one row a month from May 2009, `amounts` in order. */
export function selfHostedActuals(amounts: readonly string[]): string {
  const months = amounts.map((amount, index) => `${2009 + Math.floor((4 + index) / 12)}-${String(((4 + index) % 12) + 1).padStart(2, '0')},Self-hosted,${amount}`);
  return ['Month,Scenario,Amount', ...months, ''].join('\n');
}
