import { unitCosts } from '../analysis/unitCosts.js';
import { driverValues } from '../model/driverValues.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import type { AnalysisMonth, UnitCost } from './comparison.js';

/**
 * The `unitCost` of one scenario of a comparison, when the settings ask for one; no key
 * otherwise, so a comparison without `per` is exactly what it was. Every scenario is divided
 * by the same driver values (compared scenarios agree on their drivers), so a scenario that
 * does not define the driver still has a cost per unit.
 *
 * @example
 * const growth = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', drivers: { customers: { value: 100 } },
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: '4000', every: 'month' }] }));
 * const settings = unwrap(resolveSettings([growth, selfHosted], { months: 1, per: 'customers' }));
 * const ledger = scenarioSchedule(selfHosted, { first: settings.from, count: 1 });
 * scenarioUnitCost(ledger, settings, (index) => ({ month: index + 1, calendar: '2009-05' })).unitCost?.monthly; // ['40.00']
 */
export function scenarioUnitCost(
  ledger: ScenarioSchedule,
  settings: AnalysisSettings,
  at: (index: number) => AnalysisMonth,
): { readonly unitCost?: UnitCost } {
  if (settings.unitCost === undefined) return {};
  const { driver, target } = settings.unitCost;
  const units = driverValues(driver, { first: settings.from, count: settings.months });
  const costs = unitCosts(ledger.monthlyMinorUnits, units, settings.minorDigits, target);
  return {
    unitCost: {
      driver: driver.name,
      unit: driver.unit ?? `unit of ${driver.name}`,
      units: units.map(String),
      monthly: costs.perUnit.map((cost) => (cost === undefined ? null : cost.toFixed(settings.minorDigits))),
      target: target === undefined ? null : target.toFixed(settings.minorDigits),
      atOrBelowTarget: costs.atOrBelowIndex === undefined ? null : at(costs.atOrBelowIndex),
    },
  };
}
