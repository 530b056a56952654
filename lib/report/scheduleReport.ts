/**
 * The schedule result, version 1: the exact ledger as data, for the CSV and JSON exports
 * spreadsheets import. One entry per scenario × item × month with a payment due; money as
 * decimal strings. Summing `amount` over a scenario's entries gives exactly its `total`,
 * which is the total `compare` prints.
 */
import { formatMonth } from '../calendar/month.js';
import { sumMinorUnits } from '../analysis/sumMinorUnits.js';
import { unwrap, type Result } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { formatMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { ItemSchedule } from '../model/itemSchedule.js';
import { buildSchedule, type ScenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';
import { lastMonth, monthLabels, resolveSettings, type AnalysisOptions, type AnalysisSettings, rangesAtMedians } from '../analysis/analysisSettings.js';
import type { ConvertedFrom } from './comparison.js';
import { comparisonLedger } from '../analysis/comparisonLedger.js';

/**
 * The schedule result, version 1: every payment of every scenario, month by month.
 *
 * @example
 * const ledger: ScheduleReport = schedule([selfHosted, managedProvider], { months: 12 });
 * [ledger.version, ledger.kind, ledger.settings.to, ledger.entries.length]; // [1, 'schedule', '2010-04', 25]
 */
export type ScheduleReport = {
  readonly version: 1;
  readonly kind: 'schedule';
  readonly settings: {
    readonly from: string;
    readonly to: string;
    readonly months: number;
    readonly currency: string;
    readonly minorDigits: number;
    /** The ledger view when one was asked for (absent: `cash`). */
    readonly view?: 'cash' | 'amortized';
    /** The exchange rates used, by currency (`{ "EUR": "1.08" }`: 1 EUR = 1.08 `currency`); absent when every scenario is in `currency`. */
    readonly rates?: Readonly<Record<string, string>>;
    /** `"medians"` when a scenario gives a value as a range: the ledger holds each range's median. Absent when there are no ranges. */
    readonly ranges?: 'medians';
  };
  /** `YYYY-MM` of each month of the horizon. */
  readonly months: readonly string[];
  /** Scenario names in the order given. */
  readonly scenarios: readonly ScheduleScenario[];
  /** Every payment: month by month, then scenario by scenario, then item by item. */
  readonly entries: readonly ScheduleEntry[];
};

/**
 * One scenario in a schedule: its total and its cost in each month.
 *
 * @example
 * schedule([managedProvider], { months: 3 }).scenarios[0];
 * // { name: 'Managed provider', total: '165000.00', monthly: ['85000.00', '40000.00', '40000.00'] }
 */
export type ScheduleScenario = {
  readonly name: string;
  readonly total: string;
  /** The scenario's cost in each month of the horizon (`"0.00"` where nothing is due). */
  readonly monthly: readonly string[];
  /** For a scenario in another currency: its currency and the rate its entries were converted at. */
  readonly convertedFrom?: ConvertedFrom;
};

/**
 * One payment: a scenario's item in one month, as a decimal string.
 *
 * @example
 * schedule([managedProvider], { months: 1 }).entries;
 * // [{ month: '2009-05', scenario: 'Managed provider', item: 'Migration and setup', category: 'migration', amount: '45000.00' },
 * //  { month: '2009-05', scenario: 'Managed provider', item: 'Managed hosting', category: 'hosting', amount: '40000.00' }]
 */
export type ScheduleEntry = {
  readonly month: string;
  readonly scenario: string;
  readonly item: string;
  readonly category: string;
  readonly amount: string;
  /** For an entry converted from another currency: the amount before conversion, in that currency. */
  readonly original?: { readonly currency: string; readonly amount: string };
};

/**
 * The exact monthly ledger of the scenarios over the horizon. Throws {@link InputError} on
 * invalid input; {@link trySchedule} returns the issues instead.
 *
 * @example
 * const ledger = schedule([selfHosted], { months: 12 });
 * ledger.entries[0]; // { month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', category: 'hosting', amount: '4000.00' }
 */
export function schedule(scenarios: readonly Scenario[], options: AnalysisOptions = {}): ScheduleReport {
  return unwrap(trySchedule(scenarios, options));
}

/**
 * {@link schedule}, returning problems with the input as a value instead of throwing.
 *
 * @example
 * const result = trySchedule([selfHosted], { months: 0 });
 * result.ok ? result.value.entries.length : result.issues.map(formatIssue);
 * // ['--months: expected a whole number of months from 1 to 1200, found 0']
 */
export function trySchedule(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Result<ScheduleReport> {
  const resolved = resolveSettings(scenarios, options);
  if (!resolved.ok) return resolved;
  return { ok: true, value: scheduleWithSettings(scenarios, resolved.value) };
}

/** The schedule report for settings already resolved against the scenarios, from their ledgers if already built. */
export function scheduleWithSettings(scenarios: readonly Scenario[], settings: AnalysisSettings, ledgers: readonly ScenarioSchedule[] = comparisonLedger(scenarios, settings)): ScheduleReport {
  // An item's ledger repeats one Decimal for the months that pay the same: each is written once.
  const written = new Map<Decimal, string>();
  const money = (amount: Decimal) => {
    let text = written.get(amount);
    if (text === undefined) {
      text = amount.toFixed(settings.minorDigits);
      written.set(amount, text);
    }
    return text;
  };
  const units = (amount: MinorUnits) => formatMinorUnits(amount, settings.minorDigits);
  const months = monthLabels(settings);
  const originals = originalEntries(scenarios, ledgers, settings);
  const entries: ScheduleEntry[] = [];
  for (let m = 0; m < settings.months; m++) {
    ledgers.forEach(({ scenario, items }, s) => {
      items.forEach(({ item, amounts }, i) => {
        const amount = amounts[m];
        if (amount === undefined) return;
        const entry = { month: months[m] as string, scenario: scenario.name, item: item.name, category: item.category, amount: money(amount) };
        const original = originals?.[s]?.[i];
        const originalAmount = original?.ledger.amounts[m];
        entries.push(original === undefined || originalAmount === undefined ? entry : { ...entry, original: { currency: original.currency, amount: originalAmount.toFixed(original.digits) } });
      });
    });
  }
  return {
    version: 1,
    kind: 'schedule',
    settings: {
      from: formatMonth(settings.from),
      to: formatMonth(lastMonth(settings)),
      months: settings.months,
      currency: settings.currency,
      minorDigits: settings.minorDigits,
      ...(settings.view === undefined ? {} : { view: settings.view }),
      ...(settings.rates === undefined ? {} : { rates: Object.fromEntries([...settings.rates].map(([currency, rate]) => [currency, rate.toString()])) }),
      ...rangesAtMedians(scenarios, settings),
    },
    months,
    scenarios: ledgers.map(({ scenario, monthlyMinorUnits }) => {
      const rate = settings.rates?.get(scenario.currency);
      return {
        name: scenario.name,
        total: units(sumMinorUnits(monthlyMinorUnits)),
        monthly: monthlyMinorUnits.map(units),
        ...(rate === undefined ? {} : { convertedFrom: { currency: scenario.currency, rate: rate.toString() } }),
      };
    }),
    entries,
  };
}

type OriginalItem = { readonly ledger: ItemSchedule; readonly currency: string; readonly digits: number };

/**
 * For each item of each reported ledger that was converted, the same item before conversion;
 * undefined when nothing was converted. Overlap items (appended after a scenario's own)
 * come from the scenario migrated from.
 */
function originalEntries(scenarios: readonly Scenario[], ledgers: readonly ScenarioSchedule[], settings: AnalysisSettings): (OriginalItem | undefined)[][] | undefined {
  if (settings.rates === undefined) return undefined;
  const range = { first: settings.from, count: settings.months };
  const own = buildSchedule(scenarios, range, settings.view === undefined ? {} : { view: settings.view }).scenarios;
  const originalOf = (scenarioIndex: number, itemIndex: number): OriginalItem | undefined => {
    const ledger = own[scenarioIndex] as ScenarioSchedule;
    if (!settings.rates?.has(ledger.scenario.currency)) return undefined;
    const item = ledger.items[itemIndex];
    return item === undefined ? undefined : { ledger: item, currency: ledger.scenario.currency, digits: ledger.scenario.minorDigits };
  };
  return ledgers.map((ledger, s) => {
    const ownCount = (own[s] as ScenarioSchedule).items.length;
    const from = settings.overlapFrom?.[s];
    return ledger.items.map((_, i) => (i < ownCount ? originalOf(s, i) : from === undefined ? undefined : originalOf(from, i - ownCount)));
  });
}
