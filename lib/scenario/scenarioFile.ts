/**
 * The scenario file as written (format version 1): the TypeScript shape of
 * `scenarioSchema`. Amounts and rates may be strings or numbers, months are `YYYY-MM`.
 * test/scenario/scenarioFile.test.ts checks that these keys are exactly the schema's.
 *
 * @example
 * const file: ScenarioFile = {
 *   name: 'Managed provider', currency: 'USD', start: '2009-05', commitment: { months: 24 },
 *   costs: [{ name: 'Managed hosting', kind: 'recurring', amount: '40000', every: 'month' }],
 * };
 * validateScenario(file); // []
 * compare([unwrap(parseScenario(file))], { months: 12 }).scenarios[0]?.total; // '480000.00'
 */
export type ScenarioFile = {
  readonly $schema?: string;
  readonly version?: 1;
  readonly name: string;
  readonly description?: string;
  readonly currency: string;
  readonly start: string;
  /** Path of a base file this one takes its missing keys from; resolved by lib/io, never by the pure core. */
  readonly extends?: string;
  readonly drivers?: { readonly [name: string]: DriverFile };
  readonly commitment?: CommitmentFile;
  readonly overlap?: { readonly months: Uncertain<number>; readonly scenario?: string };
  /** Who bills this option: the names of its rows in the FOCUS export. */
  readonly billing?: BillingFile;
  /** How the rows of a FOCUS bill map to this option and its items. */
  readonly actuals?: ActualsMappingFile;
  readonly costs: readonly CostItemFile[];
};

/**
 * A scenario file's `billing`: the provider, publisher, invoice issuer and billing account
 * its FOCUS rows name; each defaults as docs/focus.md says.
 *
 * @example
 * const billing: BillingFile = { provider: 'Acme Hosting', invoiceIssuer: 'Reseller Ltd' };
 * validateScenario({ name: 'Provider', currency: 'USD', start: '2009-05', billing, costs: [] }); // []
 */
export type BillingFile = {
  readonly provider?: string;
  readonly publisher?: string;
  readonly invoiceIssuer?: string;
  readonly account?: string;
};

/**
 * A scenario file's `actuals`: which rows of a FOCUS bill are this option's (`provider`), and
 * which item each pays (`map`, tried in order).
 *
 * @example
 * const actuals: ActualsMappingFile = { provider: 'Acme Hosting', map: [{ item: 'Managed hosting', serviceCategory: 'Compute' }] };
 * validateScenario({ name: 'Provider', currency: 'USD', start: '2009-05', actuals, costs: [] }); // []
 */
export type ActualsMappingFile = {
  readonly provider?: string;
  readonly map?: readonly {
    readonly item: string;
    readonly serviceName?: string;
    readonly serviceCategory?: string;
    readonly tag?: { readonly key: string; readonly value?: string };
  }[];
};

/**
 * One entry of a scenario file's `costs`, told apart by `kind`.
 *
 * @example
 * const costs: CostItemFile[] = [
 *   { name: 'Migration and setup', kind: 'one-time', amount: 45000 },
 *   { name: 'Managed hosting', kind: 'recurring', amount: '40000', every: 'month' },
 * ];
 * const scenario = unwrap(parseScenario({ name: 'Managed provider', currency: 'USD', start: '2009-05', costs }));
 * scenario.items.map((item) => [item.kind, item.category]); // [['one-time', 'other'], ['recurring', 'other']]
 */
export type CostItemFile = OneTimeItemFile | RecurringItemFile | UsageItemFile | StepItemFile | StaffItemFile | HardwareItemFile;

/** What every kind of cost item in a file may have. @inline */
type ItemFileCommon = {
  readonly name: string;
  readonly category?: string;
  readonly source?: string;
  readonly note?: string;
};

/**
 * A single payment as written in a scenario file: paid in `month`, by default the scenario's start.
 *
 * @example
 * const fee: OneTimeItemFile = { name: 'Recruiting fee', kind: 'one-time', amount: '10500', month: '2009-06', category: 'staff' };
 * const hire = unwrap(parseScenario({ name: 'IT hire', currency: 'USD', start: '2009-05', costs: [fee] }));
 * compare([hire], { months: 3 }).scenarios[0]?.monthly; // ['0.00', '10500.00', '0.00']
 */
