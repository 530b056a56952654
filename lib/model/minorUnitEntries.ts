import type { Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import { fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { CostItem } from '../scenario/scenario.js';
import type { ItemSchedule } from './itemSchedule.js';
import type { MonthRange } from './monthRange.js';
import { addDouble, asBigints, categorySumsIn, type CategoryTally } from './categorySums.js';

/**
 * An item's entries computed in exact minor units (0 where nothing is due), as every kind
 * gives them unless a payment due is 0 minor units (only Decimal entries tell such a month
 * from one with nothing due): as numbers when every entry is a safe integer (at most
 * 2^53 − 1 either way), else as bigints. A number in an array costs no allocation of its own,
 * where a bigint is one, month after month, item after item.
 * The ledger takes them as they are and makes the bigint `minorUnits` and the Decimal
 * `amounts` only when someone reads them.
 *
 * @example
 * const entries: MinorUnitEntries = minorUnitEntries([0n, 1250n]);
 * [isMinorUnitEntries(entries), entries.units]; // [true, [0, 1250]]
 * minorUnitEntries([0n, 2n ** 60n]).units; // [0n, 2n ** 60n]
 */
export class MinorUnitEntries {
  readonly units: EntryUnits;

  constructor(units: EntryUnits) {
    this.units = units;
  }
}

/** An item's entries in minor units: numbers, every one a safe integer, or bigints. */
export type EntryUnits = readonly number[] | readonly MinorUnits[];

/**
 * Wraps minor units as an item's entries: as numbers when every one is a safe integer.
 *
 * @example
 * minorUnitEntries([400000n]).units; // [400000]
 */
export function minorUnitEntries(minorUnits: readonly MinorUnits[]): MinorUnitEntries {
  return new MinorUnitEntries(safeNumbers(minorUnits) ?? minorUnits);
}

/**
 * Wraps entries already in one of their forms as an item's: numbers, every one a safe integer
 * (see {@link safeNumber}), or bigints.
 *
 * @example
 * [entriesOf([0, 4000]).units, entriesOf([2n ** 60n]).units]; // [[0, 4000], [2n ** 60n]]
 */
export function entriesOf(units: EntryUnits): MinorUnitEntries {
  return new MinorUnitEntries(units);
}

/**
 * Minor units as a number when that is exact and safe (at most 2^53 − 1 either way), else undefined.
 *
 * @example
 * [safeNumber(-25n), safeNumber(2n ** 53n - 1n), safeNumber(2n ** 53n)]; // [-25, 9007199254740991, undefined]
 */
export function safeNumber(units: MinorUnits): number | undefined {
  const number = Number(units);
  return Number.isSafeInteger(number) ? number : undefined;
}

/**
 * Minor units as numbers when every one is a safe integer (see {@link safeNumber}), else undefined.
 *
 * @example
 * [safeNumbers([0n, -25n]), safeNumbers([1n, 2n ** 53n])]; // [[0, -25], undefined]
 */
export function safeNumbers(minorUnits: readonly MinorUnits[]): number[] | undefined {
  const numbers = new Array<number>(minorUnits.length).fill(0);
  for (let index = 0; index < minorUnits.length; index++) {
    const units = safeNumber(minorUnits[index] as MinorUnits);
    if (units === undefined) return undefined;
    numbers[index] = units;
  }
  return numbers;
}

/**
 * An item's entries as bigints, whichever form they are in.
 *
 * @example
 * [minorUnitsOf(minorUnitEntries([0n, 1250n])), minorUnitsOf(entriesOf([2n ** 60n]))]; // [[0n, 1250n], [2n ** 60n]]
 */
export function minorUnitsOf(entries: MinorUnitEntries): readonly MinorUnits[] {
  const units = entries.units;
  return areNumbers(units) ? asBigints(units) : units;
}

/**
 * Entries shared by the items of several scenarios (see sharedEntries.ts), as one item's own:
 * a ledger's item holds its entries as they are, so each gets a copy of the shared ones
 * (copying is all it costs), and a change to one item's entries is not every other's.
 *
 * @example
 * const shared = minorUnitEntries([1n]);
 * ownEntries(shared).units === shared.units; // false
 */
export function ownEntries(shared: MinorUnitEntries): MinorUnitEntries {
  return new MinorUnitEntries(shared.units.slice() as EntryUnits);
}

/**
 * Whether an item's entries are in minor units rather than Decimals.
 *
 * @example
 * [isMinorUnitEntries(minorUnitEntries([])), isMinorUnitEntries([undefined])]; // [true, false]
 */
export function isMinorUnitEntries(entries: readonly (Decimal | undefined)[] | MinorUnitEntries): entries is MinorUnitEntries {
  return entries instanceof MinorUnitEntries;
}

/** Whether entries are numbers (the other kind is bigints). */
function areNumbers(units: EntryUnits): units is readonly number[] {
  return typeof units[0] !== 'bigint';
}

/**
 * An item's schedule from entries in minor units: nothing due from `until` on, each month's
 * units added to its category's sums in `tally`, and the bigint `minorUnits` and Decimal
 * `amounts` made on first read (one Decimal per distinct amount).
 *
 * @example
 * const tally = { count: 3, limit: 2 ** 40, sums: new Map<string, Float64Array>(), total: new Float64Array(3), exact: true };
 * const ledger = itemScheduleFromMinorUnits(selfHosted.items[0]!, minorUnitEntries([100n, 250n, 100n]), undefined, { first: selfHosted.start, count: 3 }, 2, tally);
 * [ledger.totalMinorUnits, ledger.minorUnits, ledger.amounts.map(String), tally.sums.get('hosting')];
 * // [450n, [100n, 250n, 100n], ['1', '2.5', '1'], Float64Array.of(100, 250, 100)]
 */
export function itemScheduleFromMinorUnits(
  item: CostItem,
  entries: MinorUnitEntries,
  until: Month | undefined,
  range: MonthRange,
  minorDigits: number,
  tally: CategoryTally,
): ItemSchedule {
  const count = range.count;
  const end = until === undefined ? count : Math.max(0, Math.min(count, until - range.first));
  const given = entries.units;
  const categorySums = categorySumsIn(tally, item.category);
  if (areNumbers(given)) {
    const monthly = tally.total;
    // Kept as they are when nothing is cut off, never changed here: each kind makes its entries for
    // this ledger alone, or, for a comparison written on first read, shares them (see ModelContext.shareEntries).
    const units = end === count && given.length === count ? given : cutOff(given, end, count);
    // The total in doubles while the sum of the entries' sizes stays below 2^53, else in bigint.
    let total = 0;
    let size = 0;
    for (let month = 0; month < count; month++) {
      const entry = units[month] as number;
      if (entry === 0) continue;
      total += entry;
      size += entry < 0 ? -entry : entry;
      categorySums[month] = (categorySums[month] as number) + entry;
      monthly[month] = (monthly[month] as number) + entry;
    }
    // An entry beyond the tally's limit makes its sums inexact (see addDouble): they are then
    // made again in bigint. No entry is larger than their sizes' sum, looked at only when that is.
    if (size > tally.limit && largestSize(units) > tally.limit) tally.exact = false;
    const totalMinorUnits = size <= Number.MAX_SAFE_INTEGER ? BigInt(total) : units.reduce((sum, entry) => sum + BigInt(entry), 0n);
    return new ScheduleInMinorUnits(item, units, totalMinorUnits, minorDigits);
  }
  const minorUnits = end === count && given.length === count ? given : new Array<MinorUnits>(count);
  let total = 0n;
  // Months that repeat an amount repeat its bigint: it is read as a double once per run.
  let last: MinorUnits = 0n;
  let lastAsDouble = 0;
  for (let month = 0; month < count; month++) {
    const units = month < end ? (given[month] ?? 0n) : 0n;
    if (minorUnits !== given) (minorUnits as MinorUnits[])[month] = units;
    if (units !== 0n) {
      if (units !== last) {
        last = units;
        lastAsDouble = Number(units);
      }
      total += units;
      addDouble(tally, categorySums, month, lastAsDouble);
    }
  }
  return new ScheduleInMinorUnits(item, minorUnits, total, minorDigits);
}

/** The bigints made from each array of numbers an item's schedule holds, once for all the items that share it. */
const BIGINTS_OF_NUMBERS = new WeakMap<readonly number[], readonly MinorUnits[]>();

/** Entries with nothing due from month `end` on, `count` months of them. */
function cutOff(entries: readonly number[], end: number, count: number): number[] {
  const units = new Array<number>(count).fill(0);
  for (let month = 0; month < end && month < entries.length; month++) units[month] = entries[month] as number;
  return units;
}

/** The largest of entries, either way. */
function largestSize(entries: readonly number[]): number {
  let largest = 0;
  for (let month = 0; month < entries.length; month++) {
    const entry = entries[month] as number;
    const size = entry < 0 ? -entry : entry;
    if (size > largest) largest = size;
  }
  return largest;
}

/**
 * An item's schedule made from its entries in minor units, its bigint `minorUnits` and Decimal
 * `amounts` made when first read (one Decimal per distinct amount). A class, with both read
 * through its prototype: an object literal with a getter is made as a dictionary, some 600
 * bytes and slower to make, ten thousand times for a comparison of a thousand scenarios.
 */
class ScheduleInMinorUnits implements ItemSchedule {
  readonly item: CostItem;
  readonly totalMinorUnits: MinorUnits;
  readonly #units: EntryUnits;
  readonly #minorDigits: number;
  #minorUnits: readonly MinorUnits[] | undefined;
  #amounts: (Decimal | undefined)[] | undefined;

  constructor(item: CostItem, units: EntryUnits, totalMinorUnits: MinorUnits, minorDigits: number) {
    this.item = item;
    this.totalMinorUnits = totalMinorUnits;
    this.#units = units;
    this.#minorDigits = minorDigits;
  }

  get minorUnits(): readonly MinorUnits[] {
    if (this.#minorUnits === undefined) {
      const units = this.#units;
      if (areNumbers(units)) {
        // Entries shared by several items (ModelContext.shareEntries) give them one array of bigints too.
        let bigints = BIGINTS_OF_NUMBERS.get(units);
        if (bigints === undefined) {
          bigints = asBigints(units);
          BIGINTS_OF_NUMBERS.set(units, bigints);
        }
        this.#minorUnits = bigints;
      } else {
        this.#minorUnits = units;
      }
    }
    return this.#minorUnits;
  }

  get amounts(): readonly (Decimal | undefined)[] {
    if (this.#amounts === undefined) {
      const byUnits = new Map<MinorUnits, Decimal>();
      this.#amounts = this.minorUnits.map((units) => {
        if (units === 0n) return undefined;
        let amount = byUnits.get(units);
        if (amount === undefined) {
          amount = fromMinorUnits(units, this.#minorDigits);
          byUnits.set(units, amount);
        }
        return amount;
      });
    }
    return this.#amounts;
  }
}
