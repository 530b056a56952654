/**
 * The revisit report, version 1: what was decided and why, what would have to change to
 * flip it, what signing commits you to, and — a year later — what was actually spent and
 * what changed since the last recorded decision. Plain JSON-serialisable data, like the
 * comparison it contains; every renderer (Markdown, HTML, JSON) consumes it.
 *
 *   scenarios + options ─▶ compare (the comparison, version 1)
 *     ─▶ thresholds (by total; by NPV when discounting)
 *     ─▶ per challenger: commitment exposure, sign now against sign at the revisit date
 *     ─▶ assumptions (every input with its source and note)
 *     ─▶ actuals against the plan (when given), changes since a previous record (when given)
 *     ─▶ RevisitReport
 */
import { isDay } from '../calendar/day.js';
import { addMonths, formatMonth, parseMonth, type Month } from '../calendar/month.js';
import { breakEvenIndex } from '../analysis/breakEven.js';
import { commitmentExposure, termLedger } from '../analysis/commitmentExposure.js';
import type { Conversion } from '../model/convertSchedule.js';
import { leavingCost } from '../analysis/leavingCost.js';
import { npv } from '../analysis/npv.js';
import { cumulativeMinorUnits, sumMinorUnits } from '../analysis/sumMinorUnits.js';
import { unwrap, type Issue, type Result } from '../issues/issue.js';
import { Money, type Decimal } from '../money/decimal.js';
import { formatMinorUnits, fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import { parseScenario } from '../scenario/parseScenario.js';
import type { Driver, Scenario } from '../scenario/scenario.js';
import type { ActualsRow } from '../actuals/parseActualsCsv.js';
import type { ActualsComparison } from '../analysis/actualsComparison.js';
import { tryCompareActuals } from '../analysis/compareActuals.js';
import { compare, compareWithSettings } from './compare.js';
import { forecastAgainstActuals, recordChanges, type DecisionRecord, type ForecastAgainstActuals, type RecordChanges } from './decisionRecord.js';
import { trySchedule } from './scheduleReport.js';
import type { AnalysisMonth, Comparison } from './comparison.js';
import { comparisonLedger, conversionOf } from '../analysis/comparisonLedger.js';
import { resolveSettings, type AnalysisOptions, type AnalysisSettings } from '../analysis/analysisSettings.js';
import { thresholdInputs } from '../scenario/thresholdInputs.js';
import { thresholdsWithSettings, type Thresholds } from '../analysis/thresholds.js';

/**
 * The revisit report, version 1.
 *
 * @example
 * const report: RevisitReport = revisitReport([selfHosted, managedProvider], { months: 36 });
 * [report.version, report.kind, report.revisit, report.decision.cheapest]; // [1, 'revisit-report', '2010-05', 'Self-hosted']
 */
export type RevisitReport = {
  readonly version: 1;
  readonly kind: 'revisit-report';
  /** The day the report was made, `YYYY-MM-DD`, as the caller gave it; null when not given. */
  readonly date: string | null;
  /** The month to look at the decision again, `YYYY-MM`. */
  readonly revisit: string;
  /**
   * Options whose start had passed by the month of the report (`date`): not taken, they can
   * only be signed now, so they are analysed as starting then, with the months their items
   * name moved alike. Empty without a date, or when every start is still ahead.
   */
  readonly moved: readonly { readonly scenario: string; readonly from: string; readonly to: string }[];
  readonly decision: RevisitDecision;
  readonly comparison: Comparison;
  readonly thresholds: Thresholds;
  /** For every scenario other than the baseline: what signing commits you to, and what waiting until the revisit date is worth. */
  readonly exposure: readonly Exposure[];
  /** Every input of every scenario, with its value and where it comes from. */
  readonly assumptions: readonly Assumption[];
  /** Actual spending against the plan; null when no actuals were given. */
  readonly actuals: ActualsComparison | null;
  /** What changed since a previous decision record; null when none was given. */
  readonly changes: RecordChanges | null;
  /** The previous record's monthly forecast against the actual spending; null unless both were given. */
  readonly forecast: ForecastAgainstActuals | null;
};

/**
 * The decision the numbers support.
 *
 * @example
 * revisitReport([selfHosted, managedProvider]).decision;
 * // { cheapest: 'Self-hosted', cheapestByNpv: null, keep: true, text: null }
 */
export type RevisitDecision = {
  /** The cheapest scenario over the horizon by total. */
  readonly cheapest: string;
  /** The cheapest by NPV when discounting; null otherwise. */
  readonly cheapestByNpv: string | null;
  /** True when the cheapest is the baseline (what you do today): the decision is to keep it. */
  readonly keep: boolean;
  /** The decision as people wrote it down (`--decision`); null when not given. */
  readonly text: string | null;
};

/**
 * What choosing a scenario other than the baseline commits you to, and what waiting until
 * the revisit date is worth: the plan "keep the baseline until the revisit date, then
 * switch" against "switch now", over the same horizon.
 *
 * @example
 * const [provider] = revisitReport([selfHosted, managedProvider], { months: 36 }).exposure;
 * [provider?.committedMinimum, provider?.leavingAtRevisit?.fee, provider?.valueOfWaiting]; // ['1005000.00', '480000.00', '432000.00']
 */
export type Exposure = {
  readonly scenario: string;
  /** The minimum term, from the scenario's start; null without a commitment. */
  readonly commitment: { readonly months: number; readonly from: string; readonly to: string } | null;
  /** Every payment due within the term if you sign; null without a commitment. */
  readonly committedMinimum: string | null;
  /**
   * Signing now and leaving at the revisit date (notice given at the end of the month
   * before it): what has been paid by then, the exit fee, and the sum. Null without a
   * commitment or when the revisit date is not after the scenario's start.
   */
  readonly leavingAtRevisit: {
    readonly decidedAt: string;
    /** Months the service runs, and is paid, after notice is given. */
    readonly noticeMonths: number;
    readonly paid: string;
    readonly fee: string;
    readonly total: string;
  } | null;
  /** Switching at the scenario's start, as the comparison has it. */
  readonly signNow: SigningPlan;
  /** Keeping the baseline until the revisit date, then switching (the scenario moved to start then). */
  readonly signAtRevisit: SigningPlan;
  /** signNow.total − signAtRevisit.total: what waiting saves (negative: what it costs). */
  readonly valueOfWaiting: string;
  /** The same by NPV; null when not discounting. */
  readonly valueOfWaitingNpv: string | null;
};

/**
 * One way of switching, over the horizon: its total, NPV and break-even against the baseline.
 *
 * @example
 * const plan: SigningPlan = revisitReport([selfHosted, managedProvider], { months: 36 }).exposure[0]!.signAtRevisit;
 * plan; // { starts: '2010-05', total: '1053000.00', npv: null, breakEven: null, committedAfterHorizon: '0.00' }
 */
export type SigningPlan = {
  /** The month the scenario's costs start. */
  readonly starts: string;
  readonly total: string;
  readonly npv: string | null;
  /** The first month from which the plan's cumulative cost stays at or below the baseline's; null when never within the horizon. */
  readonly breakEven: AnalysisMonth | null;
  /**
   * Payments the commitment makes due after the horizon ends, which `total` leaves out: a
   * later signature pushes more of the term past the horizon. Null without a commitment.
   */
  readonly committedAfterHorizon: string | null;
};

/**
 * One line of a scenario as the report lists it: an item (or the commitment) with its
 * values, and where they come from.
 *
 * @example
 * const [setup] = revisitReport([selfHosted, managedProvider]).assumptions.filter((a) => a.scenario === 'Managed provider');
 * setup; // { scenario: 'Managed provider', item: 'Migration and setup', kind: 'one-time', values: [{ field: 'amount', value: '45000', per: 'once', kind: 'money' }], source: 'Vendor quote, 2009-04', note: null }
 */
export type Assumption = {
  readonly scenario: string;
  /** The item's name; null for the scenario's commitment. */
  readonly item: string | null;
  /** The item's kind, `commitment`, or `driver` (then `item` is the driver's name). */
  readonly kind: string;
  /**
   * The item's values: `money`, `rate` and `months` are the inputs thresholds are found for;
   * `quantity` is a number of people, months or driver units shown with its unit (`per`).
   */
  readonly values: readonly { readonly field: string; readonly value: string; readonly per: string; readonly kind: 'money' | 'rate' | 'months' | 'quantity' }[];
  readonly source: string | null;
  readonly note: string | null;
};

/**
 * Options of {@link revisitReport}: the analysis options, plus the revisit date, the day of
 * the report and the decision as written down.
 *
 * @example
 * const options: RevisitOptions = { months: 36, revisit: '2010-05', date: '2009-05-04', decision: 'Not now; revisit in a year.' };
 * revisitReport([selfHosted, managedProvider], options).decision.text; // 'Not now; revisit in a year.'
 */
export type RevisitOptions = AnalysisOptions & {
  /** `YYYY-MM`: when to look again. Default: twelve months after the start of the analysis. */
  readonly revisit?: string;
  /** `YYYY-MM-DD`: the day of the report. Default: none (the report is a pure function of its input). */
  readonly date?: string;
  /** The decision as people wrote it down. */
  readonly decision?: string;
  /** Actual spending to compare with the plan: rows as {@link parseActualsCsv} reads them, and the file they came from. */
  readonly actuals?: { readonly rows: readonly ActualsRow[]; readonly file?: string };
  /** A decision record made earlier (see {@link decisionRecord}): the report says what changed since. */
  readonly previous?: DecisionRecord;
};

/**
 * The revisit report for scenarios. Throws {@link InputError} on invalid scenarios or
 * options; {@link tryRevisitReport} returns the issues instead.
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider], { months: 36 });
 * report.thresholds.total.thresholds.slice(0, 2).map((t) => [t.item, t.value]); // [['Managed hosting', '2750.00'], ['Self-hosting', '495000.00']]
 */
export function revisitReport(scenarios: readonly Scenario[], options: RevisitOptions = {}): RevisitReport {
  return unwrap(tryRevisitReport(scenarios, options));
}

/**
 * {@link revisitReport}, returning problems with the input as a value instead of throwing.
 *
 * @example
 * const report = tryRevisitReport([selfHosted, managedProvider], { revisit: 'next May' });
 * report.ok ? report.value.revisit : report.issues.map((issue) => issue.message); // ['--revisit: expected a month as YYYY-MM, found "next May"']
 */
export function tryRevisitReport(scenarios: readonly Scenario[], options: RevisitOptions = {}): Result<RevisitReport> {
  const issues: Issue[] = [];
  const revisit = options.revisit === undefined ? undefined : parseMonth(options.revisit);
  if (options.revisit !== undefined && revisit === undefined) issues.push({ code: 'invalid-option', message: `--revisit: expected a month as YYYY-MM, found "${options.revisit}"` });
  if (options.date !== undefined && !isDay(options.date)) issues.push({ code: 'invalid-option', message: `--date: expected a day as YYYY-MM-DD, found "${options.date}"` });
  const asOf = options.date === undefined || !isDay(options.date) ? undefined : (parseMonth(options.date.slice(0, 7)) as Month);
  const first = resolveSettings(scenarios, options);
  if (!first.ok) return { ok: false, issues: [...first.issues, ...issues] };
  if (issues.length > 0) return { ok: false, issues };

  // As of the report's month: the baseline is what runs today; an option not taken cannot
  // start in the past, so one whose start has passed is signed now; the analysis looks ahead.
  const baseline = first.value.baselineIndex;
  const current = scenarios.map((scenario, index) => (asOf === undefined || index === baseline || scenario.start >= asOf ? scenario : movedToStart(scenario, asOf)));
  const moved = scenarios.flatMap((scenario, index) => (current[index] === scenario ? [] : [{ scenario: scenario.name, from: formatMonth(scenario.start), to: formatMonth(asOf as Month) }]));
  const earliest = Math.min(...scenarios.map((scenario) => scenario.start));
  const lookAhead = options.from === undefined && asOf !== undefined && asOf > earliest ? { from: formatMonth(asOf) } : {};
  const resolved = resolveSettings(current, { ...options, ...lookAhead });
  if (!resolved.ok) return resolved;
  const settings = resolved.value;
  const end = settings.from + settings.months - 1;
  const revisitMonth = revisit ?? addMonths(settings.from, 12);
  if (revisitMonth <= settings.from) {
    const what = 'from' in lookAhead ? `the month of the report (${formatMonth(settings.from)})` : `the start of the analysis (${formatMonth(settings.from)})`;
    return { ok: false, issues: [{ code: 'invalid-option', message: `--revisit: ${formatMonth(revisitMonth)} is not after ${what}` }] };
  }
  if (revisitMonth > end) {
    return { ok: false, issues: [{ code: 'invalid-option', message: `--revisit: ${formatMonth(revisitMonth)} is after the end of the analysis (${formatMonth(end)}); choose an earlier month or a longer horizon (--months)` }] };
  }
  const comparison = compareWithSettings(current, settings);
  const ledgers = comparisonLedger(current, settings);
  let actuals: ActualsComparison | null = null;
  if (options.actuals !== undefined) {
    const compared = actualsAgainstPlan(scenarios, options, options.actuals, settings.from, end);
    if (!compared.ok) return compared;
    actuals = compared.value;
  }
  const thresholds = thresholdsWithSettings(current, settings);
  const decision: RevisitDecision = {
    cheapest: thresholds.total.cheapest,
    cheapestByNpv: thresholds.npv?.cheapest ?? null,
    keep: thresholds.total.cheapest === (scenarios[baseline] as Scenario).name,
    text: options.decision === undefined || options.decision.trim() === '' ? null : options.decision.trim(),
  };
  const report: RevisitReport = {
    version: 1,
    kind: 'revisit-report',
    date: options.date ?? null,
    revisit: formatMonth(revisitMonth),
    moved,
    decision,
    comparison,
    thresholds,
    exposure: current.flatMap((_scenario, index) => (index === baseline ? [] : [exposureOf(current, ledgers, index, settings, revisitMonth)])),
    assumptions: scenarios.flatMap(assumptionsOf),
    actuals,
    changes: null,
    forecast: null,
  };
  const previous = options.previous;
  if (previous === undefined) return { ok: true, value: report };
  const spent = (actuals?.scenarios ?? []).flatMap((scenario) => scenario.months.map((m) => ({ scenario: scenario.name, month: m.month, amount: m.actual })));
  return {
    ok: true,
    value: { ...report, changes: recordChanges(previous, report, scenarios), forecast: actuals === null ? null : forecastAgainstActuals(previous, spent) },
  };
}

/**
 * Actual spending against the scenarios as written (what they said would be paid), over a
 * plan that runs from the first month with actuals (or the analysis start, if earlier) to the
 * end of the analysis: actuals of the months before a report's look-ahead are history, held
 * against the plan of their own months.
 */
function actualsAgainstPlan(scenarios: readonly Scenario[], options: RevisitOptions, given: NonNullable<RevisitOptions['actuals']>, from: Month, end: Month) {
  const months = given.rows.map((row) => parseMonth(row.month)).filter((month): month is Month => month !== undefined);
  const start = Math.min(from, ...months);
  const planOptions: AnalysisOptions = { ...options, from: formatMonth(start), months: end - start + 1 };
  const comparison = compare(scenarios, planOptions);
  const plan = { comparison, schedule: unwrap(trySchedule(scenarios, planOptions)) };
  return tryCompareActuals(given.rows, plan, given.file === undefined ? {} : { file: given.file });
}

/** `ledgers` are the scenarios' ledgers over the horizon, as the comparison has them. */
function exposureOf(scenarios: readonly Scenario[], ledgers: readonly ScenarioSchedule[], index: number, settings: AnalysisSettings, revisit: Month): Exposure {
  const scenario = scenarios[index] as Scenario;
  const digits = settings.minorDigits;
  const units = (amount: MinorUnits) => formatMinorUnits(amount, digits);
  const money = (amount: Decimal) => amount.toFixed(digits);
  const baseline = ledgers[settings.baselineIndex] as ScenarioSchedule;
  const now = ledgers[index] as ScenarioSchedule;

  // Waiting: the baseline runs until the revisit date, then the scenario, moved to start then.
  const moved = movedToStart(scenario, Math.max(scenario.start, revisit));
  const movedLedger = (() => {
    const all = [...scenarios];
    all[index] = moved;
    return comparisonLedger(all, settings)[index] as ScenarioSchedule;
  })();
  // Each plan switches: the baseline is paid until the option's own start, the option after.
  const switching = (option: ScenarioSchedule, start: Month) => {
    const switchIndex = Math.max(0, Math.min(settings.months, start - settings.from));
    return baseline.monthlyMinorUnits.map((amount, m) => (m < switchIndex ? amount : (option.monthlyMinorUnits[m] as MinorUnits)));
  };
  const nowMonthly = switching(now, scenario.start);
  const waitingMonthly = switching(movedLedger, moved.start);
  const baselineCumulative = cumulativeMinorUnits(baseline.monthlyMinorUnits);
  const conversion = conversionOf(scenario, settings);
  const plan = (monthly: readonly MinorUnits[], signed: Scenario): SigningPlan => {
    const at = breakEvenIndex(baselineCumulative, cumulativeMinorUnits(monthly));
    return {
      starts: formatMonth(signed.start),
      total: units(sumMinorUnits(monthly)),
      npv: settings.discountRate === undefined ? null : money(npvOf(monthly, settings)),
      breakEven: at === undefined ? null : { month: at + 1, calendar: formatMonth(settings.from + at) },
      committedAfterHorizon: committedAfter(signed, settings.from + settings.months, conversion, digits),
    };
  };
  const signNow = plan(nowMonthly, scenario);
  const signAtRevisit = plan(waitingMonthly, moved);

  const commitment = scenario.commitment;
  const leaving = commitment !== undefined && revisit > scenario.start ? leavingCost(scenario, revisit - scenario.start, conversion === undefined ? {} : { conversion }) : undefined;
  const committed = commitmentExposure(scenario, conversion === undefined ? {} : { conversion });
  return {
    scenario: scenario.name,
    commitment: commitment === undefined ? null : { months: commitment.months, from: formatMonth(scenario.start), to: formatMonth(scenario.start + commitment.months - 1) },
    committedMinimum: committed === undefined ? null : money(committed.committedMinimum),
    leavingAtRevisit:
      leaving === undefined
        ? null
        : { decidedAt: formatMonth(revisit - 1), noticeMonths: leaving.noticeMonths, paid: money(leaving.paid), fee: money(leaving.fee), total: money(leaving.total) },
    signNow,
    signAtRevisit,
    valueOfWaiting: units(sumMinorUnits(nowMonthly) - sumMinorUnits(waitingMonthly)),
    valueOfWaitingNpv: signNow.npv === null || signAtRevisit.npv === null ? null : money(new Money(signNow.npv).minus(signAtRevisit.npv)),
  };
}

/** The payments of the scenario's commitment term that fall after `end` (the month after the horizon). */
function committedAfter(scenario: Scenario, end: Month, conversion: Conversion | undefined, digits: number): string | null {
  const months = scenario.commitment?.months;
  if (months === undefined) return null;
  const { monthlyMinorUnits } = termLedger(scenario, months, conversion);
  return formatMinorUnits(sumMinorUnits(monthlyMinorUnits, Math.max(0, Math.min(months, end - scenario.start)), months), digits);
}

function npvOf(monthly: readonly MinorUnits[], settings: AnalysisSettings): Decimal {
  const digits = settings.minorDigits;
  return roundMoney(npv(monthly.map((amount) => fromMinorUnits(amount, digits)), settings.discountRate as Decimal), digits);
}

/**
 * The scenario as if signed at `start`: its start, and every month its items name (one-time
 * payments, `from` of recurring and other items), moved by the same number of months.
 * Drivers stay where they are: the business grows on its own calendar.
 */
function movedToStart(scenario: Scenario, start: Month): Scenario {
  const shift = start - scenario.start;
  if (shift === 0) return scenario;
  const definition = structuredClone(scenario.definition) as unknown as Record<string, unknown>;
  const move = (value: unknown) => (typeof value === 'string' && parseMonth(value) !== undefined ? formatMonth(addMonths(parseMonth(value) as Month, shift)) : value);
  definition['start'] = formatMonth(start);
  // A driver without its own `from` starts with the scenario: pin it, so it keeps its calendar.
  const drivers = definition['drivers'];
  if (drivers !== null && typeof drivers === 'object') {
    for (const driver of Object.values(drivers as Record<string, Record<string, unknown>>)) {
      if (driver !== null && typeof driver === 'object' && driver['from'] === undefined) driver['from'] = formatMonth(scenario.start);
    }
  }
  const costs = Array.isArray(definition['costs']) ? (definition['costs'] as Record<string, unknown>[]) : [];
  for (const cost of costs) {
    for (const key of ['month', 'from']) if (key in cost) cost[key] = move(cost[key]);
  }
  return unwrap(parseScenario(definition, scenario.origin));
}

function assumptionsOf(scenario: Scenario): Assumption[] {
  const inputs = thresholdInputs(scenario);
  const values = (item: string | null) =>
    inputs.filter((input) => input.item === item).map((input) => ({ field: input.field, value: input.current, per: input.per, kind: input.kind }));
  // The items as the file writes them (not the ones the engine adds, such as a renewal price's).
  const costs = (scenario.definition.costs ?? []) as readonly { readonly name: string; readonly kind: string; readonly source?: string; readonly note?: string }[];
  const items: Assumption[] = costs.map((item) => ({
    scenario: scenario.name,
    item: item.name,
    kind: item.kind,
    values: [...values(item.name), ...quantitiesOf(item as unknown as Record<string, unknown>)],
    source: item.source ?? null,
    note: item.note ?? null,
  }));
  if (scenario.commitment !== undefined) items.push({ scenario: scenario.name, item: null, kind: 'commitment', values: values(null), source: null, note: null });
  for (const driver of scenario.drivers?.values() ?? []) {
    items.push({ scenario: scenario.name, item: driver.name, kind: 'driver', values: driverValuesOf(driver), source: driver.source ?? null, note: driver.description ?? null });
  }
  return items;
}

/** What an item counts besides money: people, a life in months, what equipment sells for. */
function quantitiesOf(item: Record<string, unknown>): Assumption['values'][number][] {
  const found: Assumption['values'][number][] = [];
  const add = (field: string, per: string, kind: 'quantity' | 'money') => {
    const value = item[field];
    if (value !== undefined && value !== null) found.push({ field, value: String(value).trim(), per, kind });
  };
  if (item['kind'] === 'staff') add('fte', 'full-time equivalents', 'quantity');
  if (item['kind'] === 'hardware') {
    add('lifeMonths', 'months of life', 'quantity');
    add('salvage', 'back at the end of each life', 'money');
  }
  return found;
}

/** A driver's starting value and growth, or its list of values, with its unit. */
function driverValuesOf(driver: Driver): Assumption['values'][number][] {
  const unit = driver.unit ?? `unit of ${driver.name}`;
  const from = `from ${formatMonth(driver.from)}`;
  const definition = driver.definition;
  const every = (months: number) => (months === 1 ? 'every month' : months === 3 ? 'every quarter' : months === 12 ? 'every year' : `every ${months} months`);
  switch (definition.kind) {
    case 'linear':
      return [
        { field: 'value', value: definition.value.toFixed(), per: `${unit} ${from}`, kind: 'quantity' },
        ...(definition.add.isZero() ? [] : [{ field: 'growth', value: definition.add.toFixed(), per: every(definition.everyMonths), kind: 'quantity' as const }]),
      ];
    case 'compound':
      return [
        { field: 'value', value: definition.value.toFixed(), per: `${unit} ${from}`, kind: 'quantity' },
        { field: 'growth', value: definition.rate.toFixed(), per: every(definition.everyMonths), kind: 'rate' },
      ];
    case 'values':
      return [{ field: 'values', value: String(definition.values.length), per: `monthly values ${from}`, kind: 'quantity' }];
  }
}
