/**
 * The inputs of a scenario that the explore page lets people change, and the scenario file
 * with one of them changed. The page edits the definition (the file as written, merged with
 * its base) rather than the normalized scenario, because the changed file is what it hands
 * back as a download, and what the CLI reads to check it.
 *
 *   definition ─▶ thresholdInputs (amounts, prices, rates, commitment length, renewal price)
 *              + the start month, each driver's value and growth, the notice and exit fee
 *   ─▶ ExploreInput[] in file order ─▶ definitionWithValue(definition, path, text)
 */
import { parseDecimal, parseRate } from '../money/parseDecimal.js';
import { isRangeFile, rangeOfFile, roundedMedian, type ValueKind } from './normalizeRange.js';
import type { Scenario } from './scenario.js';
import type { ScenarioFile } from './scenarioFile.js';
import { inputRange, thresholdInputs, type InputRange, type ThresholdInput } from './thresholdInputs.js';

/**
 * One input of a scenario the explore page shows a control for.
 *
 * @example
 * const [setup, fee, term] = exploreInputs(managedProvider).filter((input) => input.path !== '/start');
 * [setup?.label, fee?.label, fee?.current, fee?.per, term?.kind, term?.threshold?.field]; // ['Migration and setup', 'Managed hosting', '40000', 'a month', 'months', 'months']
 */
export type ExploreInput = {
  /** JSON Pointer of the value in the scenario's definition, e.g. `/costs/1/amount`: where a change is written. */
  readonly path: string;
  /** What the control is called: the item's name (with the field when it is not the amount), or what the value is. */
  readonly label: string;
  /** `money` and `quantity`: a non-negative decimal; `rate`: a fraction; `months`: a whole number; `month`: `YYYY-MM`. */
  readonly kind: 'money' | 'rate' | 'months' | 'month' | 'quantity';
  /** The value in the file as a plain decimal string (a rate as a fraction, a month as `YYYY-MM`); a range's median. */
  readonly current: string;
  /** What the value is per: `once`, `a month`, `months`, …; empty for a month. */
  readonly per: string;
  /** When the file gives a range: its bounds (a value typed in replaces the range). */
  readonly range?: InputRange;
  /** The input as the threshold analysis knows it, when it finds thresholds for it. */
  readonly threshold?: ThresholdInput;
};

/**
 * Every input of a scenario the explore page has a control for, in file order: the start
 * month, each driver's value and growth, the cost items' amounts, prices and rates, and the
 * commitment's length, notice, exit fee and renewal price.
 *
 * @example
 * exploreInputs(managedProvider).map((input) => `${input.path} ${input.current}`);
 * // ['/start 2009-05', '/costs/0/amount 45000', '/costs/1/amount 40000', '/commitment/months 24']
 */
export function exploreInputs(scenario: Scenario): ExploreInput[] {
  const definition = scenario.definition;
  const fromThresholds = thresholdInputs(scenario).map(fromThreshold);
  const commitment = fromThresholds.filter((input) => input.path.startsWith('/commitment/'));
  const exitFee = definition.commitment?.exitFee;
  const extra: ExploreInput[] = [];
  if (definition.commitment?.noticeMonths !== undefined) extra.push(valueInput('/commitment/noticeMonths', 'Notice', 'months', definition.commitment.noticeMonths, 'months', scenario.minorDigits));
  if (exitFee?.rate !== undefined) extra.push(valueInput('/commitment/exitFee/rate', 'Exit fee share', 'rate', exitFee.rate, 'of the remaining payments', scenario.minorDigits));
  if (exitFee?.amount !== undefined) extra.push(valueInput('/commitment/exitFee/amount', 'Exit fee', 'money', exitFee.amount, 'once', scenario.minorDigits));
  return [
    { path: '/start', label: 'Start', kind: 'month', current: definition.start ?? '', per: '' },
    ...driverInputs(definition, scenario.minorDigits),
    ...fromThresholds.filter((input) => !input.path.startsWith('/commitment/')),
    ...commitment.slice(0, 1),
    ...extra,
    ...commitment.slice(1),
  ];
}

function fromThreshold(input: ThresholdInput): ExploreInput {
  const label = input.item ?? (input.field === 'months' ? 'Commitment' : 'Renewal price');
  return { path: input.path, label, kind: input.kind, current: input.current, per: input.per, ...(input.range === undefined ? {} : { range: input.range }), threshold: input };
}

function driverInputs(definition: ScenarioFile, minorDigits: number): ExploreInput[] {
  return Object.entries(definition.drivers ?? {}).flatMap(([name, driver]) => {
    const at = `/drivers/${name}`;
    const unit = driver.unit === undefined ? '' : `${driver.unit}s`;
    const every = driver.growth?.every ?? 'month';
    return [
      ...(driver.value === undefined ? [] : [valueInput(`${at}/value`, `${name}`, 'quantity', driver.value, unit === '' ? 'at the start' : `${unit} at the start`, minorDigits)]),
      ...(driver.growth?.add === undefined ? [] : [valueInput(`${at}/growth/add`, `${name}: growth`, 'quantity', driver.growth.add, `added a ${every}`, minorDigits)]),
      ...(driver.growth?.rate === undefined ? [] : [valueInput(`${at}/growth/rate`, `${name}: growth rate`, 'rate', driver.growth.rate, `a ${every}, compounding`, minorDigits)]),
    ];
  });
}

function valueInput(path: string, label: string, kind: 'money' | 'rate' | 'quantity' | 'months', value: unknown, per: string, minorDigits: number): ExploreInput {
  const valueKind: ValueKind = kind;
  const range = isRangeFile(value) ? rangeOfFile(value, valueKind) : undefined;
  // A range shows its median (a count of months in whole months) and its bounds.
  if (range !== undefined) return { path, label, kind, current: roundedMedian(range, valueKind, minorDigits).toFixed(), per, range: inputRange(range) };
  const parsed = kind === 'rate' ? parseRate(value) : parseDecimal(value);
  return { path, label, kind, current: parsed?.toFixed() ?? String(value), per };
}

/**
 * The definition with the value at `path` replaced by `text`, as a scenario file writes it:
 * whole months as numbers, everything else as the text typed (amounts and rates are decimal
 * strings in the format, so nothing is lost to floating point). A copy: the definition is not
 * changed. Whether the result is a valid scenario is for {@link parseScenario} to say.
 *
 * @example
 * const cheaper = definitionWithValue(managedProvider.definition, '/costs/1/amount', '2750');
 * [cheaper.costs[1]?.kind === 'recurring' && cheaper.costs[1].amount, managedProvider.definition.costs[1]?.kind === 'recurring' && managedProvider.definition.costs[1].amount];
 * // ['2750', '40000']
 */
export function definitionWithValue(definition: ScenarioFile, path: string, text: string): ScenarioFile {
  const keys = path.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  if (last === undefined) throw new Error(`not a JSON Pointer into a scenario: "${path}"`);
  const copy: Record<string, unknown> = structuredClone(definition);
  let node: Record<string, unknown> = copy;
  for (const key of keys) {
    const next = node[key];
    if (next === null || typeof next !== 'object') throw new Error(`the scenario has nothing at "${path}"`);
    node = next as Record<string, unknown>;
  }
  const trimmed = text.trim();
  node[last] = WHOLE_NUMBER_KEYS.has(last) && /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  // The copy has the definition's shape with one value changed; parseScenario checks it.
  return copy as ScenarioFile;
}

/** Keys the scenario format takes as whole numbers, not decimal strings. */
const WHOLE_NUMBER_KEYS: ReadonlySet<string> = new Set(['months', 'noticeMonths']);
