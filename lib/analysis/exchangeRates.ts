import type { Issue } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { isKnownCurrency } from '../money/minorUnitDigits.js';
import { parseDecimal } from '../money/parseDecimal.js';

/**
 * The `rates` analysis option read exactly, by currency: each code a known ISO 4217
 * currency, each rate above 0, and the reporting currency's own rate, if given, 1. Problems
 * are added to `issues`, and their currencies left out.
 *
 * @example
 * const issues: Issue[] = [];
 * [...exchangeRates({ EUR: '1.37', GBP: 0 }, 'USD', issues)].map(([code, rate]) => [code, rate.toString()]); // [['EUR', '1.37']]
 * issues.map((issue) => issue.message); // ['--rate GBP: expected a positive exchange rate (USD per GBP) such as GBP=1.08, found 0']
 */
export function exchangeRates(given: Readonly<Record<string, string | number>> | undefined, currency: string, issues: Issue[]): Map<string, Decimal> {
  const rates = new Map<string, Decimal>();
  for (const [code, value] of Object.entries(given ?? {})) {
    const rate = parseDecimal(value);
    if (!isKnownCurrency(code)) {
      issues.push({ code: 'invalid-option', message: `--rate: expected CODE=RATE with an ISO 4217 currency code such as EUR=1.08, found the currency "${code}"` });
    } else if (rate === undefined || !rate.greaterThan(0)) {
      issues.push({ code: 'invalid-option', message: `--rate ${code}: expected a positive exchange rate (${currency} per ${code}) such as ${code}=1.08, found ${JSON.stringify(value)}` });
    } else if (code === currency && !rate.equals(1)) {
      issues.push({ code: 'invalid-option', message: `--rate ${code}: ${code} is the reporting currency, so its rate is 1, not ${rate.toString()}` });
    } else {
      rates.set(code, rate);
    }
  }
  return rates;
}

