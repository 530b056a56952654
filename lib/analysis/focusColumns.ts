/**
 * The FinOps Open Cost and Usage Specification (FOCUS) 1.2 as costmodel writes and reads it:
 * the columns of a forecast row, in the order they are written, the allowed values costmodel
 * uses, and how a scenario's free-text category becomes a FOCUS ServiceCategory.
 *
 * The column names, types and nullability follow the 1.2 column definitions; docs/focus.md
 * says what each one holds in a forecast and why.
 */

/**
 * The FOCUS version the export follows.
 *
 * @example
 * FOCUS_VERSION; // '1.2'
 */
export const FOCUS_VERSION = '1.2';

/**
 * The columns of costmodel's FOCUS export, in the order written: the FOCUS 1.2 columns a
 * forecast can fill (every mandatory one, and the conditional ones that apply), then
 * costmodel's own, prefixed `x_` as FOCUS asks of custom columns.
 *
 * @example
 * FOCUS_COLUMNS.slice(0, 3); // ['BilledCost', 'BillingAccountId', 'BillingAccountName']
 * FOCUS_COLUMNS.filter((column) => column.startsWith('x_')); // ['x_Forecast', 'x_Scenario', 'x_CostItem', 'x_CostCategory']
 */
export const FOCUS_COLUMNS = [
  'BilledCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'CommitmentDiscountCategory',
  'CommitmentDiscountId',
  'CommitmentDiscountName',
  'CommitmentDiscountQuantity',
  'CommitmentDiscountStatus',
  'CommitmentDiscountType',
  'CommitmentDiscountUnit',
  'ConsumedQuantity',
  'ConsumedUnit',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'PricingCategory',
  'PricingQuantity',
  'PricingUnit',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
  'x_Forecast',
  'x_Scenario',
  'x_CostItem',
  'x_CostCategory',
] as const;

/**
 * The columns of type Decimal: written as plain numbers, never as text.
 *
 * @example
 * FOCUS_DECIMAL_COLUMNS.has('BilledCost'); // true
 */
export const FOCUS_DECIMAL_COLUMNS: ReadonlySet<string> = new Set([
  'BilledCost',
  'CommitmentDiscountQuantity',
  'ConsumedQuantity',
  'ContractedCost',
  'EffectiveCost',
  'ListCost',
  'PricingQuantity',
]);

/**
 * One column of the export.
 *
 * @example
 * const column: FocusColumn = 'ChargePeriodStart';
 * FOCUS_COLUMNS.includes(column); // true
 */
export type FocusColumn = (typeof FOCUS_COLUMNS)[number];

/**
 * The FOCUS 1.2 ServiceCategory values.
 *
 * @example
 * SERVICE_CATEGORIES.includes('Compute'); // true
 */
export const SERVICE_CATEGORIES = [
  'AI and Machine Learning',
  'Analytics',
  'Business Applications',
  'Compute',
  'Databases',
  'Developer Tools',
  'Multicloud',
  'Identity',
  'Integration',
  'Internet of Things',
  'Management and Governance',
  'Media',
  'Migration',
  'Mobile',
  'Networking',
  'Security',
  'Storage',
  'Web',
  'Other',
] as const;

/**
 * A FOCUS 1.2 ServiceCategory.
 *
 * @example
 * const category: ServiceCategory = 'Storage';
 * category; // 'Storage'
 */
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** The words hosting budgets use for their categories, and the FOCUS category each one is. */
const CATEGORY_WORDS: Readonly<Record<string, ServiceCategory>> = {
  hosting: 'Compute',
  compute: 'Compute',
  server: 'Compute',
  servers: 'Compute',
  hardware: 'Compute',
  colocation: 'Compute',
  datacenter: 'Compute',
  'data center': 'Compute',
  storage: 'Storage',
  backup: 'Storage',
  backups: 'Storage',
  network: 'Networking',
  bandwidth: 'Networking',
  cdn: 'Networking',
  transit: 'Networking',
  database: 'Databases',
  security: 'Security',
  monitoring: 'Management and Governance',
  observability: 'Management and Governance',
  operations: 'Management and Governance',
};

/**
 * The FOCUS ServiceCategory of a scenario's cost category: a category that already is a
 * FOCUS value (any case) is kept; the usual words of hosting budgets are mapped (`hosting`,
 * `servers` and `hardware` are Compute, `backup` is Storage, `bandwidth` Networking,
 * `operations` Management and Governance, …); anything else — `staff`, `other` — is Other.
 *
 * @example
 * ['hosting', 'hardware', 'migration', 'Storage', 'staff', 'other'].map(focusServiceCategory);
 * // ['Compute', 'Compute', 'Migration', 'Storage', 'Other', 'Other']
 */
export function focusServiceCategory(category: string): ServiceCategory {
  const wanted = category.trim().toLowerCase();
  const exact = SERVICE_CATEGORIES.find((value) => value.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  return Object.hasOwn(CATEGORY_WORDS, wanted) ? (CATEGORY_WORDS[wanted] as ServiceCategory) : 'Other';
}

/**
 * A month as the FOCUS date-time of its first instant, in UTC: `2009-05` is `2009-05-01T00:00:00Z`.
 *
 * @example
 * focusDateTime('2009-05'); // '2009-05-01T00:00:00Z'
 */
export function focusDateTime(month: string): string {
  return `${month}-01T00:00:00Z`;
}
