import type { MinorUnits } from './minorUnits.js';

/**
 * Minor units kept for later as plain numbers when every one is a safe integer: a list of
 * numbers is one object to the garbage collector, where a `bigint[]` is one more per value.
 * Values beyond 2^53 are kept as they are.
 *
 * @example
 * const kept = packedMinorUnits([400000n, -5n]);
 * [kept, unpackedMinorUnits(kept)]; // [[400000, -5], [400000n, -5n]]
 * unpackedMinorUnits(packedMinorUnits([2n ** 70n])); // [2n ** 70n]
 */
export function packedMinorUnits(units: readonly MinorUnits[]): PackedMinorUnits {
  const numbers: number[] = [];
  for (const value of units) {
    if (value > SAFE || value < -SAFE) return units;
    numbers.push(Number(value));
  }
  return numbers;
}

/** Minor units as {@link packedMinorUnits} keeps them. */
export type PackedMinorUnits = readonly number[] | readonly MinorUnits[];

/**
 * The minor units {@link packedMinorUnits} kept.
 *
 * @example
 * unpackedMinorUnits([1, 2]); // [1n, 2n]
 */
export function unpackedMinorUnits(kept: PackedMinorUnits): readonly MinorUnits[] {
  return kept.length > 0 && typeof kept[0] === 'number' ? (kept as readonly number[]).map((value) => BigInt(value)) : (kept as readonly MinorUnits[]);
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
