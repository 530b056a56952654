import { ZERO, type Decimal } from '../money/decimal.js';
import { checkDriverReference } from './driverReference.js';
import { definedOnly } from './definedOnly.js';
import type { ItemNormalizer } from './itemNormalizer.js';
import { PERIOD_MONTHS, type UsageItem, type UsageTier } from './scenario.js';
import type { UsageItemFile } from './scenarioFile.js';

type Common = Pick<UsageItem, 'name' | 'category' | 'source' | 'note'>;

/**
 * A usage item with its defaults applied. Checks what the schema cannot: the driver
 * exists, exactly one of `price` and `tiers` is given, and the tiers follow each other
 * without overlapping — each ends above the previous one, and only the last is open-ended.
 */
export function normalizeUsageItem(item: UsageItemFile, path: string, common: Common, normalizer: ItemNormalizer): UsageItem {
  checkDriverReference(item.driver, `${path}/driver`, normalizer);
  let tiers: UsageTier[] = [];
  if ((item.price === undefined) === (item.tiers === undefined)) {
    normalizer.problem(
      path,
      item.price === undefined ? 'missing-key' : 'conflicting-keys',
      item.price === undefined ? 'a usage item needs a "price" per unit, or "tiers"' : 'give a usage item a "price" or "tiers", not both',
    );
  } else if (item.price !== undefined) {
    tiers = [{ price: normalizer.valueAt(item.price, `${path}/price`) }];
  } else {
    tiers = normalizeTiers(item.tiers ?? [], `${path}/tiers`, normalizer);
  }
  return definedOnly(common, {
    kind: 'usage',
    driver: item.driver,
    tiers,
    tiering: item.tiering ?? 'graduated',
    periodMonths: PERIOD_MONTHS[item.every ?? 'month'],
    minimum: item.minimum === undefined ? ZERO : normalizer.valueAt(item.minimum, `${path}/minimum`),
    from: normalizer.monthAtOrAfterStart(item.from, `${path}/from`),
    months: item.months === undefined ? undefined : normalizer.monthsAt(item.months, `${path}/months`),
  });
}

function normalizeTiers(tiers: NonNullable<UsageItemFile['tiers']>, path: string, normalizer: ItemNormalizer): UsageTier[] {
  let previousEnd: Decimal = ZERO;
  return tiers.map((tier, index): UsageTier => {
    const at = `${path}/${index}`;
    const price = normalizer.valueAt(tier.price, `${at}/price`);
    const isLast = index === tiers.length - 1;
    if (tier.upTo === undefined) {
      if (!isLast) normalizer.problem(at, 'missing-key', `only the last tier may leave out "upTo"; tier ${index + 1} of ${tiers.length} has none, so the tiers after it overlap it`);
      return { price };
    }
    const upTo = normalizer.decimalAt(tier.upTo, `${at}/upTo`);
    if (upTo.lessThanOrEqualTo(previousEnd)) {
      normalizer.problem(
        `${at}/upTo`,
        'overlapping-tiers',
        index === 0
          ? `expected the first tier to end above 0, found ${upTo.toString()}`
          : `tiers overlap: tier ${index + 1} ends at ${upTo.toString()}, not above where tier ${index} ends (${previousEnd.toString()}); list tiers in increasing order of "upTo"`,
      );
    }
    if (isLast) {
      normalizer.problem(`${at}/upTo`, 'unpriced-quantity', `the last tier must leave out "upTo", so that quantities above ${upTo.toString()} have a price too`);
    }
    if (upTo.greaterThan(previousEnd)) previousEnd = upTo;
    return { upTo, price };
  });
}
