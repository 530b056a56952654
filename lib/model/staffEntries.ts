import type { Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import type { RecurringItem, StaffItem } from '../scenario/scenario.js';
import type { ModelContext } from './modelContext.js';
import { recurringEntries } from './recurringEntries.js';

/**
 * A staff item's payments. Each employment year, counted from the hiring month `from`,
 * costs ROUND(annualCost × fte × (1 + raise)^year) — `year` 0 for the first — allocated over
 * its 12 months exactly like a yearly amount billed monthly (the leftover cents go to the
 * first months). Every month of employment also pays ROUND(onCallStipend × onCallPeople).
 * Nothing is paid before `from` or after `months`.
 *
 * @example
 * const hire = unwrap(parseScenario({ name: 'IT hire', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'IT administrator', kind: 'staff', annualCost: '98000', from: '2009-07', onCallStipend: '250' }] }));
 * const context = { range: { first: parseMonth('2009-05')!, count: 3 }, minorDigits: 2, drivers: new Map(), view: 'cash' as const };
 * // 98,000 ÷ 12 = 8,166.67 (8 cents left over: the first 8 months get 8,166.67), plus 250.00 on call
 * staffEntries(hire.items[0] as StaffItem, context).map((amount) => amount?.toFixed(2)); // [undefined, undefined, '8416.67']
 */
export function staffEntries(item: StaffItem, context: ModelContext): (Decimal | undefined)[] {
  const salary: RecurringItem = {
    kind: 'recurring',
    name: item.name,
    category: item.category,
    amount: item.annualCost.times(item.fte),
    periodMonths: 12,
    billing: 'monthly',
    from: item.from,
    ...(item.months === undefined ? {} : { months: item.months }),
    ...(item.raise.isZero() ? {} : { escalation: { rate: item.raise, everyMonths: 12 } }),
  };
  const amounts = recurringEntries(salary, context.range, context.minorDigits);
  if (item.onCallStipend === undefined || item.onCallStipend.isZero()) return amounts;
  const stipend = roundMoney(item.onCallStipend.times(item.onCallPeople), context.minorDigits);
  // The salary repeats the same Decimal month after month; so does its sum with the stipend.
  const withStipend = new Map<Decimal, Decimal>();
  for (let index = 0; index < amounts.length; index++) {
    const part = amounts[index];
    if (part === undefined) continue;
    let sum = withStipend.get(part);
    if (sum === undefined) {
      sum = part.plus(stipend);
      withStipend.set(part, sum);
    }
    amounts[index] = sum;
  }
  return amounts;
}
