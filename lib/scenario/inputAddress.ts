/**
 * Where one numeric input lives in a normalized {@link Scenario}: a field of a cost item
 * (by its index in the file's `costs`, which is its index in `items`), a tier's price of a
 * usage item, a count of months of an item (how long it runs, a hardware item's life), the
 * commitment's length and notice, a migration overlap's length, the price after a
 * month-to-month renewal, the exit fee's amount or share, or a driver's value or growth.
 *
 * @example
 * const fee: InputAddress = { on: 'item', index: 1, field: 'amount' };
 * withInput(managedProvider, fee, toDecimal('30000'))?.items[1]?.kind; // 'recurring'
 */
export type InputAddress =
  | { readonly on: 'item'; readonly index: number; readonly field: ItemField }
  | { readonly on: 'tier'; readonly index: number; readonly tier: number }
  | { readonly on: 'itemMonths'; readonly index: number; readonly field: 'months' | 'lifeMonths' }
  | { readonly on: 'commitment' }
  | { readonly on: 'notice' }
  | { readonly on: 'overlap' }
  | { readonly on: 'renewal' }
  | { readonly on: 'exitFee'; readonly field: 'amount' | 'share' }
  | { readonly on: 'driver'; readonly name: string; readonly field: 'value' | 'add' | 'rate' };

/**
 * The fields of a cost item that hold one number: money (`amount`, `price`, `minimum`,
 * `oneTimePerBlock`, `recurringPerBlock`, `annualCost`, `onCallStipend`, a hardware item's
 * `salvage`) or a rate
 * (`escalation`, the rate of a recurring item's escalation, and `raise`).
 *
 * @example
 * const field: ItemField = 'annualCost';
 * field; // 'annualCost'
 */
export type ItemField = 'amount' | 'price' | 'minimum' | 'oneTimePerBlock' | 'recurringPerBlock' | 'annualCost' | 'onCallStipend' | 'salvage' | 'escalation' | 'raise';
