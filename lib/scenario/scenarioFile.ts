/**
 * The scenario file as written (format version 1): the TypeScript shape of
 * `scenarioSchema`. Amounts and rates may be strings or numbers, months are `YYYY-MM`.
 * test/scenario/scenarioFile.test.ts checks that these keys are exactly the schema's.
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

export type CostItemFile = OneTimeItemFile | RecurringItemFile;

type ItemFileCommon = {
  readonly name: string;
  readonly category?: string;
  readonly source?: string;
  readonly note?: string;
};

export type OneTimeItemFile = ItemFileCommon & {
  readonly kind: 'one-time';
  readonly amount: string | number;
  readonly month?: string;
};

export type Period = 'month' | 'quarter' | 'year';

export type RecurringItemFile = ItemFileCommon & {
  readonly kind: 'recurring';
  readonly amount: string | number;
  readonly every: Period;
  readonly billing?: 'upfront' | 'monthly';
  readonly from?: string;
  readonly months?: number;
  readonly escalation?: { readonly rate: string | number; readonly every?: Period };
};
