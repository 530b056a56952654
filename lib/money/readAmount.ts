/**
 * An amount as people and spreadsheets write it in a cell of an accounts export:
 *
 *   cell ─▶ without the reporting currency's code or symbol, then the sign: `-` or accounting
 *     parentheses ─▶ plain (`4310.5`) or English-grouped (`1,234,567.89`) digits
 *     ─▶ parseDecimal, exactly ─▶ at most the minor unit's decimals ─▶ minor units
 *
 * Anything else is refused with a sentence saying how to export the column instead: a
 * decimal comma or a dot between thousands cannot be told apart from a decimal point, so
 * nothing ambiguous is guessed.
 */
import { isKnownCurrency, minorUnitDigits } from './minorUnitDigits.js';
import { toMinorUnits, type MinorUnits } from './minorUnits.js';
import { parseDecimal } from './parseDecimal.js';

/** What to tell someone whose spreadsheet wrote an amount that cannot be read exactly. */
export const AMOUNT_EXPORT_ADVICE = 'export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)';

/**
 * The currency an amount is paid in, and the digits of its minor unit (default: from
 * `Intl.NumberFormat`, like a plan's).
 *
 * @example
 * const options: AmountOptions = { currency: 'KWD', minorDigits: 3 };
 * readAmount('1,234.500', options); // { ok: true, minorUnits: 1234500n }
 */
export type AmountOptions = { readonly currency: string; readonly minorDigits?: number };

/**
 * An amount read from a cell: exact minor units, or the sentence saying why it cannot be read.
 *
 * @example
 * const readings: AmountReading[] = [readAmount('(250)', { currency: 'USD' }), readAmount('', { currency: 'USD' })];
 * readings; // [{ ok: true, minorUnits: -25000n }, { ok: false, message: 'the amount is empty; give the amount paid (0 for nothing)' }]
 */
export type AmountReading = { readonly ok: true; readonly minorUnits: MinorUnits } | { readonly ok: false; readonly message: string };

/**
 * Reads an amount paid, as a spreadsheet exports it, exactly, in minor units of `currency`:
 *
 * - plain numbers with a dot for decimals (`4310.5`, `.5`), at most the minor unit's
 *   decimals (payments are whole cents: nothing is rounded; trailing zeros add nothing);
 * - negative with a minus (`-250.00`) or in accounting parentheses (`(1,234.56)`);
 * - thousands separators only in the unambiguous English form (`1,234,567.89`); for a
 *   currency with three decimals `1,234` could mean 1.234, so it is refused;
 * - the currency's ISO code (`USD 4000`, `4000.00 usd`) or English symbol (`$4,000.00`)
 *   before or after the number, outside or inside the sign.
 *
 * Anything else — `1.234,56`, `1 234,56`, `4000,50`, `4e3`, another currency — is refused
 * with a sentence that quotes the cell and says how to export amounts instead.
 *
 * @example
 * readAmount('$4,310.50', { currency: 'USD' }); // { ok: true, minorUnits: 431050n }
 * readAmount('(1,234.56)', { currency: 'USD' }); // { ok: true, minorUnits: -123456n }
 * readAmount('4000', { currency: 'JPY' }); // { ok: true, minorUnits: 4000n }
 *
 * @example
 * readAmount('1.234,56', { currency: 'USD' });
 * // { ok: false, message: 'amount "1.234,56" is ambiguous: export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)' }
 * readAmount('4000.005', { currency: 'USD' }); // { ok: false, message: 'amount "4000.005" has 3 decimals, but USD payments have at most 2' }
 */
