/**
 * The numeric inputs of a scenario file that thresholds are found for: each cost item's
 * amounts (amount, price, per-block and per-person money), its escalation rate (or raise),
 * and the commitment's length and renewal price. Each is named for people by a JSON Pointer
 * into the scenario's definition, and addressed for the model by an {@link InputAddress}, so
 * that a threshold can be checked by changing that one value ({@link withInput}) and running
 * the model again.
 */
import { parseDecimal, parseRate } from '../money/parseDecimal.js';
import type { InputAddress, ItemField } from './inputAddress.js';
import { isRangeFile, rangeOfFile, roundedMedian } from './normalizeRange.js';
import type { Range, RangeDistribution } from './rangeDistribution.js';
import type { Scenario } from './scenario.js';

/**
 * One numeric input of a scenario: where it is in the file, what it means, and its value.
 *
 * @example
 * const inputs: ThresholdInput[] = thresholdInputs(managedProvider);
 * inputs.map((input) => [input.path, input.kind, input.current, input.per]);
 * // [['/costs/0/amount', 'money', '45000', 'once'], ['/costs/1/amount', 'money', '40000', 'a month'], ['/commitment/months', 'months', '24', 'months']]
 */
export type ThresholdInput = {
  /** The scenario's name. */
  readonly scenario: string;
  /** The cost item's name; null for the commitment. */
  readonly item: string | null;
  /** The key in the file: `amount`, `price`, `annualCost`, `rate`, `months`, … */
  readonly field: string;
  /** JSON Pointer of the value in the scenario's definition, e.g. `/costs/1/amount`. */
  readonly path: string;
  /** `money` is solved exactly (it enters the totals linearly); `rate` by a bracketed search; `months` by trying every whole length. */
  readonly kind: 'money' | 'rate' | 'months';
  /** The value in the file, as a plain decimal string (a rate as a fraction: `"0.03"`). */
  readonly current: string;
  /** What the value is per, for sentences: `once`, `a month`, `a year`, `a year, compounding`, `months`, … */
  readonly per: string;
  /** When the file gives a range, not a number: the range, its bounds as plain decimal strings; `current` is its median. */
  readonly range?: InputRange;
};

/**
 * A range as an input lists it: its distribution, bounds and mode as plain decimal strings
 * (a rate as a fraction).
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '30000', high: '45000' }, every: 'month' }] }));
 * const [fee] = thresholdInputs(provider);
 * [fee?.current, fee?.range]; // ['36742.35', { dist: 'lognormal', low: '30000', high: '45000' }]
 */
export type InputRange = { readonly dist: RangeDistribution; readonly low: string; readonly high: string; readonly mode?: string };

const PER_PERIOD: Readonly<Record<string, string>> = { month: 'a month', quarter: 'a quarter', year: 'a year' };

/**
 * Every input of a scenario that a threshold can be found for, in file order.
 *
 * @example
 * thresholdInputs(selfHostedWithItHire).map((input) => `${input.item}: ${input.field} ${input.current} ${input.per}`);
 * // ['Self-hosting: amount 48000 a year', 'Recruiting fee: amount 10500 once', 'IT administrator: amount 98000 a year', 'IT administrator: rate 0.03 a year, compounding']
 */
export function thresholdInputs(scenario: Scenario): ThresholdInput[] {
  return addressedInputs(scenario.name, scenario.definition, scenario.minorDigits).map(({ input }) => input);
}

/**
 * An input of a scenario with its address in the normalized scenario, for {@link withInput}.
 *
 * @example
 * const [setup, fee]: AddressedInput[] = scenarioInputs(managedProvider);
 * [setup?.input.item, setup?.address, fee?.address]; // ['Migration and setup', { on: 'item', index: 0, field: 'amount' }, { on: 'item', index: 1, field: 'amount' }]
 */
export type AddressedInput = { readonly input: ThresholdInput; readonly address: InputAddress };

/**
 * Every input of a scenario that a threshold can be found for, in file order, each with the
 * address {@link withInput} changes it at.
 *
 * @example
 * scenarioInputs(managedProvider).map(({ address }) => address.on); // ['item', 'item', 'commitment']
 */
export function scenarioInputs(scenario: Scenario): AddressedInput[] {
  return addressedInputs(scenario.name, scenario.definition, scenario.minorDigits);
}

/**
 * The inputs of a scenario's definition read as plain data, whatever is in it: a recorded
 * definition, in any scenario format version, is compared without being parsed again.
 *
 * @example
 * definitionInputs('Provider', { costs: [{ name: 'Hosting', kind: 'recurring', amount: 40000 }] }).map((input) => [input.path, input.current, input.per]);
 * // [['/costs/0/amount', '40000', 'a month']]
 */
export function definitionInputs(scenarioName: string, definition: unknown, minorDigits = 2): ThresholdInput[] {
  return addressedInputs(scenarioName, definition, minorDigits).map(({ input }) => input);
}

