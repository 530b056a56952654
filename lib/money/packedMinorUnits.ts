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
  for (let index = 0; index < units.length; index++) {
    // Exact, and a safe integer, exactly when the value is at most 2^53 - 1 either way.
    const value = Number(units[index]);
    if (!Number.isSafeInteger(value)) return units;
    numbers.push(value);
  }
  return numbers;
}

/**
 * Minor units as {@link packedMinorUnits} keeps them, or as exact doubles in a typed array (a
 * ledger's monthly sums: see `monthlySumsAsDoubles`), whose memory is outside the heap.
 */
export type PackedMinorUnits = readonly number[] | Float64Array | readonly MinorUnits[];

/**
 * The minor units {@link packedMinorUnits} kept.
 *
 * @example
 * unpackedMinorUnits([1, 2]); // [1n, 2n]
 * unpackedMinorUnits(Float64Array.of(400000, -5)); // [400000n, -5n]
 */
export function unpackedMinorUnits(kept: PackedMinorUnits): readonly MinorUnits[] {
  return kept.length > 0 && typeof kept[0] === 'number' ? Array.from(kept as ArrayLike<number>, (value) => BigInt(value)) : (kept as readonly MinorUnits[]);
}
