import type { Decimal } from '../money/decimal.js';
import { fromMinorUnits, toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { Scenario } from '../scenario/scenario.js';
import { scenarioDriverValues } from './driverValues.js';
import { entriesUntil } from './entriesUntil.js';
import { itemEntries } from './itemEntries.js';
import type { ItemSchedule } from './itemSchedule.js';
import { asBigints, categorySumsIn, categorySumsOf, categoryTally, addDouble, countCategories } from './categorySums.js';
import { isMinorUnitEntries, itemScheduleFromMinorUnits } from './minorUnitEntries.js';
import type { MonthRange } from './monthRange.js';
import type { LedgerView, ModelContext } from './modelContext.js';
import { definedOnly } from '../scenario/definedOnly.js';

/**
 * The ledger: one exact entry per scenario × item × month of a range.
 *
 * @example
 * const ledger: Schedule = buildSchedule([selfHosted, managedProvider], { first: parseMonth('2009-05')!, count: 12 });
 * ledger.scenarios.map((s) => s.monthlyTotals[0]!.toFixed(2)); // ['4000.00', '85000.00']
 */
export type Schedule = {
  readonly range: MonthRange;
  readonly scenarios: readonly ScenarioSchedule[];
};

/**
 * One scenario's ledger: its items' entries and their sums per month and per category.
 * `monthlyTotals`, and `categories` and `monthlyMinorUnits` of a ledger that makes them when
 * first read, are getters of the object's class: read the fields by name (or destructure
 * them), as the type gives them; spreading a ledger copies its own fields only.
 *
 * @example
 * const ledger: ScenarioSchedule = scenarioSchedule(managedProvider, { first: managedProvider.start, count: 2 });
 * ledger.monthlyTotals.map(String); // ['85000', '40000']
 * ledger.monthlyMinorUnits; // [8500000n, 4000000n]
 * [...ledger.categories.keys()]; // ['migration', 'hosting']
 */
export type ScenarioSchedule = {
  readonly scenario: Scenario;
  readonly items: readonly ItemSchedule[];
  /** The sum of the scenario's entries in each month of the range. */
  readonly monthlyTotals: readonly Decimal[];
  /** The same sums in exact minor units, for fast exact aggregation. */
  readonly monthlyMinorUnits: readonly MinorUnits[];
  /** Monthly sums per category, in order of the categories' first appearance. */
  readonly categories: ReadonlyMap<string, readonly MinorUnits[]>;
};

/**
 * Builds the exact monthly ledger of each scenario over a range of months. A scenario
 * costs nothing before its own start; open-ended items run to the end of the range.
 *
 * @example
 * const schedule = buildSchedule([selfHosted], { first: parseMonth('2009-05')!, count: 36 });
 * schedule.scenarios[0]!.monthlyTotals[0]!.toFixed(2); // '4000.00'
 */
export function buildSchedule(scenarios: readonly Scenario[], range: MonthRange, options: ScheduleOptions = {}): Schedule {
  return { range, scenarios: scenarios.map((scenario) => scenarioSchedule(scenario, range, options)) };
}

/**
 * Options of {@link buildSchedule}.
 *
 * @example
 * const options: ScheduleOptions = { view: 'amortized' };
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36 }] }));
 * buildSchedule([own], { first: own.start, count: 2 }, options).scenarios[0]!.monthlyTotals.map(String); // ['1000', '1000']
 */
export type ScheduleOptions = {
  /** How capital purchases appear (default `cash`). */
  readonly view?: LedgerView;
};

/**
 * The ledger of one scenario over a range of months.
 *
 * @example
 * scenarioSchedule(selfHosted, { first: parseMonth('2009-04')!, count: 3 }).monthlyTotals.map(String); // ['0', '4000', '4000']
 */
export function scenarioSchedule(scenario: Scenario, range: MonthRange, options: ScheduleOptions = {}): ScenarioSchedule {
  return ledgerOfScenario(scenario, range, options, 'now');
}

/**
 * {@link scenarioSchedule} for a reader that may never look at the sums per category (a
 * comparison shown as a table): its `categories` are made when first read, and
 * {@link categoriesOnRead} gives what makes them.
 *
 * @example
 * const ledger = scenarioScheduleReadLater(managedProvider, { first: managedProvider.start, count: 2 });
 * [ledger.monthlyMinorUnits, [...categoriesOnRead(ledger)().keys()]]; // [[8500000n, 4000000n], ['migration', 'hosting']]
 */
export function scenarioScheduleReadLater(scenario: Scenario, range: MonthRange, options: ScheduleOptions = {}): ScenarioSchedule {
  return ledgerOfScenario(scenario, range, options, 'on first read');
}

/** When a ledger's sums per category are made: with the ledger, a plain data property, or when first read. */
export type CategoriesWhen = 'now' | 'on first read';

function ledgerOfScenario(scenario: Scenario, range: MonthRange, options: ScheduleOptions, when: CategoriesWhen): ScenarioSchedule {
  const digits = scenario.minorDigits;
  const context: ModelContext = definedOnly({
    range,
    minorDigits: digits,
    drivers: scenarioDriverValues(scenario, range),
    driverDefinitions: scenario.drivers,
    view: options.view ?? 'cash',
    shareEntries: when === 'on first read' ? true : undefined,
  });
  const count = range.count;
  const tally = categoryTally(count, scenario.items.length, countCategories(scenario.items));
  const items = scenario.items.map((item): ItemSchedule => {
    const entries = itemEntries(item, context);
    if (isMinorUnitEntries(entries)) return itemScheduleFromMinorUnits(item, entries, item.until, range, digits, tally);
    const categorySums = categorySumsIn(tally, item.category);
    const amounts = entriesUntil(entries, item.until, range);
    // The items that give Decimal entries (a payment of 0.00 due, or a one-time or hardware
    // payment beyond 2^53 minor units) repeat the same Decimal instance month after month, so the
    // conversion is remembered from one month to the next, and the item total is
    // accumulated once per run of equal amounts, not once per month.
    const minorUnits = new Array<MinorUnits>(count);
    let total = 0n;
    let lastAmount: Decimal | undefined;
    let lastUnits: MinorUnits = 0n;
    let lastAsDouble = 0;
    let runLength = 0;
    for (let month = 0; month < count; month++) {
      const amount = amounts[month];
      if (amount === undefined) {
        minorUnits[month] = 0n;
        continue;
      }
      if (amount !== lastAmount) {
        if (runLength > 0) total += lastUnits * BigInt(runLength);
        lastAmount = amount;
        lastUnits = toMinorUnits(amount, digits);
        lastAsDouble = Number(lastUnits);
        runLength = 0;
      }
      runLength++;
      minorUnits[month] = lastUnits;
      if (lastAsDouble !== 0) addDouble(tally, categorySums, month, lastAsDouble);
    }
    if (runLength > 0) total += lastUnits * BigInt(runLength);
    return { item, amounts, minorUnits, totalMinorUnits: total };
  });
  const { categories, monthly, monthlyAsDoubles } = categorySumsOf(tally, items);
  if (when === 'now') return new Ledger(scenario, items, monthly(), categories(), digits);
  return new LedgerReadLater(scenario, items, monthlyAsDoubles === undefined ? monthly() : monthlyAsDoubles, categories, digits);
}

/**
 * Completes a scenario's ledger from its items and their monthly sums per category: the
 * monthly totals (the sum of the categories) and, built on first use, their Decimals.
 * Shared by the engine and by the ledger transformations after it (currency conversion,
 * migration overlap).
 *
 * @example
 * const ledger = assembleScenarioSchedule(selfHosted, [], new Map([['hosting', [400000n, 0n]]]), 2, 2);
 * ledger.monthlyTotals.map(String); // ['4000', '0']
 */
export function assembleScenarioSchedule(
  scenario: Scenario,
  items: readonly ItemSchedule[],
  categories: ReadonlyMap<string, readonly MinorUnits[]>,
  count: number,
  digits: number,
): ScenarioSchedule {
  let monthlyMinorUnits: MinorUnits[];
  if (categories.size === 1) {
    monthlyMinorUnits = [...(categories.values().next().value as MinorUnits[])];
  } else {
    monthlyMinorUnits = new Array<MinorUnits>(count).fill(0n);
    for (const sums of categories.values()) {
      for (let month = 0; month < count; month++) {
        const units = sums[month] as MinorUnits;
        if (units !== 0n) monthlyMinorUnits[month] = (monthlyMinorUnits[month] as MinorUnits) + units;
      }
    }
  }
  return new Ledger(scenario, items, monthlyMinorUnits, categories, digits);
}

/**
 * A scenario's ledger whose Decimal monthly totals, needed only for NPV and by notebooks, are
 * made on first read, and its sums per category too when given as the function that makes
 * them. A class, with the getter on its prototype: an object literal with a getter is made as
 * a dictionary, slower to make and to read.
 */
class Ledger implements ScenarioSchedule {
  readonly scenario: Scenario;
  readonly items: readonly ItemSchedule[];
  readonly monthlyMinorUnits: readonly MinorUnits[];
  readonly categories: ReadonlyMap<string, readonly MinorUnits[]>;
  readonly #digits: number;
  #monthlyTotals: readonly Decimal[] | undefined;

  constructor(scenario: Scenario, items: readonly ItemSchedule[], monthlyMinorUnits: readonly MinorUnits[], categories: ReadonlyMap<string, readonly MinorUnits[]>, digits: number) {
    this.scenario = scenario;
    this.items = items;
    this.monthlyMinorUnits = monthlyMinorUnits;
    this.categories = categories;
    this.#digits = digits;
  }

  get monthlyTotals(): readonly Decimal[] {
    return (this.#monthlyTotals ??= decimalsOf(this.monthlyMinorUnits, this.#digits));
  }
}

/** Minor units as Decimals. */
function decimalsOf(units: readonly MinorUnits[], digits: number): Decimal[] {
  return units.map((amount) => fromMinorUnits(amount, digits));
}

/**
 * A ledger only costmodel reads (a comparison written on first read): its sums per month kept
 * as the exact doubles they were added in, when they were, and made in minor units, like its
 * Decimal monthly totals, when first read; its sums per category made when first read, by the
 * function it holds.
 */
class LedgerReadLater implements ScenarioSchedule {
  readonly scenario: Scenario;
  readonly items: readonly ItemSchedule[];
  readonly #monthly: readonly MinorUnits[] | Float64Array;
  readonly #categories: () => ReadonlyMap<string, readonly MinorUnits[]>;
  readonly #digits: number;
  #monthlyMinorUnits: readonly MinorUnits[] | undefined;
  #monthlyTotals: readonly Decimal[] | undefined;

  constructor(scenario: Scenario, items: readonly ItemSchedule[], monthly: readonly MinorUnits[] | Float64Array, categories: () => ReadonlyMap<string, readonly MinorUnits[]>, digits: number) {
    this.scenario = scenario;
    this.items = items;
    this.#monthly = monthly;
    this.#categories = categories;
    this.#digits = digits;
  }

  get monthlyMinorUnits(): readonly MinorUnits[] {
    const monthly = this.#monthly;
    return (this.#monthlyMinorUnits ??= monthly instanceof Float64Array ? asBigints(monthly) : monthly);
  }

  get monthlyTotals(): readonly Decimal[] {
    return (this.#monthlyTotals ??= decimalsOf(this.monthlyMinorUnits, this.#digits));
  }

  get categories(): ReadonlyMap<string, readonly MinorUnits[]> {
    return this.#categories();
  }

  /** What a ledger's categories are read from, when it is one of these. */
  static readerOf(ledger: ScenarioSchedule): (() => ReadonlyMap<string, readonly MinorUnits[]>) | undefined {
    return #categories in ledger ? ledger.#categories : undefined;
  }

  /** A ledger's sums per month as exact doubles, when it is one of these and holds them. */
  static monthlyAsDoublesOf(ledger: ScenarioSchedule): Float64Array | undefined {
    return #monthly in ledger && ledger.#monthly instanceof Float64Array ? ledger.#monthly : undefined;
  }
}

/**
 * A ledger's sums per month (`monthlyMinorUnits`) as the doubles they were added in, exact
 * integers, when the ledger holds them (one built by {@link scenarioScheduleReadLater} whose
 * sums all stayed within 2^53): for a result that keeps them until it is read, in memory
 * outside the heap. Never written to.
 *
 * @example
 * const ledger = scenarioScheduleReadLater(managedProvider, { first: managedProvider.start, count: 2 });
 * [monthlySumsAsDoubles(ledger), monthlySumsAsDoubles(scenarioSchedule(managedProvider, { first: managedProvider.start, count: 2 }))];
 * // [Float64Array.of(8500000, 4000000), undefined]
 */
export function monthlySumsAsDoubles(ledger: ScenarioSchedule): Float64Array | undefined {
  return LedgerReadLater.monthlyAsDoublesOf(ledger);
}

/**
 * What a ledger's `categories` are read from, as a function that holds what they are made
 * from and not the ledger (its items' entries): for a result that writes its categories out
 * only if it is ever read, and should keep little until then.
 *
 * @example
 * const ledger = scenarioSchedule(managedProvider, { first: managedProvider.start, count: 2 });
 * [...categoriesOnRead(ledger)().keys()]; // ['migration', 'hosting']
 */
export function categoriesOnRead(ledger: ScenarioSchedule): () => ReadonlyMap<string, readonly MinorUnits[]> {
  const reader = LedgerReadLater.readerOf(ledger);
  if (reader !== undefined) return reader;
  const categories = ledger.categories;
  return () => categories;
}
