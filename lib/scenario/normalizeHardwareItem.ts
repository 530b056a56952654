import { ZERO } from '../money/decimal.js';
import { definedOnly } from './definedOnly.js';
import type { ItemNormalizer } from './itemNormalizer.js';
import type { HardwareItem } from './scenario.js';
import type { HardwareItemFile } from './scenarioFile.js';

/**
 * Reads a `hardware` item: the purchase month (not before the start), refresh on by
 * default, and a salvage value of at most the price (more would make owning it a profit
 * the amortized view could not spread). The schema has already refused a life of 0 months.
 *
 * @example
 * const result = parseScenario({ name: 'Own', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Servers', kind: 'hardware', price: '1000', lifeMonths: 36, salvage: '1500' }] });
 * result.ok ? [] : result.issues.map(formatIssue); // ['/costs/0/salvage: expected a salvage value of at most the price, 1000, found "1500"']
 */
export function normalizeHardwareItem(
  item: HardwareItemFile,
  path: string,
  common: Pick<HardwareItem, 'name' | 'category' | 'source' | 'note'>,
  normalizer: ItemNormalizer,
): HardwareItem {
  const price = normalizer.valueAt(item.price, `${path}/price`);
  const salvage = item.salvage === undefined ? ZERO : normalizer.valueAt(item.salvage, `${path}/salvage`);
  if (salvage.greaterThan(price)) {
    normalizer.problem(`${path}/salvage`, 'invalid-value', `expected a salvage value of at most the price, ${price.toString()}, found ${JSON.stringify(item.salvage)}`);
  }
  return definedOnly(common, {
    kind: 'hardware',
    price,
    lifeMonths: normalizer.monthsAt(item.lifeMonths, `${path}/lifeMonths`),
    from: normalizer.monthAtOrAfterStart(item.from, `${path}/from`),
    refresh: item.refresh ?? true,
    salvage,
  });
}
