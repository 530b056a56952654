import type { Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import type { ScenarioRange } from './normalizeRange.js';
import type { ScenarioFile } from './scenarioFile.js';

/**
 * A scenario after validation and normalization: every default applied, money as exact
 * Decimals, months as {@link Month} numbers. This is what the engine computes with.
 *
 * @example
 * const scenario: Scenario = selfHosted;
 * [scenario.name, scenario.currency, scenario.minorDigits, formatMonth(scenario.start)]; // ['Self-hosted', 'USD', 2, '2009-05']
 */
export type Scenario = {
  readonly name: string;
  readonly description?: string;
  readonly currency: string;
  /** Digits of the currency's minor unit: every ledger entry is rounded to these. */
  readonly minorDigits: number;
  readonly start: Month;
  readonly commitment?: Commitment;
  /** Migrating to this scenario: the option left behind keeps costing during its first months. */
  readonly overlap?: Overlap;
  /** The drivers usage and step items are priced by, by name; absent when the file defines none. */
  readonly drivers?: ReadonlyMap<string, Driver>;
  /** The values the file gives as ranges, each with the median that stands in for it; absent when there are none. */
  readonly ranges?: readonly ScenarioRange[];
  readonly items: readonly CostItem[];
  /** Where the scenario came from (a file path), for messages and reports. */
  readonly origin?: string;
  /** The file as written, kept for reports and decision records (merged with the base file it `extends`, its CSV drivers read into `values`). */
  readonly definition: ScenarioFile;
};

/**
 * A minimum term: leaving before its end costs the payments still due within it.
 *
 * @example
 * const commitment: Commitment | undefined = managedProvider.commitment;
 * commitment; // { months: 24 }
 */
export type Commitment = {
  /** Length of the minimum term, starting at the scenario's `start`. */
  readonly months: number;
  /** What leaving before the end of the term costs; undefined: all the remaining payments. */
  readonly exitFee?: ExitFee;
  /** Months the service runs, and is paid, after notice is given; undefined: none. */
  readonly noticeMonths?: number;
  /** What happens at the end of the term; undefined: every item continues as written, without a new term. */
  readonly renewal?: Renewal;
};

/**
 * The fee for leaving a commitment early: `amount` plus `share` of the payments still due in
 * the rest of the term (share 1 for `remaining`, 0 for `fixed`).
 *
 * @example
 * const halfOfTheRest = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   commitment: { months: 24, exitFee: { kind: 'share', rate: '50%' } }, costs: [] }));
 * const fee: ExitFee | undefined = halfOfTheRest.commitment?.exitFee;
 * [fee?.kind, fee?.share.toString(), fee?.amount.toString()]; // ['share', '0.5', '0']
 */
export type ExitFee = {
  readonly kind: 'remaining' | 'share' | 'fixed';
  /** The fraction of the remaining payments due, from 0 to 1. */
  readonly share: Decimal;
  /** A fixed amount due on top. */
  readonly amount: Decimal;
};

/**
 * What happens at the end of a commitment's term: it `ends` (nothing is paid after it), it
 * `renews` for another term of the same length, again and again, or it continues `monthly`
 * without a term, at `price` a month when one is given.
 *
 * @example
 * const monthToMonth = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   commitment: { months: 24, renewal: { kind: 'monthly', price: '44000' } }, costs: [] }));
 * const renewal: Renewal | undefined = monthToMonth.commitment?.renewal;
 * [renewal?.kind, renewal?.kind === 'monthly' ? renewal.price?.toString() : undefined]; // ['monthly', '44000']
 */
export type Renewal = { readonly kind: 'ends' } | { readonly kind: 'renews' } | { readonly kind: 'monthly'; readonly price?: Decimal };

/**
 * A migration overlap: during the first `months` months of this scenario, the scenario you
 * migrate from (the baseline unless `scenario` names another) keeps running and costing.
 *
 * @example
 * const migrating = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', overlap: { months: 3 }, costs: [] }));
 * const overlap: Overlap | undefined = migrating.overlap;
 * overlap; // { months: 3 }
 */
export type Overlap = {
  readonly months: number;
  /** The name of the scenario migrated from; undefined: the baseline. */
  readonly scenario?: string;
};

/**
 * One line of a scenario, told apart by `kind`.
 *
 * @example
 * managedProvider.items.map((item: CostItem) => [item.kind, item.name, item.category]);
 * // [['one-time', 'Migration and setup', 'migration'], ['recurring', 'Managed hosting', 'hosting']]
 */
export type CostItem = OneTimeItem | RecurringItem | UsageItem | StepItem | StaffItem | HardwareItem;

/** What every kind of cost item has. @inline */
type ItemCommon = {
  readonly name: string;
  readonly category: string;
  readonly source?: string;
  readonly note?: string;
  /**
   * The month from which the item pays nothing, whatever its kind: set when the scenario's
   * commitment ends, or continues at another price, after its term.
   */
  readonly until?: Month;
};

/**
 * A single payment, in one month.
 *
 * @example
 * const setup = managedProvider.items[0] as OneTimeItem;
 * [setup.kind, setup.amount.toFixed(2), formatMonth(setup.month)]; // ['one-time', '45000.00', '2009-05']
 */
export type OneTimeItem = ItemCommon & {
  readonly kind: 'one-time';
  readonly amount: Decimal;
  readonly month: Month;
};

/**
 * A fee paid every period (1, 3 or 12 months), upfront or spread over the period's months.
 *
 * @example
 * const hosting = selfHosted.items[0] as RecurringItem;
 * [hosting.amount.toFixed(2), hosting.periodMonths, hosting.billing, formatMonth(hosting.from), hosting.months];
 * // ['48000.00', 12, 'monthly', '2009-05', undefined]
 */
export type RecurringItem = ItemCommon & {
  readonly kind: 'recurring';
  /** The amount per period. */
  readonly amount: Decimal;
  /** 1, 3 or 12. */
  readonly periodMonths: number;
  readonly billing: 'upfront' | 'monthly';
  readonly from: Month;
  /** Months the item runs from `from`; undefined runs to the end of the analysis. */
  readonly months?: number;
  readonly escalation?: Escalation;
};

/**
 * A compounding price increase of a recurring item, stepping up every `everyMonths` from its `from`.
 *
 * @example
 * const salary = selfHostedWithItHire.items.find((item) => item.name === 'IT administrator') as RecurringItem;
 * const escalation: Escalation | undefined = salary.escalation;
 * [escalation?.rate.toString(), escalation?.everyMonths]; // ['0.03', 12]
 */
export type Escalation = {
  /** The increase per step, as a fraction (0.03 for 3%). */
  readonly rate: Decimal;
  /** Months between steps, counted from the item's `from`. */
  readonly everyMonths: number;
};

/** Months in each period name. */
export const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/**
 * A named monthly quantity — customers, servers, TB of storage — that usage and step items
 * are priced by. It is 0 before `from`.
 *
 * @example
 * const growth = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { unit: 'customer', value: 200, growth: { add: 20, every: 'month' } } }, costs: [] }));
 * const customers: Driver | undefined = growth.drivers?.get('customers');
 * [customers?.unit, formatMonth(customers!.from), customers?.definition.kind]; // ['customer', '2009-05', 'linear']
 */
export type Driver = {
  readonly name: string;
  /** One of what it counts ("customer"), for sentences; undefined when the file gives none. */
  readonly unit?: string;
  readonly description?: string;
  readonly source?: string;
  /** The month of the first value. */
  readonly from: Month;
  readonly definition: DriverDefinition;
  /** The file that defines it (a base file it extends, or the scenario's own), when read from a file. */
  readonly origin?: string;
};

/**
 * How a driver's monthly values are computed from its `from` on (k = months since `from`):
 * `linear`: value + add × ⌊k ÷ everyMonths⌋, never below 0; `compound`: value × (1 + rate)^⌊k ÷ everyMonths⌋;
 * `values`: values[k], the last one holding after the list ends.
 *
 * @example
 * const definition: DriverDefinition = { kind: 'values', values: [toDecimal('90'), toDecimal('110')] };
 * definition.values.map(String); // ['90', '110']
 */
export type DriverDefinition =
  | { readonly kind: 'linear'; readonly value: Decimal; readonly add: Decimal; readonly everyMonths: number }
  | { readonly kind: 'compound'; readonly value: Decimal; readonly rate: Decimal; readonly everyMonths: number }
  | { readonly kind: 'values'; readonly values: readonly Decimal[] };

/** What usage and step items share: the driver they are priced by and the months they run. @inline */
type MeteredItemCommon = ItemCommon & {
  /** The name of a driver of the scenario. */
  readonly driver: string;
  readonly from: Month;
  /** Months the item runs from `from`; undefined runs to the end of the analysis. */
  readonly months?: number;
};

/**
 * One band of a tiered usage price: the units up to `upTo` (inclusive) above the previous band.
 *
 * @example
 * const tier: UsageTier = { upTo: toDecimal('100'), price: toDecimal('0') };
 * tier.upTo?.toString(); // '100'
 */
export type UsageTier = {
  /** The last quantity of the band; undefined for the last band, which has no end. */
  readonly upTo?: Decimal;
  /** Price per unit per period. */
  readonly price: Decimal;
};

/**
 * A price per driver unit, charged every month: ROUND(price(quantity) ÷ periodMonths), at
 * least `minimum`. A flat price is one tier without end.
 *
 * @example
 * const perCustomer = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { value: 120 } },
 *   costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', price: '30' }] })).items[0] as UsageItem;
 * [perCustomer.tiers.length, perCustomer.tiers[0]?.price.toString(), perCustomer.tiering, perCustomer.periodMonths]; // [1, '30', 'graduated', 1]
 */
export type UsageItem = MeteredItemCommon & {
  readonly kind: 'usage';
  /** In increasing order of `upTo`; only the last has no `upTo`. */
  readonly tiers: readonly UsageTier[];
  readonly tiering: 'graduated' | 'volume';
  /** 1, 3 or 12: the period the prices are for. */
  readonly periodMonths: number;
  /** The least charged in a month the item runs; zero when the file gives none. */
  readonly minimum: Decimal;
};

/**
 * Capacity in blocks: ⌈(quantity − included) ÷ blockSize⌉ blocks are needed each month; each
 * block added costs `oneTimePerBlock`, each block held `recurringPerBlock` per period.
 *
 * @example
 * const servers = unwrap(parseScenario({ name: 'Own', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { value: 120 } },
 *   costs: [{ name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: '3000' }] })).items[0] as StepItem;
 * [servers.blockSize.toString(), servers.included.toString(), servers.recurringPerBlock.toString(), servers.releaseUnused]; // ['40', '0', '0', false]
 */
export type StepItem = MeteredItemCommon & {
  readonly kind: 'step';
  /** Driver units one block serves; above 0. */
  readonly blockSize: Decimal;
  /** Driver units served without any block. */
  readonly included: Decimal;
  readonly oneTimePerBlock: Decimal;
  /** Per block held, per period of `periodMonths`. */
  readonly recurringPerBlock: Decimal;
  readonly periodMonths: number;
  /** True: blocks no longer needed are given back; false: blocks are kept once bought. */
  readonly releaseUnused: boolean;
};

/**
 * People: `fte` full-time equivalents at `annualCost` each a year, paid from the hiring month
 * `from` in 12 monthly parts per employment year, with a `raise` compounding on each
 * anniversary of `from`, plus `onCallStipend` a month for each of the `onCallPeople`.
 *
 * @example
 * const staff = unwrap(parseScenario({ name: 'On call', currency: 'USD', start: '2009-05', costs: [{ name: 'Operations team', kind: 'staff',
 *   annualCost: '98000', onCallStipend: '400', coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } }] })).items[0] as StaffItem;
 * [staff.fte.toString(), staff.onCallPeople, staff.coverage?.peopleNeeded, staff.raise.toString()]; // ['5', 5, 5, '0']
 */
export type StaffItem = ItemCommon & {
  readonly kind: 'staff';
  /** The loaded cost of one full-time equivalent for a year, before raises. */
  readonly annualCost: Decimal;
  /** Full-time equivalents. */
  readonly fte: Decimal;
  /** The hiring month. */
  readonly from: Month;
  /** Months of employment from `from`; undefined runs to the end of the analysis. */
  readonly months?: number;
  /** The yearly raise as a fraction (0.03 for 3%); 0 without one. */
  readonly raise: Decimal;
  /** Paid every month to each person on call; undefined without a stipend. */
  readonly onCallStipend?: Decimal;
  /** The people the stipend is paid to: `fte` rounded up. */
  readonly onCallPeople: number;
  /** The on-call duty covered, and the people a sustainable rotation for it needs. */
  readonly coverage?: StaffCoverage;
};

/**
 * On-call duty to cover, and the people a sustainable rotation for it needs:
 * ⌈hoursPerWeek ÷ maxOnCallHoursPerPersonPerWeek⌉ (see {@link onCallRotationSize}).
 *
 * @example
 * const coverage: StaffCoverage = { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40, peopleNeeded: onCallRotationSize(168, 40) };
 * coverage.peopleNeeded; // 5
 */
export type StaffCoverage = {
  readonly hoursPerWeek: number;
  readonly maxOnCallHoursPerPersonPerWeek: number;
  readonly peopleNeeded: number;
};

/**
 * Equipment bought outright: `price` in the month `from` and, with `refresh`, again every
 * `lifeMonths`; `salvage` comes back at the end of each life.
 *
 * @example
 * const servers = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36 }] })).items[0] as HardwareItem;
 * [servers.price.toString(), servers.lifeMonths, servers.refresh, servers.salvage.toString()]; // ['36000', 36, true, '0']
 */
export type HardwareItem = ItemCommon & {
  readonly kind: 'hardware';
  readonly price: Decimal;
  /** The useful life in months, at least 1. */
  readonly lifeMonths: number;
  /** The month of the first purchase. */
  readonly from: Month;
  /** True: bought again at the end of each life; false: bought once. */
  readonly refresh: boolean;
  /** Received at the end of each life; 0 when the file gives none. At most `price`. */
  readonly salvage: Decimal;
};
