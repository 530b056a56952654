import type { Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import { fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { CostItem } from '../scenario/scenario.js';
import type { ItemSchedule } from './itemSchedule.js';
import type { MonthRange } from './monthRange.js';
import { addDouble, categorySumsIn, type CategoryTally } from './categorySums.js';

const MINOR_UNIT_ENTRIES = Symbol('minor-unit entries');

/**
 * An item's entries computed in exact minor units (0n where nothing is due), by the kinds
 * whose payments repeat or change month after month (recurring and staff items, and usage
 * and step items priced by a driver).
 * The ledger takes them as they are and makes the Decimal `amounts` only when someone reads
 * them: allocating a Decimal per entry is what would make such an item slow.
 *
 * @example
 * const entries: MinorUnitEntries = minorUnitEntries([0n, 1250n]);
 * [isMinorUnitEntries(entries), entries.minorUnits]; // [true, [0n, 1250n]]
 */
export type MinorUnitEntries = { readonly [MINOR_UNIT_ENTRIES]: true; readonly minorUnits: readonly MinorUnits[] };

/**
 * Wraps minor units as an item's entries.
 *
 * @example
 * minorUnitEntries([400000n]).minorUnits; // [400000n]
 */
export function minorUnitEntries(minorUnits: readonly MinorUnits[]): MinorUnitEntries {
  return { [MINOR_UNIT_ENTRIES]: true, minorUnits };
}

/**
 * Entries shared by the items of several scenarios (see sharedEntries.ts), as one item's own:
 * a ledger's item holds its entries as they are, so each gets a copy of the shared ones
 * (copying is all it costs), and a change to one item's `minorUnits` is not every other's.
 *
 * @example
 * const shared = minorUnitEntries([1n]);
 * ownEntries(shared).minorUnits === shared.minorUnits; // false
 */
export function ownEntries(shared: MinorUnitEntries): MinorUnitEntries {
  return minorUnitEntries(shared.minorUnits.slice());
}

/**
 * Whether an item's entries are in minor units rather than Decimals.
 *
 * @example
 * [isMinorUnitEntries(minorUnitEntries([])), isMinorUnitEntries([undefined])]; // [true, false]
 */
export function isMinorUnitEntries(entries: readonly (Decimal | undefined)[] | MinorUnitEntries): entries is MinorUnitEntries {
  return MINOR_UNIT_ENTRIES in entries;
}

/**
 * An item's schedule from entries in minor units: nothing due from `until` on, each month's
 * units added to its category's sums in `tally`, and the Decimal amounts made on first read
 * (one Decimal per distinct amount).
 *
 * @example
 * const tally = { count: 3, limit: 2 ** 40, sums: new Map<string, Float64Array>(), exact: true };
 * const ledger = itemScheduleFromMinorUnits(selfHosted.items[0]!, minorUnitEntries([100n, 250n, 100n]), undefined, { first: selfHosted.start, count: 3 }, 2, tally);
 * [ledger.totalMinorUnits, ledger.amounts.map(String), tally.sums.get('hosting')]; // [450n, ['1', '2.5', '1'], Float64Array.of(100, 250, 100)]
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
  // Kept as they are when nothing is cut off, never changed here: each kind makes its entries for
  // this ledger alone, or, for a comparison written on first read, shares them (see ModelContext.shareEntries).
  const given = entries.minorUnits;
  const minorUnits = end === count && given.length === count ? given : new Array<MinorUnits>(count);
  const categorySums = categorySumsIn(tally, item.category);
  // The total in doubles while the sum of the entries' sizes stays below 2^53, else in bigint.
  let total = 0;
  let size = 0;
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
      total += lastAsDouble;
      size += lastAsDouble < 0 ? -lastAsDouble : lastAsDouble;
      addDouble(tally, categorySums, month, lastAsDouble);
    }
  }
  const totalMinorUnits = size <= Number.MAX_SAFE_INTEGER ? BigInt(total) : minorUnits.reduce((sum, units) => sum + units, 0n);
  return new ScheduleInMinorUnits(item, minorUnits, totalMinorUnits, minorDigits);
}

/**
 * An item's schedule made from its entries in minor units, its Decimal amounts made when
 * first read (one Decimal per distinct amount). A class, with `amounts` read through its
 * prototype: an object literal with a getter is made as a dictionary, some 600 bytes and
 * slower to make, ten thousand times for a comparison of a thousand scenarios.
 */
class ScheduleInMinorUnits implements ItemSchedule {
  readonly item: CostItem;
  readonly minorUnits: readonly MinorUnits[];
  readonly totalMinorUnits: MinorUnits;
  readonly #minorDigits: number;
  #amounts: (Decimal | undefined)[] | undefined;

  constructor(item: CostItem, minorUnits: readonly MinorUnits[], totalMinorUnits: MinorUnits, minorDigits: number) {
    this.item = item;
    this.minorUnits = minorUnits;
    this.totalMinorUnits = totalMinorUnits;
    this.#minorDigits = minorDigits;
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
