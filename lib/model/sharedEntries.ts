/**
 * What the scenarios of one comparison share, worked out once: compared scenarios share
 * their drivers (they must agree on them), and most often their usage and step items too
 * (from the base file they extend). A driver's values are shared as they are (the ledger
 * only reads them); an item's entries are copied for each item that asks for them, so that
 * a change to one item's is not another's (`ownEntries` in minorUnitEntries.ts), except in
 * the ledgers of a comparison written on first read, which only costmodel reads
 * (`ModelContext.shareEntries`).
 * Two things are the same when they are made of the same instances: the values a file gives
 * are read into shared Decimals (lib/money/parseDecimal.ts), so items written alike in
 * different files are made of the same ones. Things made of other instances of equal values
 * are worked out again: slower, never wrong.
 */

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/**
 * A number for an object, the same every time it is asked for that object (0 for none): a
 * key for what is made from it, without reading it.
 *
 * @example
 * const value = toDecimal('2.75');
 * [identityOf(value) === identityOf(value), identityOf(value) === identityOf(toDecimal('2.75')), identityOf(undefined)];
 * // [true, false, 0]
 */
export function identityOf(value: object | undefined): number {
  if (value === undefined) return 0;
  let identity = identities.get(value);
  if (identity === undefined) {
    identity = ++lastIdentity;
    identities.set(value, identity);
  }
  return identity;
}

/**
 * A bounded memo of what is shared, by a key made with {@link identityOf}: `make` runs when
 * the key was not met lately. At most `MAX_SHARED` results are kept: a bound, not a tuning knob.
 *
 * @example
 * const memo = new Map<string, string[]>();
 * const first = sharedByKey(memo, 'a', () => ['made once']);
 * sharedByKey(memo, 'a', () => ['made twice']) === first; // true
 */
export function sharedByKey<T>(memo: Map<string, T>, key: string, make: () => T): T {
  let shared = memo.get(key);
  if (shared === undefined) {
    shared = make();
    if (memo.size >= MAX_SHARED) memo.clear();
    memo.set(key, shared);
  }
  return shared;
}

const MAX_SHARED = 256;
