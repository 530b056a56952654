import { Money, ZERO } from '../money/decimal.js';
import { parseDecimal } from '../money/parseDecimal.js';
import { definedOnly } from './definedOnly.js';
import type { ItemNormalizer } from './itemNormalizer.js';
import { onCallRotationSize } from './onCallRotationSize.js';
import type { StaffItem } from './scenario.js';
import type { StaffItemFile } from './scenarioFile.js';

/**
 * Reads a `staff` item: the hiring month (not before the start), the raise (above −100%),
 * and `fte`, which defaults to the people its `coverage` needs, or 1. A stated `fte` below
 * what the coverage needs is kept — it is what you plan — and reported by the comparison
 * as a note, not as an error.
 *
 * @example
 * const team = unwrap(parseScenario({ name: 'Ops', currency: 'USD', start: '2009-05', costs: [{ name: 'Ops', kind: 'staff',
 *   annualCost: '98000', fte: 1.5, onCallStipend: '400', coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } }] }));
 * const staff = team.items[0] as StaffItem;
 * [staff.fte.toString(), staff.onCallPeople, staff.coverage?.peopleNeeded]; // ['1.5', 2, 5]
 */
export function normalizeStaffItem(
  item: StaffItemFile,
  path: string,
  common: Pick<StaffItem, 'name' | 'category' | 'source' | 'note'>,
  normalizer: ItemNormalizer,
): StaffItem {
  let raise = ZERO;
  if (item.raise !== undefined) {
    const rate = normalizer.rateAt(item.raise, `${path}/raise`);
    if (rate === undefined || rate.lessThanOrEqualTo(-1)) {
      normalizer.problem(`${path}/raise`, 'invalid-value', `expected a yearly raise above -100%, found ${JSON.stringify(item.raise)}`);
    } else {
      raise = rate;
    }
  }
  const coverage =
    item.coverage === undefined
      ? undefined
      : {
          hoursPerWeek: item.coverage.hoursPerWeek,
          maxOnCallHoursPerPersonPerWeek: item.coverage.maxOnCallHoursPerPersonPerWeek,
          peopleNeeded: onCallRotationSize(item.coverage.hoursPerWeek, item.coverage.maxOnCallHoursPerPersonPerWeek),
        };
  const fte = (item.fte === undefined ? undefined : parseDecimal(item.fte)) ?? new Money(coverage?.peopleNeeded ?? 1);
  return definedOnly(common, {
    kind: 'staff',
    annualCost: normalizer.valueAt(item.annualCost, `${path}/annualCost`),
    fte,
    from: normalizer.monthAtOrAfterStart(item.from, `${path}/from`),
    months: item.months === undefined ? undefined : normalizer.monthsAt(item.months, `${path}/months`),
    raise,
    onCallStipend: item.onCallStipend === undefined ? undefined : normalizer.valueAt(item.onCallStipend, `${path}/onCallStipend`),
    onCallPeople: fte.ceil().toNumber(),
    coverage,
  });
}
