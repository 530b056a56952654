/**
 * How the revisit report names an input of a scenario and writes its value, wherever one
 * appears: a threshold, an input changed since a record, a threshold watched, an assumption.
 *
 *   input (scenario, item, field, kind, per) ─▶ its name: "Managed hosting",
 *     "Managed hosting: escalation", "Commitment length", "Cloud: tier 2 price"
 *   input + value ─▶ "2,750.00 a month", "2,500.00 EUR a month", "3% a year", "24 months"
 */
import type { RevisitReport } from '../../report/revisitReport.js';
import type { ThresholdInput } from '../../scenario/thresholdInputs.js';
import { Money } from '../../money/decimal.js';
import { displayAmount } from '../displayAmount.js';
import { percentText } from './reportWords.js';

/** What names an input and says what its value is per: a threshold, a change since a record, a threshold watched. */
export type InputRef = Pick<ThresholdInput, 'scenario' | 'item' | 'field' | 'kind' | 'per'>;

/** "Managed hosting", "Managed hosting: escalation", "Commitment length", "Commitment renewal price". */
export function inputName(input: InputRef): string {
  if (input.item === null) return input.field === 'months' ? 'Commitment length' : `Commitment ${input.field}`;
  if (input.kind === 'rate') return `${input.item}: ${input.field === 'raise' ? 'yearly raise' : 'escalation'}`;
  return input.field === 'amount' ? input.item : `${input.item}: ${fieldWords(input.field)}`;
}

/** A value of the input with its unit: "2,750.00 a month", "3% a year", "24 months". */
export function valueText(report: RevisitReport, input: InputRef, value: string): string {
  if (input.kind === 'months') return `${value} months`;
  if (input.kind === 'rate') return `${percentText(value)} ${perOfRate(input.per)}`;
  return `${inputAmount(report, input, value)} ${input.per}`;
}

/**
 * An amount of a scenario's input: to the currency's minor unit, or to the input's own places
 * when it has more (a price per unit), followed by the currency the scenario was written in
 * when it was converted: "2,500.00 EUR".
 */
export function inputAmount(report: RevisitReport, input: Pick<ThresholdInput, 'scenario'>, value: string): string {
  const digits = Math.max(report.comparison.settings.minorDigits, new Money(value).decimalPlaces());
  const scenario = report.comparison.scenarios.find((s) => s.name === input.scenario);
  const currency = scenario?.convertedFrom?.currency;
  return `${displayAmount(value, digits)}${currency === undefined ? '' : ` ${currency}`}`;
}

/** What a rate is per, without the "compounding" the rate's own words imply: "a year". */
export function perOfRate(per: string): string {
  return per.replace(/, compounding$/, '');
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  price: 'price',
  minimum: 'minimum charge',
  oneTimePerBlock: 'one-time cost',
  recurringPerBlock: 'cost',
  annualCost: 'annual cost per person',
  onCallStipend: 'on-call stipend',
  'renewal price': 'price after the term',
};

/** An item's field in words: "minimum charge", "tier 2 price"; an unknown field as it is. */
export function fieldWords(field: string): string {
  const tier = /^tiers\[(\d+)\]\.price$/.exec(field);
  if (tier !== null) return `tier ${tier[1]} price`;
  return FIELD_WORDS[field] ?? field;
}