function addressedInputs(scenarioName: string, definition: unknown, minorDigits: number): AddressedInput[] {
  const inputs: AddressedInput[] = [];
  const file: Record<string, unknown> = definition !== null && typeof definition === 'object' && !Array.isArray(definition) ? (definition as Record<string, unknown>) : {};
  const add = (item: string | null, field: string, path: string, kind: ThresholdInput['kind'], value: unknown, per: string, address: InputAddress) => {
    if (value === undefined || value === null) return;
    const range = isRangeFile(value) ? rangeOfFile(value, kind) : undefined;
    const current =
      range !== undefined
        ? roundedMedian(range, kind, minorDigits).toFixed()
        : isRangeFile(value)
          ? JSON.stringify(value)
          : kind === 'rate'
            ? rateText(value)
            : kind === 'money'
              ? (parseDecimal(value)?.toFixed() ?? String(value))
              : String(value).trim();
    const shown = range === undefined ? {} : { range: inputRange(range) };
    inputs.push({ input: { scenario: scenarioName, item, field, path, kind, current, per, ...shown }, address });
  };
  const costs = Array.isArray(file['costs']) ? (file['costs'] as Record<string, unknown>[]) : [];
  costs.forEach((cost, index) => {
    const name = String(cost['name']);
    const at = `/costs/${index}`;
    const every = typeof cost['every'] === 'string' ? (cost['every'] as string) : undefined;
    const field = (name: ItemField): InputAddress => ({ on: 'item', index, field: name });
    switch (cost['kind']) {
      case 'one-time':
        add(name, 'amount', `${at}/amount`, 'money', cost['amount'], 'once', field('amount'));
        break;
      case 'recurring': {
        add(name, 'amount', `${at}/amount`, 'money', cost['amount'], PER_PERIOD[every ?? 'month'] ?? 'a month', field('amount'));
        const escalation = cost['escalation'] as Record<string, unknown> | undefined;
        if (escalation !== undefined) add(name, 'rate', `${at}/escalation/rate`, 'rate', escalation['rate'], `${PER_PERIOD[(escalation['every'] as string | undefined) ?? 'year'] ?? 'a year'}, compounding`, field('escalation'));
        break;
      }
      case 'usage': {
        const unit = `per unit ${PER_PERIOD[every ?? 'month'] ?? 'a month'}`;
        add(name, 'price', `${at}/price`, 'money', cost['price'], unit, { on: 'tier', index, tier: 0 });
        const tiers = Array.isArray(cost['tiers']) ? (cost['tiers'] as Record<string, unknown>[]) : [];
        tiers.forEach((tier, t) => add(name, `tiers[${t + 1}].price`, `${at}/tiers/${t}/price`, 'money', tier['price'], unit, { on: 'tier', index, tier: t }));
        add(name, 'minimum', `${at}/minimum`, 'money', cost['minimum'], 'a month', field('minimum'));
        break;
      }
      case 'step':
        add(name, 'oneTimePerBlock', `${at}/oneTimePerBlock`, 'money', cost['oneTimePerBlock'], 'per block added', field('oneTimePerBlock'));
        add(name, 'recurringPerBlock', `${at}/recurringPerBlock`, 'money', cost['recurringPerBlock'], `per block ${PER_PERIOD[every ?? 'month'] ?? 'a month'}`, field('recurringPerBlock'));
        break;
      case 'staff':
        add(name, 'annualCost', `${at}/annualCost`, 'money', cost['annualCost'], 'a year per person', field('annualCost'));
        add(name, 'raise', `${at}/raise`, 'rate', cost['raise'], 'a year, compounding', field('raise'));
        add(name, 'onCallStipend', `${at}/onCallStipend`, 'money', cost['onCallStipend'], 'a month per person on call', field('onCallStipend'));
        break;
      case 'hardware':
        add(name, 'price', `${at}/price`, 'money', cost['price'], 'each purchase', field('price'));
        break;
    }
  });
  const commitment = file['commitment'] as Record<string, unknown> | undefined;
  if (commitment !== undefined) {
    add(null, 'months', '/commitment/months', 'months', commitment['months'], 'months', { on: 'commitment' });
    const renewal = commitment['renewal'] as Record<string, unknown> | undefined;
    if (renewal !== undefined) add(null, 'renewal price', '/commitment/renewal/price', 'money', renewal['price'], 'a month after the term', { on: 'renewal' });
  }
  return inputs;
}

/**
 * A range as an input lists it: its bounds as plain decimal strings.
 *
 * @example
 * inputRange({ dist: 'uniform', low: toDecimal('1'), high: toDecimal('2.50') }); // { dist: 'uniform', low: '1', high: '2.5' }
 */
export function inputRange(range: Range): InputRange {
  return { dist: range.dist, low: range.low.toFixed(), high: range.high.toFixed(), ...(range.mode === undefined ? {} : { mode: range.mode.toFixed() }) };
}

/** A rate as written ("3%" or 0.03) as a plain fraction string. */
function rateText(value: unknown): string {
  return parseRate(value)?.toFixed() ?? String(value);
}
