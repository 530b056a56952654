/**
 * The forecast as FOCUS 1.2 charges, one per payment of the exact ledger:
 *
 *   scenarios + settings ─▶ comparisonLedger (the cash view: what is billed, what compare
 *     sums) ─▶ with --view amortized, the same ledger amortized too (what hardware costs a
 *     month of its life) ─▶ month by month, scenario by scenario, item by item: a charge
 *     whose BilledCost is the cash entry and whose EffectiveCost is the same amount — or, for
 *     hardware in the amortized view, a Purchase with EffectiveCost 0 and one Usage charge a
 *     month that carries the amortized part as EffectiveCost with BilledCost 0
 *
 * So the BilledCost of a scenario's charges sums exactly to its cash total, and their
 * EffectiveCost to its total in the view asked for: the totals compare prints.
 */
import { addMonths, formatMonth, type Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import { scenarioDriverValues } from '../model/driverValues.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { CostItem, Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { comparisonLedger } from './comparisonLedger.js';
import { focusDateTime, focusServiceCategory, type FocusColumn } from './focusColumns.js';

/**
 * One FOCUS row of the forecast: every column of {@link FOCUS_COLUMNS}, money and
 * quantities as decimal strings, dates as UTC ISO 8601 with `Z`, null where FOCUS allows (or
 * requires) a null.
 *
 * @example
 * const [setup] = focusCharges([managedProvider], unwrap(resolveSettings([managedProvider], { months: 1 })));
 * [setup?.ChargeCategory, setup?.ChargeFrequency, setup?.BilledCost, setup?.ChargePeriodStart, setup?.PricingCategory];
 * // ['Purchase', 'One-Time', '45000.00', '2009-05-01T00:00:00Z', 'Committed']
 */
export type FocusCharge = { readonly [Column in FocusColumn]: string | null };

type Charge = Record<FocusColumn, string | null>;

/** The names a scenario's charges carry: its `billing` block, with the defaults. */
type BillingNames = { readonly account: string; readonly provider: string; readonly publisher: string; readonly invoiceIssuer: string };

function billingNames(scenario: Scenario): BillingNames {
  const billing = scenario.definition.billing ?? {};
  const provider = billing.provider ?? scenario.name;
  return { account: billing.account ?? scenario.name, provider, publisher: billing.publisher ?? provider, invoiceIssuer: billing.invoiceIssuer ?? provider };
}

/**
 * The forecast's FOCUS charges over the horizon of `settings`: month by month, then scenario
 * by scenario, then item by item, like the schedule's entries.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 36 }));
 * const charges = focusCharges([selfHosted], settings);
 * [charges.length, charges[0]?.ServiceName, charges[0]?.ServiceCategory, charges[0]?.BilledCost, charges[0]?.x_Forecast];
 * // [36, 'Self-hosting', 'Compute', '4000.00', 'true']
 */
export function focusCharges(scenarios: readonly Scenario[], settings: AnalysisSettings): FocusCharge[] {
  const { view, ...cashSettings } = settings;
  const cash = comparisonLedger(scenarios, cashSettings);
  const amortized = view === 'amortized' ? comparisonLedger(scenarios, settings) : undefined;
  const range = { first: settings.from, count: settings.months };
  const drivers = scenarios.map((scenario) => scenarioDriverValues(scenario, range));
  const digits = settings.minorDigits;
  const money = (amount: Decimal) => amount.toFixed(digits);
  const zero = (0).toFixed(digits);
  const charges: FocusCharge[] = [];
  for (let m = 0; m < settings.months; m++) {
    const month = settings.from + m;
    const period = { start: focusDateTime(formatMonth(month)), end: focusDateTime(formatMonth(addMonths(month, 1))) };
    cash.forEach((ledger, s) => {
      const ownItems = (scenarios[s] as Scenario).items.length;
      ledger.items.forEach(({ item, amounts }, i) => {
        // An overlap item is the option left behind: billed under its names and its terms.
        const origin = i < ownItems ? s : (settings.overlapFrom?.[s] ?? s);
        const billed = amounts[m];
        const part = item.kind === 'hardware' ? amortized?.[s]?.items[i]?.amounts[m] : undefined;
        const amortizing = amortized !== undefined && item.kind === 'hardware';
        if (billed === undefined && part === undefined) return;
        const base = baseCharge(ledger, item, scenarios[origin] as Scenario, month, settings.currency, period);
        if (billed !== undefined) {
          const amount = money(billed);
          const kind = kindColumns(item, month, drivers[origin]?.get(driverOf(item) ?? '')?.[m], billed);
          charges.push({
            ...base,
            ...kind,
            BilledCost: amount,
            EffectiveCost: amortizing ? zero : amount,
            ListCost: amount,
            ContractedCost: amount,
            // Spend bought (a Purchase) or spent (Usage) against the commitment.
            ...commitmentQuantity(base, amount, settings.currency),
            CommitmentDiscountStatus: base.CommitmentDiscountId !== null && kind.ChargeCategory === 'Usage' ? 'Used' : null,
          });
        }
        if (amortizing && part !== undefined) {
          const amount = money(part);
          charges.push({
            ...base,
            ...amortizationColumns(item, month),
            BilledCost: zero,
            EffectiveCost: amount,
            ListCost: zero,
            ContractedCost: zero,
            ...commitmentQuantity(base, amount, settings.currency),
            CommitmentDiscountStatus: base.CommitmentDiscountId === null ? null : 'Used',
          });
        }
      });
    });
  }
  return charges;
}

/** The columns every charge of an item in a month shares. */
function baseCharge(ledger: ScenarioSchedule, item: CostItem, source: Scenario, month: Month, currency: string, period: { start: string; end: string }): Charge {
  const names = billingNames(source);
  const term = commitmentTerm(source, month);
  return {
    BilledCost: null,
    BillingAccountId: names.account,
    BillingAccountName: names.account,
    BillingCurrency: currency,
    BillingPeriodEnd: period.end,
    BillingPeriodStart: period.start,
    ChargeCategory: null,
    ChargeClass: null,
    ChargeDescription: item.name,
    ChargeFrequency: null,
    ChargePeriodEnd: period.end,
    ChargePeriodStart: period.start,
    CommitmentDiscountCategory: term === undefined ? null : 'Spend',
    CommitmentDiscountId: term === undefined ? null : term.id,
    CommitmentDiscountName: term === undefined ? null : term.name,
    CommitmentDiscountQuantity: null,
    CommitmentDiscountStatus: null,
    CommitmentDiscountType: term === undefined ? null : 'Minimum term',
    CommitmentDiscountUnit: null,
    ConsumedQuantity: null,
    ConsumedUnit: null,
    ContractedCost: null,
    EffectiveCost: null,
    InvoiceIssuerName: names.invoiceIssuer,
    ListCost: null,
    PricingCategory: term === undefined ? 'Standard' : 'Committed',
    PricingQuantity: null,
    PricingUnit: null,
    ProviderName: names.provider,
    PublisherName: names.publisher,
    ServiceCategory: focusServiceCategory(item.category),
    ServiceName: item.name,
    x_Forecast: 'true',
    x_Scenario: ledger.scenario.name,
    x_CostItem: item.name,
    x_CostCategory: item.category,
  };
}

/**
 * The commitment term a month of a scenario falls in: its first term from `start`, and every
 * later one when the commitment renews; undefined outside any term.
 */
function commitmentTerm(scenario: Scenario, month: Month): { id: string; name: string } | undefined {
  const commitment = scenario.commitment;
  if (commitment === undefined) return undefined;
  const offset = month - scenario.start;
  if (offset < 0) return undefined;
  const renews = commitment.renewal?.kind === 'renews';
  if (offset >= commitment.months && !renews) return undefined;
  const termStart = scenario.start + Math.floor(offset / commitment.months) * commitment.months;
  const from = formatMonth(termStart);
  return { id: `${scenario.name}/commitment/${from}`, name: `${commitment.months}-month commitment from ${from}` };
}

/** A committed charge counts its cost against a spend commitment, in the billing currency. */
function commitmentQuantity(base: Charge, amount: string, currency: string): Pick<Charge, 'CommitmentDiscountQuantity' | 'CommitmentDiscountUnit'> {
  return base.CommitmentDiscountId === null ? { CommitmentDiscountQuantity: null, CommitmentDiscountUnit: null } : { CommitmentDiscountQuantity: amount, CommitmentDiscountUnit: currency };
}

function driverOf(item: CostItem): string | undefined {
  return item.kind === 'usage' || item.kind === 'step' ? item.driver : undefined;
}

type KindColumns = Pick<Charge, 'ChargeCategory' | 'ChargeFrequency' | 'ChargeDescription' | 'PricingQuantity' | 'PricingUnit' | 'ConsumedQuantity' | 'ConsumedUnit'>;

/** How each kind of cost item is billed: FOCUS's category, frequency and pricing quantity. */
function kindColumns(item: CostItem, month: Month, driverValue: Decimal | undefined, billed: Decimal): KindColumns {
  const purchase = (frequency: 'One-Time' | 'Recurring', quantity: string, unit: string, description = item.name): KindColumns => ({
    ChargeCategory: 'Purchase',
    ChargeFrequency: frequency,
    ChargeDescription: description,
    PricingQuantity: quantity,
    PricingUnit: unit,
    ConsumedQuantity: null,
    ConsumedUnit: null,
  });
  switch (item.kind) {
    case 'one-time':
      return purchase('One-Time', '1', 'Units');
    case 'recurring':
      return purchase('Recurring', item.billing === 'upfront' ? String(item.periodMonths) : '1', 'Months');
    case 'staff':
      return purchase('Recurring', item.fte.toFixed(), 'FTE-Months');
    case 'hardware': {
      const position = (month - item.from) % item.lifeMonths;
      const salvage = billed.isNegative() || (position === item.lifeMonths - 1 && item.lifeMonths > 1);
      return purchase('One-Time', '1', 'Units', salvage ? `${item.name}: salvage at the end of its life` : `${item.name}: purchase`);
    }
    case 'usage':
    case 'step': {
      // The quantity of the driver the item is priced by, in the driver's own name as unit.
      const quantity = driverValue === undefined ? '0' : driverValue.toFixed();
      const unit = item.driver;
      return { ChargeCategory: 'Usage', ChargeFrequency: 'Usage-Based', ChargeDescription: item.name, PricingQuantity: quantity, PricingUnit: unit, ConsumedQuantity: quantity, ConsumedUnit: unit };
    }
    default:
      return assertNever(item);
  }
}

/** The month of use of a hardware item in the amortized view: its share of the purchase. */
function amortizationColumns(item: CostItem & { kind: 'hardware' }, month: Month): KindColumns {
  const position = ((month - item.from) % item.lifeMonths) + 1;
  return {
    ChargeCategory: 'Usage',
    ChargeFrequency: 'Usage-Based',
    ChargeDescription: `${item.name}: month ${position} of ${item.lifeMonths} of its life, amortized`,
    PricingQuantity: '1',
    PricingUnit: 'Months',
    ConsumedQuantity: '1',
    ConsumedUnit: 'Months',
  };
}

function assertNever(value: never): never {
  throw new Error(`unexpected cost item kind: ${JSON.stringify(value)}`);
}
