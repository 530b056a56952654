/**
 * Rounds half away from zero, as the exact engine rounds money.
 *
 * @example
 * [roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(0.49999999999999994)]; // [3, -3, 0]
 */
export function roundHalfAway(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}
