/**
 * Actual spending read from a provider's bill in FinOps FOCUS (1.0 to 1.2), as costmodel's
 * actuals rows:
 *
 *   CSV text ─▶ parseCsv ─▶ the header: FOCUS column IDs, checked for the ones needed ─▶ each
 *     row: ChargePeriodStart (a UTC date-time) ─▶ its month; BilledCost (or EffectiveCost)
 *     exact; BillingCurrency, one per file and the plan's ─▶ the scenario whose provider it
 *     is, and the item it pays (the scenario's `actuals.map`, else its ServiceName) ─▶ summed
 *     exactly by month, scenario and item, each sum rounded once to the minor unit, half away
 *     from zero ─▶ ActualsRow[] (item null: unplanned spending of a scenario) and the
 *     unplanned spending of no scenario, or every problem at once, each with its line
 *
 * Hourly, daily and monthly rows are all summed into the month their charge period starts
 * in; corrections (ChargeClass "Correction") count in the month of the charge they correct,
 * and credits and refunds are negative amounts like any other.
 */
import { csvTextOf } from '../csv/csvSafeText.js';
import { parseCsv } from '../csv/parseCsv.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { unsafeTextProblem } from '../issues/unsafeText.js';
import { Money, type Decimal } from '../money/decimal.js';
import { parseDecimal } from '../money/parseDecimal.js';
import { roundMoney } from '../money/roundMoney.js';
import type { ActualsRow } from './parseActualsCsv.js';

/**
 * A rule of a scenario's `actuals.map`: the item a FOCUS row pays when it has every value
 * the rule gives.
 *
 * @example
 * const rule: FocusRule = { item: 'Managed hosting', serviceCategory: 'Compute' };
 * rule.item; // 'Managed hosting'
 */
export type FocusRule = {
  readonly item: string;
  readonly serviceName?: string;
  readonly serviceCategory?: string;
  readonly tag?: { readonly key: string; readonly value?: string };
};

/**
 * What the import needs to know of a scenario: its name, the ProviderName of its rows, its
 * items, its mapping rules, and whether it has an `actuals` block (with one such scenario
 * alone, it takes the rows of every other provider too).
 *
 * @example
 * const scenario: FocusPlanScenario = { name: 'Managed provider', provider: 'Managed provider', mapped: false, items: ['Managed hosting'], rules: [] };
 * scenario.items; // ['Managed hosting']
 */
export type FocusPlanScenario = {
  readonly name: string;
  readonly provider: string;
  readonly mapped: boolean;
  readonly items: readonly string[];
  readonly rules: readonly FocusRule[];
};

/**
 * How to read a FOCUS file: its name for the issues, the reporting currency, which cost
 * column to sum, and the scenarios to map its rows to.
 *
 * @example
 * const options: FocusActualsOptions = { file: 'bill.focus.csv', currency: 'USD', minorDigits: 2, cost: 'billed', scenarios: [] };
 * options.cost; // 'billed'
 */
export type FocusActualsOptions = {
  readonly file?: string;
  readonly currency: string;
  readonly minorDigits: number;
  /** `billed`: BilledCost, what the invoices say (default); `effective`: EffectiveCost, amortized. */
  readonly cost?: 'billed' | 'effective';
  readonly scenarios: readonly FocusPlanScenario[];
};

/**
 * Spending of a FOCUS file that maps to no item of the plan: by scenario (null when no
 * scenario's provider it is) and ServiceName, over the whole file.
 *
 * @example
 * const spending: UnplannedSpending = { scenario: null, provider: 'Other Cloud', service: 'Object storage', amount: '120.00', rows: 3 };
 * spending.amount; // '120.00'
 */
export type UnplannedSpending = {
  readonly scenario: string | null;
  readonly provider: string;
  readonly service: string;
  readonly amount: string;
  readonly rows: number;
};

/**
 * What a FOCUS file gave: the actuals rows, the unplanned spending, and counts a reader checks.
 *
 * @example
 * const read: FocusActuals = { rows: [], unplanned: [], cost: 'billed', currency: 'USD', chargeRows: 0, corrections: 0, credits: 0 };
 * read.cost; // 'billed'
 */
export type FocusActuals = {
  readonly rows: readonly ActualsRow[];
  readonly unplanned: readonly UnplannedSpending[];
  readonly cost: 'billed' | 'effective';
  readonly currency: string;
  /** Rows of the file read. */
  readonly chargeRows: number;
  /** Rows with ChargeClass "Correction". */
  readonly corrections: number;
  /** Rows with ChargeCategory "Credit". */
  readonly credits: number;
};

// FOCUS writes 2025-05-01T00:00:00Z; a database may write 2025-05-01 00:00:00, +00:00 or +00.
// Any of them is UTC; another offset could move a charge into another month, so it is refused.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]00(?::?00)?)?$/;

