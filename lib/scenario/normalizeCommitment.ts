import type { Month } from '../calendar/month.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { Money, ZERO, type Decimal } from '../money/decimal.js';
import { parseDecimal, parseRate } from '../money/parseDecimal.js';
import { definedOnly } from './definedOnly.js';
import type { Commitment, CostItem, ExitFee, Renewal } from './scenario.js';
import { isRangeFile } from './normalizeRange.js';
import type { CommitmentFile, Uncertain } from './scenarioFile.js';

/** The name of the item that a month-to-month renewal price adds after the term. */
export const RENEWAL_ITEM_NAME = 'Month to month after the term';

/**
 * Reads a file's `commitment`: the exit fee as `amount` + `share` × remaining payments, the
 * notice period and the renewal. Only what the file gives is set, so a version 1 commitment
 * stays `{ months }`. Checks what the schema cannot: a "share" fee has a `rate` from 0 to
 * 100% and only it has one, a "fixed" fee has an `amount`, only a "monthly" renewal has a
 * `price`.
 *
 * @example
 * const issues: string[] = [];
 * const commitment = normalizeCommitment({ months: 24, exitFee: { kind: 'fixed', amount: '50000' }, noticeMonths: 3 }, (path, code, message) => issues.push(message));
 * [commitment.exitFee?.share.toString(), commitment.exitFee?.amount.toString(), commitment.noticeMonths, issues]; // ['0', '50000', 3, []]
 */
export function normalizeCommitment(file: CommitmentFile, problem: Problem, read: CommitmentReaders = NUMBERS_ONLY): Commitment {
  return definedOnly({
    months: read.monthsAt(file.months, '/commitment/months'),
    exitFee: file.exitFee === undefined ? undefined : exitFeeOf(file.exitFee, problem, read),
    noticeMonths: file.noticeMonths === undefined ? undefined : read.monthsAt(file.noticeMonths, '/commitment/noticeMonths'),
    renewal: file.renewal === undefined ? undefined : renewalOf(file.renewal, problem, read),
  });
}

type Problem = (path: string, code: IssueCode, message: string) => void;

/** How the amounts, rates and counts of months of a commitment are read: numbers, or ranges (their medians; see ItemNormalizer). */
type CommitmentReaders = {
  readonly valueAt: (value: Uncertain<string | number>, path: string) => Decimal;
  readonly rateAt: (value: Uncertain<string | number>, path: string) => Decimal | undefined;
  readonly monthsAt: (value: Uncertain<number>, path: string) => number;
};

const NUMBERS_ONLY: CommitmentReaders = {
  valueAt: (value) => parseDecimal(value) ?? ZERO,
  rateAt: (value) => parseRate(value),
  monthsAt: (value) => {
    if (isRangeFile(value)) throw new Error('normalizeCommitment: a range of months needs the readers of normalizeScenario');
    return value;
  },
};

function exitFeeOf(fee: NonNullable<CommitmentFile['exitFee']>, problem: Problem, read: CommitmentReaders): ExitFee {
  const path = '/commitment/exitFee';
  const amount = fee.amount === undefined ? ZERO : read.valueAt(fee.amount, `${path}/amount`);
  let share: Decimal = fee.kind === 'remaining' ? new Money(1) : ZERO;
  if (fee.kind === 'share' && fee.rate === undefined) {
    problem(path, 'missing-key', 'missing required key "rate": a "share" fee is a share of the remaining payments, such as "50%"');
  }
  if (fee.kind === 'fixed' && fee.amount === undefined) {
    problem(path, 'missing-key', 'missing required key "amount": a "fixed" fee is a fixed amount, such as "50000"');
  }
  if (fee.rate !== undefined && fee.kind !== 'share') {
    problem(`${path}/rate`, 'invalid-value', `"rate" is only for "kind": "share"; a "${fee.kind}" fee has no rate (remove it, or use "kind": "share")`);
  }
  if (fee.kind === 'share' && fee.rate !== undefined) {
    const rate = read.rateAt(fee.rate, `${path}/rate`);
    const bounds = isRangeFile(fee.rate) ? [parseRate(fee.rate.low), parseRate(fee.rate.high)] : [];
    if (rate === undefined || rate.isNegative() || rate.greaterThan(1) || bounds.some((bound) => bound !== undefined && (bound.isNegative() || bound.greaterThan(1)))) {
      problem(`${path}/rate`, 'invalid-value', `expected a share of the remaining payments from 0 to 100%, found ${JSON.stringify(fee.rate)}`);
    } else {
      share = rate;
    }
  }
  return { kind: fee.kind, share, amount };
}

function renewalOf(renewal: NonNullable<CommitmentFile['renewal']>, problem: Problem, read: CommitmentReaders): Renewal {
  if (renewal.kind !== 'monthly') {
    if (renewal.price !== undefined) {
      problem('/commitment/renewal/price', 'invalid-value', `"price" is only for "kind": "monthly"; a commitment that ${renewal.kind === 'ends' ? 'ends' : 'renews'} has no price after its term`);
    }
    return { kind: renewal.kind };
  }
  const price = renewal.price === undefined ? undefined : read.valueAt(renewal.price, '/commitment/renewal/price');
  return price === undefined ? { kind: 'monthly' } : { kind: 'monthly', price };
}

/**
 * The items a scenario pays under its commitment's renewal. A term that `ends` stops every
 * item at the end of the term; a `monthly` renewal with a price stops them too and adds one
 * monthly item of that price from the month after the term (named
 * {@link RENEWAL_ITEM_NAME}, in the category of the first recurring item). Any other
 * renewal leaves the items as they are.
 *
 * @example
 * const commitment = normalizeCommitment({ months: 24, renewal: { kind: 'monthly', price: '44000' } }, () => undefined);
 * const items = itemsUnderRenewal(managedProvider.items, commitment, managedProvider.start);
 * items.map((item) => [item.name, item.until === undefined ? undefined : formatMonth(item.until)]);
 * // [['Migration and setup', '2011-05'], ['Managed hosting', '2011-05'], ['Month to month after the term', undefined]]
 */
export function itemsUnderRenewal(items: readonly CostItem[], commitment: Commitment | undefined, start: Month): readonly CostItem[] {
  const renewal = commitment?.renewal;
  if (commitment === undefined || renewal === undefined || renewal.kind === 'renews' || (renewal.kind === 'monthly' && renewal.price === undefined)) {
    return items;
  }
  const termEnd = start + commitment.months;
  const ended = items.map((item): CostItem => definedOnly(item, { until: item.until === undefined ? termEnd : Math.min(item.until, termEnd) }));
  if (renewal.kind === 'ends' || renewal.price === undefined) return ended;
  const category = items.find((item) => item.kind === 'recurring')?.category ?? 'other';
  return [
    ...ended,
    { name: RENEWAL_ITEM_NAME, category, kind: 'recurring', amount: renewal.price, periodMonths: 1, billing: 'upfront', from: termEnd },
  ];
}
