import { Money } from '../money/decimal.js';
import type { ValueKind } from '../scenario/normalizeRange.js';

/**
 * A drawn value as a trial uses it, in plain decimal notation: money to its minor unit
 * (`digits`), a rate (as a fraction) or another quantity to 15 significant digits, all a
 * binary double holds for certain.
 *
 * @example
 * [drawnText('money', 36742.35, 2), drawnText('rate', 0.0312345678901234567, 2), drawnText('quantity', 20, 2), drawnText('rate', 1.5e-7, 2)];
 * // ['36742.35', '0.0312345678901235', '20', '0.00000015']
 */
export function drawnText(kind: ValueKind, value: number, digits: number): string {
  return kind === 'money' ? value.toFixed(digits) : new Money(value.toPrecision(15)).toFixed();
}
