/**
 * The forecast recorded with a decision held against what was actually spent, month by
 * month and in total.
 */
import { parseMonth } from '../calendar/month.js';
import { describeValue } from '../issues/describeValue.js';
import { Money, type Decimal } from '../money/decimal.js';
import { parseDecimal } from '../money/parseDecimal.js';
import type { DecisionRecord } from '../record/decisionRecord.js';

/**
 * One actual monthly amount of a scenario, as the actuals file gives it (the amounts of one
 * scenario and month are summed).
 *
 * @example
 * const actual: ActualAmount = { scenario: 'Self-hosted', month: '2009-05', amount: '4100' };
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * forecastAgainstActuals(record, [actual]).scenarios[0]?.months; // [{ month: '2009-05', forecast: '4000.00', actual: '4100.00', difference: '100.00' }]
 */
export type ActualAmount = { readonly scenario: string; readonly month: string; readonly amount: string };

/**
 * The recorded forecast against what was actually spent: per scenario with actuals, each
 * month with its forecast (null outside the recorded horizon or for a scenario not
 * recorded), the actual amount and actual − forecast (positive: spent more than forecast),
 * and the totals over the months that have both. Money in the record's currency, to its
 * minor unit.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const result: ForecastAgainstActuals = forecastAgainstActuals(record, [
 *   { scenario: 'Self-hosted', month: '2009-05', amount: '4100' },
 *   { scenario: 'Self-hosted', month: '2009-06', amount: '3950.25' },
 * ]);
 * result.scenarios[0]?.total; // { months: 2, forecast: '8000.00', actual: '8050.25', difference: '50.25' }
 */
export type ForecastAgainstActuals = {
  readonly currency: string;
  /** The record's scenarios that have actuals, in its order; then the others with actuals. */
  readonly scenarios: readonly {
    readonly scenario: string;
    /** Every month with an actual amount, in calendar order. */
    readonly months: readonly { readonly month: string; readonly forecast: string | null; readonly actual: string; readonly difference: string | null }[];
    /** Over the months with both a forecast and an actual amount; `months` counts them. */
    readonly total: { readonly months: number; readonly forecast: string; readonly actual: string; readonly difference: string };
  }[];
};

/**
 * Holds actual monthly spending against the monthly costs a decision record forecast. The
 * amounts must already be read (decimal strings, months as `YYYY-MM`): anything else is a
 * programming error and throws.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider], { months: 36 }), [selfHosted, managedProvider]);
 * const result = forecastAgainstActuals(record, [
 *   { scenario: 'Self-hosted', month: '2009-05', amount: '4100' },
 *   { scenario: 'Self-hosted', month: '2009-06', amount: '3900.50' },
 * ]);
 * result.scenarios[0]?.months.map((m) => [m.month, m.forecast, m.actual, m.difference]); // [['2009-05', '4000.00', '4100.00', '100.00'], ['2009-06', '4000.00', '3900.50', '-99.50']]
 * result.scenarios[0]?.total; // { months: 2, forecast: '8000.00', actual: '8000.50', difference: '0.50' }
 */
export function forecastAgainstActuals(previous: DecisionRecord, actual: readonly ActualAmount[]): ForecastAgainstActuals {
  const digits = previous.settings.minorDigits;
  const sums = new Map<string, Map<string, Decimal>>();
  for (const row of actual) {
    const amount = parseDecimal(row.amount);
    if (amount === undefined) throw new Error(`forecastAgainstActuals: expected an amount as a decimal number in text, found ${describeValue(row.amount)}`);
    if (parseMonth(row.month) === undefined) throw new Error(`forecastAgainstActuals: expected a month as YYYY-MM, found ${describeValue(row.month)}`);
    const months = sums.get(row.scenario) ?? new Map<string, Decimal>();
    sums.set(row.scenario, months);
    months.set(row.month, (months.get(row.month) ?? new Money(0)).plus(amount));
  }
  const monthIndex = new Map(previous.results.months.map((month, index) => [month, index]));
  const forecasts = new Map(previous.results.scenarios.map((s) => [s.name, s.monthly]));
  const order = [...previous.results.scenarios.map((s) => s.name).filter((name) => sums.has(name)), ...[...sums.keys()].filter((name) => !forecasts.has(name))];
  const money = (amount: Decimal) => amount.toFixed(digits);
  return {
    currency: previous.settings.currency,
    scenarios: order.map((scenario) => {
      const actuals = sums.get(scenario) as Map<string, Decimal>;
      const monthly = forecasts.get(scenario);
      let forecastTotal = new Money(0);
      let actualTotal = new Money(0);
      let counted = 0;
      const months = [...actuals.keys()].sort().map((month) => {
        const amount = new Money(money(actuals.get(month) as Decimal));
        const index = monthIndex.get(month);
        const forecastText = index === undefined ? undefined : monthly?.[index];
        if (forecastText === undefined) return { month, forecast: null, actual: money(amount), difference: null };
        const forecast = new Money(forecastText);
        forecastTotal = forecastTotal.plus(forecast);
        actualTotal = actualTotal.plus(amount);
        counted++;
        return { month, forecast: money(forecast), actual: money(amount), difference: money(amount.minus(forecast)) };
      });
      return { scenario, months, total: { months: counted, forecast: money(forecastTotal), actual: money(actualTotal), difference: money(actualTotal.minus(forecastTotal)) } };
    }),
  };
}
