/**
 * Actual spending against the plan, for the revisit-in-a-year report:
 *
 *   rows (exact, in the reporting currency, each with its line) + the plan: each scenario's
 *   ledger over the horizon, in the reporting currency (what compare and schedule sum)
 *     ─▶ each row matched to a month of the horizon, a scenario and an item of the plan
 *     ─▶ per scenario with actuals, sums by month and by item (bigint minor units)
 *     ─▶ month by month and item by item, plan against actual; the variance's share of the
 *        plan; the run rate of the last three months; the reforecast of the horizon
 *     ─▶ ActualsComparison
 *
 * Money is summed as bigint minor units and written as decimal strings with exactly the
 * currency's minor-unit digits; shares are Decimals, cut to 6 decimals.
 */
import { formatMonth, parseMonth, type Month } from '../calendar/month.js';
import type { ActualsRow } from '../actuals/parseActualsCsv.js';
import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { Money, type Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/formatMoney.js';
import { formatMinorUnits, fromMinorUnits, parseMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import type { ItemSchedule } from '../model/itemSchedule.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { CostItem, Scenario } from '../scenario/scenario.js';
import type { ActualsComparison, ActualsMonth, ActualsRunRate, FocusActualsSummary, ItemActuals, ScenarioActuals } from './actualsComparison.js';

/**
 * What the comparison reads of a scenario's ledger: its name, its items' names and monthly
 * minor units, and its monthly totals. A {@link ScenarioSchedule} is one.
 *
 * @example
 * const ledger: PlanLedger = scenarioSchedule(selfHosted, { first: selfHosted.start, count: 2 });
 * [ledger.scenario.name, ledger.items.map(({ item }) => item.name), ledger.monthlyMinorUnits]; // ['Self-hosted', ['Self-hosting'], [400000n, 400000n]]
 */
export type PlanLedger = {
  readonly scenario: Pick<Scenario, 'name'>;
  readonly items: readonly (Pick<ItemSchedule, 'minorUnits'> & { readonly item: Pick<CostItem, 'name'> })[];
  readonly monthlyMinorUnits: ScenarioSchedule['monthlyMinorUnits'];
};

/**
 * The plan actuals are held against: the horizon, the reporting currency, and each
 * scenario's ledger over the horizon in that currency (migration overlaps included), in
 * the order of the comparison.
 *
 * @example
 * const plan: LedgerPlan = { from: parseMonth('2009-05')!, months: 36, currency: 'USD', minorDigits: 2,
 *   ledgers: buildSchedule([selfHosted, managedProvider], { first: parseMonth('2009-05')!, count: 36 }).scenarios };
 * plan.ledgers.map((ledger) => ledger.monthlyMinorUnits[0]); // [400000n, 8500000n]
 */
export type LedgerPlan = {
  readonly from: Month;
  readonly months: number;
  readonly currency: string;
  readonly minorDigits: number;
  readonly ledgers: readonly PlanLedger[];
};

/**
 * Options of {@link compareActuals} and {@link tryActualsAgainstLedgers}.
 *
 * @example
 * const options: CompareActualsOptions = { file: 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv' };
 * const plan = { comparison: compare([selfHosted]), schedule: schedule([selfHosted]) };
 * compareActuals([{ month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }], plan, options).file;
 * // 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv'
 */
export type CompareActualsOptions = {
  /** Where the rows were read from: named in the issues and in the result. */
  readonly file?: string;
  /** When the rows were read from a FOCUS bill: what it held (rows without an item are its unplanned spending). */
  readonly focus?: FocusActualsSummary;
};

/** The months the run rate is taken over: a quarter. */
const RUN_RATE_MONTHS = 3;
/** The decimals of a share of the plan: cut, not rounded (see `ScenarioActuals.varianceShare`). */
const SHARE_DIGITS = 6;

/**
 * Holds actual spending against the plan's ledgers, returning problems with the rows as a
 * value. Rows of the same month, scenario and item are summed (several invoices); a month
 * of the period with a plan but no row counts as nothing spent (and is named in
 * `missingMonths` and `notes`). Scenario and item names are matched ignoring case. A row
 * naming an unknown scenario or item, or a month outside the horizon, is an issue.
 * {@link compareActuals} does the same from a comparison and a schedule.
 *
 * @example
 * const range = { first: parseMonth('2009-05')!, count: 36 };
 * const plan = { from: range.first, months: range.count, currency: 'USD', minorDigits: 2, ledgers: buildSchedule([selfHosted], range).scenarios };
 * const rows = [{ month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }, { month: '2009-06', scenario: 'self-hosted', item: null, amount: '4310.50' }];
 * const result = tryActualsAgainstLedgers(rows, plan);
 * result.ok && result.value.scenarios[0]?.months[1]; // { month: '2009-06', plan: '4000.00', actual: '4310.50', variance: '310.50', cumulativeVariance: '310.50' }
 * result.ok && [result.value.scenarios[0]?.reforecast, result.value.scenarios[0]?.varianceShare]; // ['144310.50', '0.038812']
 */
export function tryActualsAgainstLedgers(rows: readonly ActualsRow[], plan: LedgerPlan, options: CompareActualsOptions = {}): Result<ActualsComparison> {
  const { from: start, months: count, currency, minorDigits: digits } = plan;
  for (const ledger of plan.ledgers) {
    if (ledger.monthlyMinorUnits.length !== count || ledger.items.some((item) => item.minorUnits.length !== count)) {
      throw new RangeError(`tryActualsAgainstLedgers: the ledger of "${ledger.scenario.name}" must cover the plan's ${count} months`);
    }
  }
  const where = options.file === undefined ? {} : { file: options.file };
  if (rows.length === 0) return { ok: false, issues: [{ code: 'no-rows', ...where, message: 'no rows of actual spending to compare' }] };

  const horizon = { from: formatMonth(start), to: formatMonth(start + count - 1), months: count };
  const scenarioNames = plan.ledgers.map((ledger) => ledger.scenario.name);
  const tallies = new Map<number, Tally>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const at = (code: IssueCode, message: string): Issue => ({ code, ...where, ...(row.line === undefined ? {} : { line: row.line }), message });
    const rowIssues: Issue[] = [];
    const month = parseMonth(row.month);
    if (month === undefined) rowIssues.push(at('invalid-month', `month ${JSON.stringify(row.month)} is not YYYY-MM`));
    else if (month < start || month >= start + count) {
      rowIssues.push(at('outside-horizon', `month ${row.month} is outside the analysis horizon, ${horizon.from} to ${horizon.to} (${count} months); analyse a horizon that includes it (--from, --months)`));
    }
    const s = findName(row.scenario, scenarioNames);
    let item: string | null = null;
    if (s === undefined) {
      rowIssues.push(at('unknown-scenario', `no scenario of the plan is named "${row.scenario}"${didYouMeanSuffix(row.scenario, scenarioNames)}; the scenarios are ${quoted(scenarioNames)}`));
    } else if (row.item !== null && row.item.trim() !== '') {
      const itemNames = (plan.ledgers[s] as PlanLedger).items.map((entry) => entry.item.name);
      const i = findName(row.item, itemNames);
      if (i === undefined) {
        const its = itemNames.length === 0 ? 'it has no items' : `its items are ${quoted(itemNames)}`;
        rowIssues.push(at('unknown-item', `scenario "${scenarioNames[s]}" has no item named "${row.item}"${didYouMeanSuffix(row.item, itemNames)}; ${its} (leave the item empty for spending that is not itemised)`));
      } else {
        item = itemNames[i] as string;
      }
    }
    const units = parseMinorUnits(row.amount, digits);
    if (units === undefined) rowIssues.push(at('invalid-amount', `amount ${JSON.stringify(row.amount)} is not a decimal string with at most ${digits} decimals`));
    if (rowIssues.length > 0 || month === undefined || s === undefined || units === undefined) {
      issues.push(...rowIssues);
      continue;
    }
    const m = month - start;
    let tally = tallies.get(s);
    if (tally === undefined) {
      tally = { monthly: new Array<MinorUnits>(count).fill(0n), hasRow: new Array<boolean>(count).fill(false), items: new Map(), first: m, last: m };
      tallies.set(s, tally);
    }
    tally.monthly[m] = (tally.monthly[m] as MinorUnits) + units;
    tally.hasRow[m] = true;
    tally.items.set(item, (tally.items.get(item) ?? 0n) + units);
    tally.first = Math.min(tally.first, m);
    tally.last = Math.max(tally.last, m);
  }
  if (issues.length > 0) return { ok: false, issues };

  const scenarios: ScenarioActuals[] = [];
  let through = 0;
  plan.ledgers.forEach((ledger, s) => {
    const tally = tallies.get(s);
    if (tally === undefined) return;
    through = Math.max(through, tally.last);
    scenarios.push(scenarioActuals(ledger, tally, start, digits, options.focus !== undefined));
  });
  const focus = options.focus === undefined ? {} : { focus: options.focus };
  return { ok: true, value: { ...where, currency, minorDigits: digits, horizon, through: formatMonth(start + through), scenarios, ...focus } };
}

/** A scenario's actuals, summed: by month of the horizon (0-based), by item (null: not itemised). */
type Tally = { monthly: MinorUnits[]; hasRow: boolean[]; items: Map<string | null, MinorUnits>; first: number; last: number };

function scenarioActuals(ledger: PlanLedger, tally: Tally, start: Month, digits: number, fromFocus: boolean): ScenarioActuals {
  const money = (units: MinorUnits) => formatMinorUnits(units, digits);
  const forPeople = (units: MinorUnits) => formatMoney(fromMinorUnits(units, digits), { digits, grouping: true });
  const months: ActualsMonth[] = [];
  const missing: { month: string; plan: MinorUnits }[] = [];
  let planSum = 0n;
  let actualSum = 0n;
  for (let m = 0; m <= tally.last; m++) {
    const plan = ledger.monthlyMinorUnits[m] as MinorUnits;
    const actual = tally.monthly[m] as MinorUnits;
    planSum += plan;
    actualSum += actual;
    const month = formatMonth(start + m);
    months.push({ month, plan: money(plan), actual: money(actual), variance: money(actual - plan), cumulativeVariance: money(actualSum - planSum) });
    if (!tally.hasRow[m] && plan !== 0n) missing.push({ month, plan });
  }

  const itemLine = (name: string | null, plan: MinorUnits): ItemActuals => {
    const actual = tally.items.get(name) ?? 0n;
    return { name, plan: money(plan), actual: money(actual), variance: money(actual - plan) };
  };
  const items = ledger.items.map(({ item, minorUnits }) => itemLine(item.name, sumThrough(minorUnits, tally.last)));
  const notItemised = tally.items.get(null);
  if (notItemised !== undefined) items.push(itemLine(null, 0n));

  const notes: string[] = [];
  if (missing.length > 0) {
    const planned = missing.reduce((sum, { plan }) => sum + plan, 0n);
    notes.push(`No rows for ${listed(missing.map(({ month }) => month))}, where ${forPeople(planned)} was planned: ${missing.length === 1 ? 'it counts' : 'they count'} as ${forPeople(0n)} spent.`);
  }
  if (notItemised !== undefined) {
    notes.push(
      fromFocus
        ? `${forPeople(notItemised)} is unplanned spending: rows of the bill that map to no item of the plan (listed under "Unplanned spending"); it counts in the monthly totals.`
        : `${forPeople(notItemised)} was paid without an item (rows with an empty item): it counts in the monthly totals, against no item of the plan.`,
    );
  }

  const planTotal = sumThrough(ledger.monthlyMinorUnits, ledger.monthlyMinorUnits.length - 1);
  const variance = actualSum - planSum;
  const recent = months.slice(-RUN_RATE_MONTHS);
  const recentMissing = recent.some(({ month }) => missing.some((gap) => gap.month === month));
  return {
    name: ledger.scenario.name,
    from: formatMonth(start + tally.first),
    through: formatMonth(start + tally.last),
    plan: money(planSum),
    actual: money(actualSum),
    variance: money(variance),
    months,
    items,
    planTotal: money(planTotal),
    reforecast: money(planTotal + variance),
    reforecastDifference: money(variance),
    missingMonths: missing.map(({ month }) => month),
    notes,
    varianceShare: shareOf(fromMinorUnits(variance, digits), fromMinorUnits(planSum, digits)),
    runRate: recent.length < RUN_RATE_MONTHS || recentMissing ? null : runRate(recent, digits),
    reforecastPlanFrom: formatMonth(start + tally.last + 1),
  };
}

/**
 * The average monthly variance of the last months of the period, and its share of their
 * average monthly plan; null when it is less than one minor unit (spending ran to plan).
 */
function runRate(recent: readonly ActualsMonth[], digits: number): ActualsRunRate | null {
  const average = (amounts: readonly string[]) => amounts.reduce((sum, amount) => sum.plus(amount), new Money(0)).dividedBy(recent.length);
  const variance = average(recent.map((m) => m.variance));
  const plan = average(recent.map((m) => m.plan));
  if (variance.abs().lessThan(new Money(10).pow(-digits))) return null;
  return {
    months: recent.length,
    from: (recent[0] as ActualsMonth).month,
    variance: roundMoney(variance, digits).toFixed(digits),
    varianceShare: shareOf(variance, plan),
  };
}

/**
 * `part ÷ whole` with SHARE_DIGITS decimals cut toward zero: rounding the cut share again,
 * to fewer decimals and half away from zero, gives what rounding the exact share would
 * (rounding it to SHARE_DIGITS first could carry a 4.4499…% up to 4.4500% and then 4.5%).
 */
function shareOf(part: Decimal, whole: Decimal): string | null {
  if (whole.isZero()) return null;
  return part.dividedBy(whole).toDecimalPlaces(SHARE_DIGITS, Money.ROUND_DOWN).toFixed(SHARE_DIGITS);
}

function sumThrough(units: readonly MinorUnits[], last: number): MinorUnits {
  let sum = 0n;
  for (let m = 0; m <= last; m++) sum += units[m] as MinorUnits;
  return sum;
}

/** The index of a name: the same spelling, or else the only one equal ignoring case and surrounding spaces. */
function findName(name: string, names: readonly string[]): number | undefined {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = name.trim().toLowerCase();
  const matches = names.flatMap((candidate, i) => (candidate.trim().toLowerCase() === wanted ? [i] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** `a`, `a and b`, `a, b and c`. */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
