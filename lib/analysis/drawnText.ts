import { Money } from '../money/decimal.js';
import type { ValueKind } from '../scenario/normalizeRange.js';

/**
 * A drawn value as a trial uses it, in plain decimal notation: money to its minor unit
 * (`digits`), a count of months as the whole number it is, a rate (as a fraction) or another quantity as the shortest decimal that reads
 * back as the same binary double — so the exact engine, the float path and a spreadsheet
 * reading the samples all use one and the same value.
 *
 * @example
 * [drawnText('money', 36742.35, 2), drawnText('rate', 0.0312345678901234567, 2), drawnText('quantity', 20, 2), drawnText('rate', 1.5e-7, 2), drawnText('months', 24, 2)];
 * // ['36742.35', '0.031234567890123455', '20', '0.00000015', '24']
 */
export function drawnText(kind: ValueKind, value: number, digits: number): string {
  if (kind === 'months' && !Number.isInteger(value)) throw new Error(`a drawn count of months is a whole number, not ${value}`);
  return kind === 'money' ? value.toFixed(digits) : kind === 'months' ? value.toFixed(0) : new Money(String(value)).toFixed();
}