export function readAmount(cell: string, options: AmountOptions): AmountReading {
  const { currency } = options;
  const digits = options.minorDigits ?? minorUnitDigits(currency);
  const refuse = (message: string): AmountReading => ({ ok: false, message });
  const text = cell.trim();
  if (text === '') return refuse('the amount is empty; give the amount paid (0 for nothing)');
  const shown = `amount ${JSON.stringify(text)}`;
  const marks = currencyMarks(currency);
  const { negative, digitsText } = withoutMarksAndSign(text, marks);
  const plain = plainDigits(digitsText, digits);
  const value = plain === undefined ? undefined : parseDecimal(plain);
  if (value === undefined) return refuse(`${shown} ${amountProblem(digitsText, currency, marks)}`);
  const places = value.decimalPlaces();
  if (places > digits) {
    const grouped = /^\d{1,3}(\.\d{3})+$/.test(digitsText) ? `; if the dot separates thousands, ${AMOUNT_EXPORT_ADVICE}` : '';
    return refuse(`${shown} has ${places} decimal${places === 1 ? '' : 's'}, but ${currency} payments have ${digits === 0 ? 'none' : `at most ${digits}`}${grouped}`);
  }
  const units = toMinorUnits(value, digits);
  return { ok: true, minorUnits: negative ? -units : units };
}

/** The ways the reporting currency may be written next to an amount: its ISO code and its English symbol. */
type CurrencyMarks = { readonly code: string; readonly symbol: string };

const marksByCurrency = new Map<string, CurrencyMarks>();

function currencyMarks(currency: string): CurrencyMarks {
  let marks = marksByCurrency.get(currency);
  if (marks === undefined) {
    const symbol = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
    marks = { code: currency.toUpperCase(), symbol };
    marksByCurrency.set(currency, marks);
  }
  return marks;
}

/**
 * The text without one mark of the currency (before or after the sign) and without its
 * sign: `-$250.00`, `$-250.00` and `$ (250.00)` all give `250.00`, negative.
 */
function withoutMarksAndSign(cell: string, marks: CurrencyMarks): { negative: boolean; digitsText: string } {
  let text = cell;
  let marked = false;
  const peel = () => {
    if (marked) return;
    const rest = withoutCurrency(text, marks);
    if (rest === undefined) return;
    text = rest;
    marked = true;
  };
  peel();
  let negative = false;
  if (text.length >= 2 && text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  } else if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1).trim();
  }
  peel();
  return { negative, digitsText: text };
}

/** The text without the currency's code or symbol at its start or end; undefined when it has neither. */
function withoutCurrency(text: string, marks: CurrencyMarks): string | undefined {
  for (const mark of [marks.code, marks.symbol]) {
    if (text.slice(0, mark.length).toUpperCase() === mark.toUpperCase()) return text.slice(mark.length).trim();
    if (text.length > mark.length && text.slice(-mark.length).toUpperCase() === mark.toUpperCase()) return text.slice(0, -mark.length).trim();
  }
  return undefined;
}

const PLAIN_NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;
const ENGLISH_GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Unsigned digits with a dot for decimals and no separators; undefined when the text is not a number written plainly or in English groups. */
function plainDigits(text: string, digits: number): string | undefined {
  if (PLAIN_NUMBER.test(text)) return text;
  // "1,234" could be 1.234 written with a decimal comma where three decimals are whole minor units.
  const couldBeDecimalComma = digits >= 3 && !text.includes('.') && text.split(',').length === 2;
  return ENGLISH_GROUPED_NUMBER.test(text) && !couldBeDecimalComma ? text.replaceAll(',', '') : undefined;
}

/** Why an amount (without the reporting currency's marks and sign) is not a number costmodel reads. */
function amountProblem(text: string, currency: string, marks: CurrencyMarks): string {
  const otherSymbol = [...text.matchAll(/\p{Sc}/gu)].some(([symbol]) => !marks.symbol.includes(symbol));
  const codes = [/^([A-Za-z]{3})(?![A-Za-z])/.exec(text)?.[1], /(?<![A-Za-z])([A-Za-z]{3})$/.exec(text)?.[1]];
  const otherCode = codes.some((code) => code !== undefined && code.toUpperCase() !== marks.code && isKnownCurrency(code.toUpperCase()));
  if (otherSymbol || otherCode) return `is not in ${currency}, the plan's currency: convert it to ${currency} and ${AMOUNT_EXPORT_ADVICE}`;
  if (/\d/.test(text) && /^[\d.,'\s]+$/.test(text)) return `is ambiguous: ${AMOUNT_EXPORT_ADVICE}`;
  return `is not a number: ${AMOUNT_EXPORT_ADVICE}`;
}