/** The `YYYY-MM` of a FOCUS date-time in UTC; undefined when it is not one. */
function monthOf(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const same = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) && date.getUTCHours() === Number(hour);
  return same && Number(minute) < 60 && Number(second) < 60 ? `${year}-${month}` : undefined;
}

/**
 * Reads actual spending from a FOCUS CSV export: see the pipeline above. Needs the columns
 * ChargePeriodStart, BillingCurrency and BilledCost (or EffectiveCost with `cost:
 * 'effective'`); reads ProviderName, ServiceName, ServiceCategory, Tags, ChargeCategory,
 * ChargeClass, x_Scenario and x_CostItem when present.
 *
 * @example
 * const csv = 'ChargePeriodStart,BilledCost,BillingCurrency,ProviderName,ServiceName\n' +
 *   '2009-05-01T00:00:00Z,2000.004,USD,Self-hosted,Self-hosting\n2009-05-15T00:00:00Z,2000.001,USD,Self-hosted,Self-hosting\n';
 * const scenarios = [{ name: 'Self-hosted', provider: 'Self-hosted', mapped: false, items: ['Self-hosting'], rules: [] }];
 * const read = parseFocusActuals(csv, { currency: 'USD', minorDigits: 2, scenarios });
 * read.ok && read.value.rows; // [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.01' }]
 */
