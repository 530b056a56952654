import { Money, type Decimal } from './decimal.js';

/**
 * Exact integer amounts in a currency's minor unit (cents for USD), as `bigint`. Every
 * ledger entry is a whole number of minor units, so totals, cumulative sums and category
 * sums are computed this way — exact like Decimal, without a Decimal allocation per
 * addition (the engine's hot path; see `npm run bench`). Not a JS number: no rounding, no
 * 2^53 limit. (The ledger adds them as JS numbers only where it has checked that every sum
 * stays below 2^53, where doubles are exact integers; see docs/architecture.md.)
 *
 * @example
 * const monthly: readonly MinorUnits[] = scenarioSchedule(managedProvider, { first: managedProvider.start, count: 3 }).monthlyMinorUnits;
 * monthly; // [8500000n, 4000000n, 4000000n]
 * monthly.reduce((sum, cents) => sum + cents, 0n); // 16500000n
 */
export type MinorUnits = bigint;

const cacheByDigits = new Map<number, WeakMap<Decimal, MinorUnits>>();

function cacheFor(digits: number): WeakMap<Decimal, MinorUnits> {
  let cache = cacheByDigits.get(digits);
  if (cache === undefined) {
    cache = new WeakMap();
    cacheByDigits.set(digits, cache);
  }
  return cache;
}

/**
 * The amount in minor units. The amount must already be rounded to `digits` places (every
 * ledger entry is); Decimals are immutable, so the conversion is cached per instance.
 *
 * @example
 * toMinorUnits(new Money('4000.00'), 2); // 400000n
 */
export function toMinorUnits(amount: Decimal, digits: number): MinorUnits {
  const cache = cacheFor(digits);
  let units = cache.get(amount);
  if (units === undefined) {
    if (amount.decimalPlaces() > digits) throw new Error(`${amount.toString()} is not a whole number of minor units at ${digits} digits`);
    // Written out as it is (no rounding to do: it has at most `digits` places), then the places filled with zeros.
    const text = amount.toFixed();
    const point = text.indexOf('.');
    units = BigInt(point < 0 ? text + '0'.repeat(digits) : text.slice(0, point) + text.slice(point + 1).padEnd(digits, '0'));
    cache.set(amount, units);
  }
  return units;
}

/**
 * Writes minor units as a plain decimal string with `digits` places: no separators.
 *
 * @example
 * formatMinorUnits(148500000n, 2); // '1485000.00'
 * formatMinorUnits(-5n, 2); // '-0.05'
 */
export function formatMinorUnits(units: MinorUnits, digits: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString();
  if (digits === 0) return negative ? `-${text}` : text;
  const padded = text.padStart(digits + 1, '0');
  const body = `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return negative ? `-${body}` : body;
}

/**
 * The Decimal value of an amount in minor units. The conversion back is remembered, so
 * {@link toMinorUnits} of the result costs a lookup.
 *
 * @example
 * fromMinorUnits(148500000n, 2).toFixed(2); // '1485000.00'
 */
export function fromMinorUnits(units: MinorUnits, digits: number): Decimal {
  const amount = new Money(formatMinorUnits(units, digits));
  cacheFor(digits).set(amount, units);
  return amount;
}

const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a plain decimal string, as results write money (`"-1234.50"`), in minor units, with
 * no Decimal in between. Undefined for anything else (`"1,000"`, `".5"`, spaces) and for more
 * decimals than the minor unit has (trailing zeros do not count).
 *
 * @example
 * parseMinorUnits('4310.5', 2); // 431050n
 * parseMinorUnits('-0.050', 2); // -5n
 * [parseMinorUnits('1.001', 2), parseMinorUnits('1,000', 2)]; // [undefined, undefined]
 */
export function parseMinorUnits(text: string, digits: number): MinorUnits | undefined {
  const match = DECIMAL_STRING.exec(text);
  if (match === null) return undefined;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return undefined;
  const units = BigInt(`${match[2]}${fraction.padEnd(digits, '0')}`);
  return match[1] === '-' ? -units : units;
}
