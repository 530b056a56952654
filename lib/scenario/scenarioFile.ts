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
  readonly commitment?: { readonly months: number };
  readonly costs: readonly CostItemFile[];
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
export type CostItemFile = OneTimeItemFile | RecurringItemFile;

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
  readonly amount: string | number;
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
  readonly amount: string | number;
  readonly every: Period;
  readonly billing?: 'upfront' | 'monthly';
  readonly from?: string;
  readonly months?: number;
  readonly escalation?: { readonly rate: string | number; readonly every?: Period };
};
