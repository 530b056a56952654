import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { ItemNormalizer } from './itemNormalizer.js';

/**
 * Checks that a usage or step item names a driver the scenario defines, reporting the
 * place and the names it could have meant otherwise. Returns whether it does.
 */
export function checkDriverReference(driver: string, path: string, normalizer: ItemNormalizer): boolean {
  if (normalizer.drivers.has(driver)) return true;
  if (normalizer.declaredDrivers.has(driver)) return false;
  const names = [...normalizer.declaredDrivers];
  normalizer.problem(
    path,
    'unknown-driver',
    names.length === 0
      ? `no driver is named "${driver}": this scenario defines no drivers (add "drivers", or "extends" a file that has them)`
      : `no driver is named "${driver}"${didYouMeanSuffix(driver, names)}; the drivers are ${names.map((name) => `"${name}"`).join(', ')}`,
  );
  return false;
}