export function parseFocusActuals(text: string, options: FocusActualsOptions): Result<FocusActuals> {
  const where = options.file === undefined ? {} : { file: options.file };
  const at = (line: number, code: IssueCode, message: string): Issue => ({ code, ...where, line, message });
  const fail = (...issues: Issue[]): Result<FocusActuals> => ({ ok: false, issues });
  const cost = options.cost ?? 'billed';
  const costColumn = cost === 'billed' ? 'BilledCost' : 'EffectiveCost';

  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(...parsed.issues.map((issue) => ({ ...issue, ...where })));
  const [header, ...data] = parsed.value.filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (header === undefined) return fail(at(1, 'no-rows', 'the file is empty; expected a FOCUS header row'));
  const index = new Map(header.cells.map((name, i) => [name.trim(), i]));
  const missing = ['ChargePeriodStart', 'BillingCurrency', costColumn].filter((column) => !index.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(', ');
    return fail(at(header.line, 'missing-column', `this FOCUS file has no ${names} column${missing.length === 1 ? '' : 's'}: a FOCUS export must have ChargePeriodStart, BillingCurrency and ${costColumn}`));
  }
  if (data.length === 0) return fail(at(header.line, 'no-rows', 'no rows after the header; expected one row per charge'));

  const issues: Issue[] = [];
  const sums = new Map<string, { line: number; month: string; scenario: string; item: string | null; amount: Decimal }>();
  const unplanned = new Map<string, { scenario: string | null; provider: string; service: string; amount: Decimal; rows: number }>();
  let currency: { code: string; line: number } | undefined;
  let corrections = 0;
  let credits = 0;
  const onlyMapped = options.scenarios.filter((scenario) => scenario.mapped);
  for (const { line, cells } of data) {
    const cell = (column: string): string => {
      const i = index.get(column);
      // A forecast costmodel wrote protected its names against formulas (csvSafeText): the same names again.
      return i === undefined ? '' : csvTextOf((cells[i] ?? '').trim());
    };
    const rowIssues: Issue[] = [];
    const start = cell('ChargePeriodStart');
    const month = monthOf(start);
    if (month === undefined) {
      rowIssues.push(at(line, 'invalid-month', start === '' ? 'ChargePeriodStart is empty; every FOCUS row has one' : `ChargePeriodStart ${JSON.stringify(start)} is not a FOCUS date-time (UTC ISO 8601, such as 2025-05-01T00:00:00Z)`));
    }
    const amountText = cell(costColumn);
    const amount = parseDecimal(amountText);
    if (amount === undefined) rowIssues.push(at(line, 'invalid-amount', `${costColumn} ${JSON.stringify(amountText)} is not a decimal number (FOCUS writes costs as plain decimals such as 1234.5678)`));
    const code = cell('BillingCurrency');
    if (code === '') rowIssues.push(at(line, 'missing-value', 'BillingCurrency is empty; every FOCUS row has one'));
    else if (currency === undefined) currency = { code, line };
    else if (code !== currency.code) {
      rowIssues.push(at(line, 'mixed-currencies', `BillingCurrency is ${code}, but line ${currency.line} is in ${currency.code}: costmodel reads one currency per file; export one file per currency`));
    }
    if (rowIssues.length > 0 || month === undefined || amount === undefined) {
      issues.push(...rowIssues);
      continue;
    }
    if (cell('ChargeClass') === 'Correction') corrections++;
    if (cell('ChargeCategory') === 'Credit') credits++;
    const provider = cell('ProviderName');
    const service = cell('ServiceName');
    // These two names reach the report's table of unplanned spending.
    const unsafe = [['ProviderName', provider], ['ServiceName', service]].flatMap(([column, text]) => {
      const problem = unsafeTextProblem(text as string);
      return problem === undefined ? [] : [at(line, 'invalid-character', `${column}: ${problem}`)];
    });
    if (unsafe.length > 0) {
      issues.push(...unsafe);
      continue;
    }
    const named = cell('x_Scenario');
    const scenario =
      (named === '' ? undefined : options.scenarios.find((candidate) => same(candidate.name, named))) ??
      options.scenarios.find((candidate) => same(candidate.provider, provider)) ??
      (onlyMapped.length === 1 ? onlyMapped[0] : undefined);
    const tags = index.has('Tags') && scenario?.rules.some((rule) => rule.tag !== undefined) ? parseTags(cell('Tags')) : {};
    if (tags === undefined) {
      issues.push(at(line, 'invalid-value', `Tags ${JSON.stringify(cell('Tags'))} is not a JSON object of tags, as FOCUS writes them ({"key": "value"})`));
      continue;
    }
    const item = scenario === undefined ? null : itemOf(scenario, { service, category: cell('ServiceCategory'), tags, namedItem: cell('x_CostItem') });
    if (scenario === undefined || item === null) {
      const key = JSON.stringify([scenario?.name ?? null, provider, service]);
      const entry = unplanned.get(key) ?? { scenario: scenario?.name ?? null, provider, service, amount: new Money(0), rows: 0 };
      entry.amount = entry.amount.plus(amount);
      entry.rows++;
      unplanned.set(key, entry);
    }
    if (scenario === undefined) continue;
    const key = JSON.stringify([month, scenario.name, item]);
    const sum = sums.get(key) ?? { line, month, scenario: scenario.name, item, amount: new Money(0) };
    sum.amount = sum.amount.plus(amount);
    sums.set(key, sum);
  }
  if (currency !== undefined && currency.code !== options.currency && !issues.some((issue) => issue.code === 'mixed-currencies')) {
    issues.push(at(currency.line, 'mixed-currencies', `the bill is in ${currency.code}, but the plan is in ${options.currency}: compare a bill with scenarios in its currency (or --currency ${currency.code})`));
  }
  if (issues.length === 0 && sums.size === 0) {
    const providers = [...new Set([...unplanned.values()].map((entry) => entry.provider))].map((name) => `"${name}"`).join(', ');
    const scenarios = options.scenarios.map((scenario) => `"${scenario.name}" (${scenario.provider})`).join(', ');
    issues.push(
      at(header.line, 'unknown-scenario', `no row of the bill is a scenario's: its providers are ${providers}, the scenarios' are ${scenarios}; name the bill's provider in the scenario's billing.provider or actuals.provider`),
    );
  }
  if (issues.length > 0) return fail(...issues);
  const digits = options.minorDigits;
  const money = (amount: Decimal) => roundMoney(amount, digits).toFixed(digits);
  return {
    ok: true,
    value: {
      rows: [...sums.values()].map(({ line, month, scenario, item, amount }) => ({ line, month, scenario, item, amount: money(amount) })),
      unplanned: [...unplanned.values()].map(({ scenario, provider, service, amount, rows }) => ({ scenario, provider, service, amount: money(amount), rows })),
      cost,
      currency: currency?.code ?? options.currency,
      chargeRows: data.length,
      corrections,
      credits,
    },
  };
}

/** The item a row pays: x_CostItem of costmodel's own export, the first rule it matches, or the item its ServiceName names. */
function itemOf(scenario: FocusPlanScenario, row: { service: string; category: string; tags: Readonly<Record<string, unknown>>; namedItem: string }): string | null {
  const named = (name: string) => scenario.items.find((item) => same(item, name));
  if (row.namedItem !== '') {
    const item = named(row.namedItem);
    if (item !== undefined) return item;
  }
  for (const rule of scenario.rules) {
    if (rule.serviceName !== undefined && !same(rule.serviceName, row.service)) continue;
    if (rule.serviceCategory !== undefined && !same(rule.serviceCategory, row.category)) continue;
    if (rule.tag !== undefined) {
      const value = Object.hasOwn(row.tags, rule.tag.key) ? row.tags[rule.tag.key] : undefined;
      if (value === undefined || (rule.tag.value !== undefined && !same(rule.tag.value, String(value)))) continue;
    }
    return named(rule.item) ?? null;
  }
  return named(row.service) ?? null;
}

function parseTags(text: string): Readonly<Record<string, unknown>> | undefined {
  if (text === '') return {};
  try {
    const tags: unknown = JSON.parse(text);
    return typeof tags === 'object' && tags !== null && !Array.isArray(tags) ? (tags as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