export type OneTimeItemFile = ItemFileCommon & {
  readonly kind: 'one-time';
  readonly amount: Uncertain<string | number>;
  readonly month?: string;
};

/**
 * How often a recurring fee is due, and how often an escalation steps up.
 *
 * @example
 * const every: Period = 'quarter';
 * const support = unwrap(parseScenario({ name: 'Support', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Support contract', kind: 'recurring', amount: '3000', every }] }));
 * compare([support], { months: 4 }).scenarios[0]?.monthly; // ['3000.00', '0.00', '0.00', '3000.00']
 */
export type Period = 'month' | 'quarter' | 'year';

/**
 * A fee per period as written in a scenario file, with its billing, duration and escalation.
 *
 * @example
 * const hosting: RecurringItemFile = { name: 'Self-hosting', kind: 'recurring', amount: '80000', every: 'year', billing: 'monthly' };
 * const scenario = unwrap(parseScenario({ name: 'Self-hosted', currency: 'USD', start: '2009-05', costs: [hosting] }));
 * compare([scenario], { months: 12 }).scenarios[0]?.monthly.slice(7, 9); // ['6666.67', '6666.66']
 */
export type RecurringItemFile = ItemFileCommon & {
  readonly kind: 'recurring';
  readonly amount: Uncertain<string | number>;
  readonly every: Period;
  readonly billing?: 'upfront' | 'monthly';
  readonly from?: string;
  readonly months?: Uncertain<number>;
  readonly escalation?: { readonly rate: Uncertain<string | number>; readonly every?: Period };
};

/**
 * A driver as written in a scenario file: a named monthly quantity given by a start `value`
 * and optional `growth`, by monthly `values`, or by a `csv` file (read by lib/io).
 *
 * @example
 * const customers: DriverFile = { unit: 'customer', from: '2009-05', value: 200, growth: { add: 20, every: 'month' } };
 * const scenario = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', drivers: { customers },
 *   costs: [{ name: 'Support', kind: 'usage', driver: 'customers', price: '2' }] }));
 * compare([scenario], { months: 3 }).scenarios[0]?.monthly; // ['400.00', '440.00', '480.00']
 */
export type DriverFile = {
  readonly description?: string;
  readonly unit?: string;
  readonly from?: string;
  readonly value?: Uncertain<string | number>;
  readonly growth?: { readonly add?: Uncertain<string | number>; readonly rate?: Uncertain<string | number>; readonly every: Period };
  readonly values?: readonly (string | number)[];
  readonly csv?: string;
  readonly column?: string;
  readonly source?: string;
};

/**
 * A price per driver unit as written in a scenario file: flat (`price`) or tiered (`tiers`).
 *
 * @example
 * const perCustomer: UsageItemFile = { name: 'Per-customer fee', kind: 'usage', driver: 'customers',
 *   tiers: [{ upTo: 100, price: '0' }, { price: '30' }], minimum: '500' };
 * const scenario = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { values: [90, 110, 150] } }, costs: [perCustomer] }));
 * compare([scenario], { months: 3 }).scenarios[0]?.monthly; // ['500.00', '500.00', '1500.00']
 */
export type UsageItemFile = ItemFileCommon & {
  readonly kind: 'usage';
  readonly driver: string;
  readonly price?: Uncertain<string | number>;
  readonly tiers?: readonly { readonly upTo?: string | number; readonly price: Uncertain<string | number> }[];
  readonly tiering?: 'graduated' | 'volume';
  readonly every?: Period;
  readonly minimum?: Uncertain<string | number>;
  readonly from?: string;
  readonly months?: Uncertain<number>;
};

/**
 * Capacity bought in blocks as written in a scenario file: one block per `blockSize` driver units.
 *
 * @example
 * const servers: StepItemFile = { name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40,
 *   oneTimePerBlock: '3000', recurringPerBlock: '500' };
 * const scenario = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { values: [40, 41, 80] } }, costs: [servers] }));
 * // 1 server, a 2nd bought for customer 41, still 2 servers for 80 customers
 * compare([scenario], { months: 3 }).scenarios[0]?.monthly; // ['3500.00', '4000.00', '1000.00']
 */
