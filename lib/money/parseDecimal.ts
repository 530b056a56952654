import { Money, type Decimal } from './decimal.js';

const DECIMAL_PATTERN = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a decimal given as a string (`"1485000.00"`) or a finite number, exactly.
 * Returns `undefined` for anything else (thousands separators, symbols, exponents, NaN):
 * callers turn that into a problem report naming the place.
 *
 * @example
 * parseDecimal('45000')?.toFixed(2); // '45000.00'
 * parseDecimal('45,000'); // undefined
 */
export function parseDecimal(value: unknown): Decimal | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  let parsed = recentlyParsed.get(value);
  if (parsed === undefined) {
    parsed = readDecimal(value);
    if (parsed === undefined) return undefined;
    if (recentlyParsed.size >= MAX_REMEMBERED) recentlyParsed.clear();
    recentlyParsed.set(value, parsed);
  }
  return parsed;
}

/**
 * The values read lately, by what was written: scenarios compared together repeat most of
 * their prices, driver values and rates, and Decimals are immutable, so each is read once
 * and shared (the ledger then also converts each to integers once). A bound, not a tuning knob.
 */
const MAX_REMEMBERED = 4096;
const recentlyParsed = new Map<string | number, Decimal>();

function readDecimal(value: string | number): Decimal | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // String(n) is the shortest string that round-trips, so 0.1 reads as 0.1, not 0.1000000000000000055…
    return new Money(String(value));
  }
  const text = value.trim();
  if (!DECIMAL_PATTERN.test(text)) return undefined;
  return new Money(text);
}

const PERCENT_PATTERN = /^(-?(\d+(\.\d*)?|\.\d+))\s*%$/;

/**
 * Reads a rate given as a fraction (`0.03`, `"0.03"`) or a percent string (`"3%"`).
 *
 * @example
 * parseRate('3%')?.toString(); // '0.03'
 * parseRate(0.03)?.toString(); // '0.03'
 */
export function parseRate(value: unknown): Decimal | undefined {
  if (typeof value === 'string') {
    const remembered = recentRates.get(value);
    if (remembered !== undefined) return remembered;
    const percent = PERCENT_PATTERN.exec(value.trim());
    if (percent) {
      const rate = new Money(percent[1] as string).dividedBy(100);
      if (recentRates.size >= MAX_REMEMBERED) recentRates.clear();
      recentRates.set(value, rate);
      return rate;
    }
  }
  return parseDecimal(value);
}

/** Percent rates read lately, by what was written (`"3%"`), like {@link parseDecimal}'s amounts. */
const recentRates = new Map<string, Decimal>();
