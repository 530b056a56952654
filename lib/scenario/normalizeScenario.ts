import { formatMonth, LAST_MONTH, outsideCalendar, parseMonth, type Month } from '../calendar/month.js';
import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { isKnownCurrency, minorUnitDigits } from '../money/minorUnitDigits.js';
import { parseDecimal, parseRate } from '../money/parseDecimal.js';
import { ZERO, type Decimal } from '../money/decimal.js';
import type { ItemNormalizer } from './itemNormalizer.js';
import { normalizeDrivers } from './normalizeDrivers.js';
import { itemsUnderRenewal, normalizeCommitment } from './normalizeCommitment.js';
import { normalizeHardwareItem } from './normalizeHardwareItem.js';
import { normalizeStaffItem } from './normalizeStaffItem.js';
import { normalizeStepItem } from './normalizeStepItem.js';
import { normalizeUsageItem } from './normalizeUsageItem.js';
import { definedOnly } from './definedOnly.js';
import { PERIOD_MONTHS, type CostItem, type Scenario } from './scenario.js';
import type { CostItemFile, ScenarioFile, Uncertain } from './scenarioFile.js';
import { isRangeFile, leastMonthCount, uncertainValue, type RangeContext, type ScenarioRange } from './normalizeRange.js';

const DEFAULT_CATEGORY = 'other';

/**
 * Turns a schema-valid scenario file into a {@link Scenario}: applies defaults, reads
 * amounts and rates exactly, and checks what the schema cannot — a known currency, item
 * names unique within the file, no payment before the scenario's start.
 *
 * @example
 * const result = normalizeScenario({ name: 'Self-hosted', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: '48000', every: 'year', billing: 'monthly' }] });
 * result.ok && result.value.items[0]?.category; // 'other'
 */
