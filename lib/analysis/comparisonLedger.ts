/**
 * The ledger a comparison and a schedule report are made of:
 *
 *   scenarios ─▶ scenarioSchedule (each in its own currency, in the view asked for)
 *     ─▶ convertScenarioSchedule (scenarios in another currency, entry by entry)
 *     ─▶ withOverlap (a migration's first months also pay the option left behind)
 */
import { convertScenarioSchedule, type Conversion } from '../model/convertSchedule.js';
import { scenarioSchedule, scenarioScheduleReadLater, type CategoriesWhen, type ScenarioSchedule } from '../model/schedule.js';
import { withOverlap } from '../model/withOverlap.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';

/**
 * Every scenario's ledger over the horizon, in the reporting currency, with migration
 * overlaps added: what every total of `compare` and every row of `schedule` sums.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted, managedProvider], { months: 3 }));
 * comparisonLedger([selfHosted, managedProvider], settings).map((ledger) => ledger.monthlyMinorUnits);
 * // [[400000n, 400000n, 400000n], [8500000n, 4000000n, 4000000n]]
 */
export function comparisonLedger(scenarios: readonly Scenario[], settings: AnalysisSettings): ScenarioSchedule[] {
  const range = { first: settings.from, count: settings.months };
  const converted = scenarios.map((scenario) => ledgerInReportingCurrency(scenario, settings, 'now'));
  const overlapFrom = settings.overlapFrom;
  if (overlapFrom === undefined) return converted;
  return converted.map((ledger, index) => {
    const from = overlapFrom[index];
    const months = ledger.scenario.overlap?.months;
    return from === undefined || months === undefined ? ledger : withOverlap(ledger, converted[from] as ScenarioSchedule, months, range, settings.minorDigits);
  });
}

/**
 * The ledger of each scenario of a comparison, one at a time: without migration overlaps a
 * scenario's ledger depends on it alone, so each is built when asked for and can be dropped
 * once read (a comparison of a thousand scenarios then never holds a thousand ledgers at
 * once); with overlaps they are built together, as {@link comparisonLedger} does. With
 * `'on first read'`, a ledger built alone makes its sums per category only when they are
 * read (see {@link scenarioScheduleReadLater}).
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted, managedProvider], { months: 2 }));
 * const ledgerOf = comparisonLedgers([selfHosted, managedProvider], settings);
 * ledgerOf(1).monthlyMinorUnits; // [8500000n, 4000000n]
 */
export function comparisonLedgers(scenarios: readonly Scenario[], settings: AnalysisSettings, categories: CategoriesWhen = 'now'): (index: number) => ScenarioSchedule {
  if (settings.overlapFrom !== undefined) {
    const ledgers = comparisonLedger(scenarios, settings);
    return (index) => ledgers[index] as ScenarioSchedule;
  }
  return (index) => ledgerInReportingCurrency(scenarios[index] as Scenario, settings, categories);
}

/** A scenario's ledger over the analysis, in the view asked for and the reporting currency. */
function ledgerInReportingCurrency(scenario: Scenario, settings: AnalysisSettings, categories: CategoriesWhen): ScenarioSchedule {
  const range = { first: settings.from, count: settings.months };
  const options = settings.view === undefined ? {} : { view: settings.view };
  const ledger = categories === 'now' ? scenarioSchedule(scenario, range, options) : scenarioScheduleReadLater(scenario, range, options);
  const conversion = conversionOf(scenario, settings);
  return conversion === undefined ? ledger : convertScenarioSchedule(ledger, conversion);
}

/** The conversion of a scenario into the reporting currency; undefined when it is already in it. */
export function conversionOf(scenario: Scenario, settings: AnalysisSettings): Conversion | undefined {
  const rate = settings.rates?.get(scenario.currency);
  return rate === undefined ? undefined : { rate, minorDigits: settings.minorDigits };
}

/**
 * The ledger of scenario `index` replaced by `replacement`, the others as they are: alone when
 * nothing overlaps it, else among all the scenarios (its overlap pays the option it leaves).
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted, managedProvider], { months: 3 }));
 * const later = movedToStart(managedProvider, parseMonth('2009-06')!);
 * replacedLedger([selfHosted, managedProvider], settings, 1, later).monthlyMinorUnits; // [0n, 8500000n, 4000000n]
 */
export function replacedLedger(scenarios: readonly Scenario[], settings: AnalysisSettings, index: number, replacement: Scenario): ScenarioSchedule {
  if (settings.overlapFrom === undefined) return comparisonLedger([replacement], { ...settings, baselineIndex: 0 })[0] as ScenarioSchedule;
  const all = [...scenarios];
  all[index] = replacement;
  return comparisonLedger(all, settings)[index] as ScenarioSchedule;
}
