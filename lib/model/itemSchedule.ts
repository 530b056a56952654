import type { Decimal } from '../money/decimal.js';
import type { MinorUnits } from '../money/minorUnits.js';
import type { CostItem } from '../scenario/scenario.js';

/**
 * One cost item's entries over the range. `amounts` and `minorUnits` may be made when first
 * read, by getters of the object's class: read the fields by name (or destructure them), as
 * the type gives them; spreading a ledger's item copies its own fields only.
 *
 * @example
 * const [setup, hosting] = scenarioSchedule(managedProvider, { first: managedProvider.start, count: 2 }).items;
 * setup?.amounts.map((amount) => amount?.toFixed(2)); // ['45000.00', undefined]
 * [hosting?.item.name, hosting?.totalMinorUnits]; // ['Managed hosting', 8000000n]
 */
export type ItemSchedule = {
  readonly item: CostItem;
  /** `undefined` where nothing is due. */
  readonly amounts: readonly (Decimal | undefined)[];
  /** The same amounts in exact minor units (0n where nothing is due). */
  readonly minorUnits: readonly MinorUnits[];
  /** The item's total over the range. */
  readonly totalMinorUnits: MinorUnits;
};