export function normalizeScenario(file: ScenarioFile, origin?: string): Result<Scenario> {
  const issues: Issue[] = [];
  const problem = (path: string, code: IssueCode, message: string) =>
    issues.push(origin === undefined ? { code, path, message } : { code, file: origin, path, message });

  if (!isKnownCurrency(file.currency)) {
    problem('/currency', 'unknown-currency', `expected an ISO 4217 currency code, found "${file.currency}", which is not a currency this platform knows`);
  }
  const minorDigits = isKnownCurrency(file.currency) ? minorUnitDigits(file.currency) : 2;
  const start = parseMonth(file.start) as Month;
  const startProblem = outsideCalendar(start);
  if (startProblem !== undefined) problem('/start', 'outside-calendar', startProblem);

  const monthAtOrAfterStart = (text: string | undefined, path: string): Month => {
    if (text === undefined) return start;
    const month = parseMonth(text) as Month;
    if (month < start) {
      problem(path, 'before-start', `${text} is before the scenario's start ${formatMonth(start)}; a scenario costs nothing before its start`);
    }
    return month;
  };
  const amountAt = (value: string | number, path: string): Decimal => {
    const amount = parseDecimal(value);
    if (amount === undefined) throw new Error(`schema let through an unreadable amount at ${path}`);
    return amount;
  };
  // A range's median stands in for it; an invalid range has been reported and reads as 0.
  const ranges: ScenarioRange[] = [];
  const rangeContext: RangeContext = { problem, minorDigits, ranges };
  const valueAt = (value: Uncertain<string | number>, path: string, kind: 'money' | 'quantity' = 'money'): Decimal => uncertainValue(value, path, kind, rangeContext) ?? ZERO;
  const rateAt = (value: Uncertain<string | number>, path: string): Decimal | undefined => (isRangeFile(value) ? (uncertainValue(value, path, 'rate', rangeContext) ?? ZERO) : parseRate(value));
  // An invalid range of months has been reported; it reads as the least count the field allows.
  const monthsAt = (value: Uncertain<number>, path: string): number => uncertainValue(value, path, 'months', rangeContext)?.toNumber() ?? leastMonthCount(path);

  if (file.extends !== undefined) {
    problem('/extends', 'extends-needs-file', 'a scenario extends a base file only when it is read from a file (readScenarioFile, loadScenarios or the CLI); in code, merge the base in yourself');
  }
  const drivers = normalizeDrivers(file.drivers, start, problem, { decimalAt: amountAt, valueAt, rateAt });
  const normalizer: ItemNormalizer = {
    problem,
    monthAtOrAfterStart,
    decimalAt: amountAt,
    valueAt,
    rateAt,
    monthsAt,
    drivers,
    declaredDrivers: new Set(Object.keys(file.drivers ?? {})),
  };

  const names = new Map<string, number>();
  const items: CostItem[] = file.costs.map((item: CostItemFile, index): CostItem => {
    const path = `/costs/${index}`;
    const earlier = names.get(item.name);
    if (earlier !== undefined) {
      problem(`${path}/name`, 'duplicate-item', `another cost item (/costs/${earlier}) is already named "${item.name}"; item names must be unique within a scenario`);
    } else {
      names.set(item.name, index);
    }
    const common = definedOnly({ name: item.name, category: item.category ?? DEFAULT_CATEGORY, source: item.source, note: item.note });
    switch (item.kind) {
      case 'one-time':
        return definedOnly(common, { kind: 'one-time', amount: valueAt(item.amount, `${path}/amount`), month: monthAtOrAfterStart(item.month, `${path}/month`) });
      case 'recurring': {
        const escalation = item.escalation;
        let rate: Decimal | undefined;
        if (escalation !== undefined) {
          rate = rateAt(escalation.rate, `${path}/escalation/rate`);
          if (rate === undefined || rate.lessThanOrEqualTo(-1)) {
            problem(`${path}/escalation/rate`, 'invalid-value', `expected a rate above -100%, found ${JSON.stringify(escalation.rate)}`);
          }
        }
        return definedOnly(common, {
          kind: 'recurring',
          amount: valueAt(item.amount, `${path}/amount`),
          periodMonths: PERIOD_MONTHS[item.every],
          billing: item.billing ?? 'upfront',
          from: monthAtOrAfterStart(item.from, `${path}/from`),
          months: item.months === undefined ? undefined : monthsAt(item.months, `${path}/months`),
          escalation: escalation === undefined || rate === undefined ? undefined : { rate, everyMonths: PERIOD_MONTHS[escalation.every ?? 'year'] },
        });
      }
      case 'usage':
        return normalizeUsageItem(item, path, common, normalizer);
      case 'step':
        return normalizeStepItem(item, path, common, normalizer);
      case 'staff':
        return normalizeStaffItem(item, path, common, normalizer);
      case 'hardware':
        return normalizeHardwareItem(item, path, common, normalizer);
      default:
        return assertNever(item);
    }
  });

  // A FOCUS mapping rule that names no item would send its rows to unplanned spending unseen.
  (file.actuals?.map ?? []).forEach((rule, index) => {
    if (names.has(rule.item)) return;
    const known = [...names.keys()];
    problem(`/actuals/map/${index}/item`, 'unknown-item', `no cost item is named "${rule.item}"${didYouMeanSuffix(rule.item, known)}; the items are ${known.map((name) => `"${name}"`).join(', ')}`);
  });

  const commitment = file.commitment === undefined ? undefined : normalizeCommitment(file.commitment, problem, { valueAt, rateAt, monthsAt });
  const overlap = file.overlap === undefined ? undefined : definedOnly({ months: monthsAt(file.overlap.months, '/overlap/months'), scenario: file.overlap.scenario });
  const termEnd = start + (commitment?.months ?? 0) + (commitment?.noticeMonths ?? 0) - 1;
  if (startProblem === undefined && termEnd > LAST_MONTH) {
    problem('/commitment/months', 'outside-calendar', `the term, with its notice, would run to ${formatMonth(termEnd)}, after ${formatMonth(LAST_MONTH)}, the last month costmodel models`);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: definedOnly({
      name: file.name,
      description: file.description,
      currency: file.currency,
      minorDigits,
      start,
      commitment,
      overlap,
      drivers: drivers.size === 0 ? undefined : drivers,
      ranges: ranges.length === 0 ? undefined : ranges,
      items: itemsUnderRenewal(items, commitment, start),
      origin,
      definition: file,
    }),
  };
}

function assertNever(value: never): never {
  throw new Error(`unexpected cost item ${JSON.stringify(value)}`);
}