export type StepItemFile = ItemFileCommon & {
  readonly kind: 'step';
  readonly driver: string;
  readonly blockSize: string | number;
  readonly included?: string | number;
  readonly oneTimePerBlock?: Uncertain<string | number>;
  readonly recurringPerBlock?: Uncertain<string | number>;
  readonly every?: Period;
  readonly releaseUnused?: boolean;
  readonly from?: string;
  readonly months?: Uncertain<number>;
};

/**
 * A scenario file's `commitment`: the minimum term, what leaving early costs, the notice
 * period and what happens at the end of the term.
 *
 * @example
 * const commitment: CommitmentFile = { months: 24, exitFee: { kind: 'share', rate: '50%' }, noticeMonths: 3, renewal: { kind: 'monthly', price: '44000' } };
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', commitment,
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: '40000', every: 'month' }] }));
 * compare([provider], { months: 36 }).scenarios[0]?.commitment?.exitCosts[11]?.cost; // '240000.00'
 */
export type CommitmentFile = {
  readonly months: Uncertain<number>;
  readonly exitFee?: { readonly kind: 'remaining' | 'share' | 'fixed'; readonly rate?: Uncertain<string | number>; readonly amount?: Uncertain<string | number> };
  readonly noticeMonths?: Uncertain<number>;
  readonly renewal?: { readonly kind: 'ends' | 'renews' | 'monthly'; readonly price?: Uncertain<string | number> };
};

/**
 * People as written in a scenario file: full-time equivalents at an annual loaded cost, from
 * the hiring month, with a yearly raise, an on-call stipend and the coverage they provide.
 *
 * @example
 * const admin: StaffItemFile = { name: 'IT administrator', kind: 'staff', annualCost: '98000', from: '2009-07', raise: '3%' };
 * const hire = unwrap(parseScenario({ name: 'IT hire', currency: 'USD', start: '2009-05', costs: [admin] }));
 * compare([hire], { months: 3 }).scenarios[0]?.monthly; // ['0.00', '0.00', '8166.67']
 */
export type StaffItemFile = ItemFileCommon & {
  readonly kind: 'staff';
  readonly annualCost: Uncertain<string | number>;
  readonly fte?: number;
  readonly from?: string;
  readonly months?: Uncertain<number>;
  readonly raise?: Uncertain<string | number>;
  readonly onCallStipend?: Uncertain<string | number>;
  readonly coverage?: { readonly hoursPerWeek: number; readonly maxOnCallHoursPerPersonPerWeek: number };
};

/**
 * Equipment as written in a scenario file: a price, a useful life, refreshed at its end or
 * not, and what it sells for then.
 *
 * @example
 * const servers: HardwareItemFile = { name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36, salvage: '3600' };
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05', costs: [servers] }));
 * compare([own], { months: 2, view: 'amortized' }).scenarios[0]?.monthly; // ['900.00', '900.00']
 */
export type HardwareItemFile = ItemFileCommon & {
  readonly kind: 'hardware';
  readonly price: Uncertain<string | number>;
  readonly lifeMonths: Uncertain<number>;
  readonly from?: string;
  readonly refresh?: boolean;
  readonly salvage?: Uncertain<string | number>;
};

/**
 * An uncertain value as a scenario file writes it: `low` and `high` (the 5th and 95th
 * percentiles for `lognormal` and `normal`, the bounds for `uniform`, `triangular` and `pert`),
 * the `mode` of a triangular or pert range, and its distribution (default: lognormal when
 * `low` is above 0, normal otherwise). Every deterministic analysis uses its median.
 *
 * @example
 * const fee: RangeFile = { low: '30000', high: '45000' };
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: fee, every: 'month' }] }));
 * provider.items[0]?.kind === 'recurring' && provider.items[0].amount.toFixed(2); // '36742.35'
 */
export type RangeFile = {
  readonly low: string | number;
  readonly high: string | number;
  readonly mode?: string | number;
  readonly dist?: 'lognormal' | 'normal' | 'uniform' | 'triangular' | 'pert';
  /** `"never"` when waiting until the revisit date will not reveal the value. */
  readonly known?: 'never';
};

/**
 * A value a scenario file may give as a number or as a range ({@link RangeFile}).
 *
 * @example
 * const salary: Uncertain<string | number> = { low: '85000', high: '110000', dist: 'normal' };
 * typeof salary === 'object'; // true
 */
export type Uncertain<T> = T | RangeFile;
