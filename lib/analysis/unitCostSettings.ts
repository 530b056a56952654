import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { Issue } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { parseDecimal } from '../money/parseDecimal.js';
import type { Driver, Scenario } from '../scenario/scenario.js';

/**
 * What a comparison divides each month's cost by: a driver the compared scenarios define
 * (the same everywhere, see driverConflicts), and the target cost per unit, if any.
 *
 * @example
 * const settings: UnitCostSettings | undefined = unitCostSettings([], {}, []);
 * settings; // undefined
 */
export type UnitCostSettings = {
  readonly driver: Driver;
  readonly target?: Decimal;
};

/**
 * Reads the `per` and `perTarget` options against the scenarios: `per` must name a driver
 * that at least one scenario defines (scenarios that do not define it are divided by the
 * same driver: it is a business assumption, shared), `perTarget` must be a non-negative
 * amount and needs `per`. Problems are added to `issues`.
 */
export function unitCostSettings(
  scenarios: readonly Scenario[],
  options: { readonly per?: string; readonly perTarget?: string | number },
  issues: Issue[],
): UnitCostSettings | undefined {
  let target: Decimal | undefined;
  if (options.perTarget !== undefined) {
    target = parseDecimal(options.perTarget);
    if (target === undefined || target.isNegative()) {
      issues.push({ code: 'invalid-option', message: `--per-target: expected a cost per unit such as 50 or 12.50, found "${String(options.perTarget)}"` });
      target = undefined;
    }
    if (options.per === undefined) issues.push({ code: 'invalid-option', message: '--per-target: give --per too, the driver to divide the cost by (e.g. --per customers)' });
  }
  if (options.per === undefined) return undefined;
  const defined = new Map<string, Driver>();
  for (const scenario of scenarios) for (const [name, driver] of scenario.drivers ?? []) if (!defined.has(name)) defined.set(name, driver);
  const driver = defined.get(options.per);
  if (driver === undefined) {
    const names = [...defined.keys()];
    issues.push({
      code: 'unknown-driver',
      message:
        names.length === 0
          ? `--per: no compared scenario defines drivers, so there is no "${options.per}" to divide the cost by`
          : `--per: no compared scenario defines a driver "${options.per}"${didYouMeanSuffix(options.per, names)}; the drivers are ${names.map((n) => `"${n}"`).join(', ')}`,
    });
    return undefined;
  }
  return target === undefined ? { driver } : { driver, target };
}
