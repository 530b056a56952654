import { ZERO } from '../money/decimal.js';
import { checkDriverReference } from './driverReference.js';
import { definedOnly } from './definedOnly.js';
import type { ItemNormalizer } from './itemNormalizer.js';
import { PERIOD_MONTHS, type StepItem } from './scenario.js';
import type { StepItemFile } from './scenarioFile.js';

type Common = Pick<StepItem, 'name' | 'category' | 'source' | 'note'>;

/**
 * A step item with its defaults applied. Checks what the schema cannot: the driver exists,
 * a block serves more than 0 units, and the item costs something per block.
 */
export function normalizeStepItem(item: StepItemFile, path: string, common: Common, normalizer: ItemNormalizer): StepItem {
  checkDriverReference(item.driver, `${path}/driver`, normalizer);
  const blockSize = normalizer.decimalAt(item.blockSize, `${path}/blockSize`);
  if (blockSize.isZero()) normalizer.problem(`${path}/blockSize`, 'out-of-range', `expected a block size above 0, found ${JSON.stringify(item.blockSize)}`);
  if (item.oneTimePerBlock === undefined && item.recurringPerBlock === undefined) {
    normalizer.problem(path, 'missing-key', 'a step item needs "oneTimePerBlock" (paid for each block added), "recurringPerBlock" (paid for each block held) or both');
  }
  return definedOnly(common, {
    kind: 'step',
    driver: item.driver,
    blockSize,
    included: item.included === undefined ? ZERO : normalizer.decimalAt(item.included, `${path}/included`),
    oneTimePerBlock: item.oneTimePerBlock === undefined ? ZERO : normalizer.valueAt(item.oneTimePerBlock, `${path}/oneTimePerBlock`),
    recurringPerBlock: item.recurringPerBlock === undefined ? ZERO : normalizer.valueAt(item.recurringPerBlock, `${path}/recurringPerBlock`),
    periodMonths: PERIOD_MONTHS[item.every ?? 'month'],
    releaseUnused: item.releaseUnused ?? false,
    from: normalizer.monthAtOrAfterStart(item.from, `${path}/from`),
    months: item.months === undefined ? undefined : normalizer.monthsAt(item.months, `${path}/months`),
  });
}
