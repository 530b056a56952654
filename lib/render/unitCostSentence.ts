import type { UnitCost } from '../report/comparison.js';
import { displayAmount } from './displayAmount.js';

/**
 * The sentence under a comparison about a scenario's cost per driver unit: what it is in
 * the first and the last month with units, and when it first reaches the target.
 *
 * @example
 * const unitCost: UnitCost = { driver: 'customers', unit: 'customer', units: ['200', '220', '240'], monthly: ['25.00', '23.18', '21.67'],
 *   target: '23.60', atOrBelowTarget: { month: 2, calendar: '2009-06' } };
 * unitCostSentence('Growth', unitCost, { digits: 2, months: ['2009-05', '2009-06', '2009-07'] });
 * // 'Growth costs 25.00 per customer in month 1 (2009-05) and 21.67 in month 3 (2009-07); at or below 23.60 first in month 2 (2009-06).'
 */
export function unitCostSentence(name: string, unitCost: UnitCost, horizon: { readonly digits: number; readonly months: readonly string[] }): string {
  const { digits, months } = horizon;
  const month = (index: number) => `month ${index + 1} (${months[index] as string})`;
  const first = unitCost.monthly.findIndex((cost) => cost !== null);
  if (first < 0) return `${name} has no cost per ${unitCost.unit}: ${unitCost.driver} is 0 in every month.`;
  let last = unitCost.monthly.length - 1;
  while (unitCost.monthly[last] === null) last--;
  const amount = (index: number) => displayAmount(unitCost.monthly[index] as string, digits);
  const span = first === last ? `in ${month(first)}` : `in ${month(first)} and ${amount(last)} in ${month(last)}`;
  const costs = `${name} costs ${amount(first)} per ${unitCost.unit} ${span}`;
  if (unitCost.target === null) return `${costs}.`;
  const target = displayAmount(unitCost.target, digits);
  const reached = unitCost.atOrBelowTarget;
  if (reached === null) return `${costs}; never at or below ${target} within ${months.length} months.`;
  return `${costs}; at or below ${target} first in ${month(reached.month - 1)}.`;
}
