/**
 * The uncertain quantities of a comparison: every range of every scenario, one quantity per
 * place it is written — a range written once in a base file that several scenarios extend is
 * one quantity, drawn once per trial for all of them, so that scenarios sharing an assumption
 * never disagree about it.
 */
import type { ScenarioRange, ValueKind } from '../scenario/normalizeRange.js';
import type { Range } from '../scenario/rangeDistribution.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';

/**
 * One uncertain quantity: its range, and the scenarios (by index) that use it at `path`.
 *
 * @example
 * const [fee]: UncertainQuantity[] = uncertainQuantities([selfHosted, unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '30000', high: '45000' }, every: 'month' }] }))]);
 * [fee?.key, fee?.label, fee?.scenarios]; // ['Provider#/costs/0/amount', 'Provider: Hosting', [1]]
 */
export type UncertainQuantity = {
  /** The file and pointer that write it (the scenario's name for one built in code), unique among the quantities. */
  readonly key: string;
  /** What it is, for people: the scenario (or the shared file) and the item or driver, with the field unless it is an amount. */
  readonly label: string;
  /** JSON Pointer of the range in each scenario's definition (the same in all of them); for an exchange rate, in the analysis options (`/rates/EUR`). */
  readonly path: string;
  /** The file that writes it, when read from a file; null for a scenario built in code. */
  readonly file: string | null;
  readonly kind: ValueKind;
  readonly range: Range;
  /** The median the deterministic analysis uses. */
  readonly median: ScenarioRange['median'];
  /** The indexes of the scenarios that use it, in order. */
  readonly scenarios: readonly number[];
  /** True when waiting until the revisit date will not reveal it. */
  readonly neverKnown: boolean;
};

/**
 * Every uncertain quantity of the scenarios, in the order they first appear, then each
 * exchange rate `settings` gives as a range (one quantity for every scenario in its currency:
 * one assumption, one draw per trial).
 *
 * @example
 * uncertainQuantities([selfHosted, managedProvider]); // []
 * const inEuros = unwrap(parseScenario({ ...managedProvider.definition, name: 'In euros', currency: 'EUR' }));
 * const settings = unwrap(resolveSettings([selfHosted, inEuros], { rates: { EUR: { low: '1.05', high: '1.15' } } }));
 * uncertainQuantities([selfHosted, inEuros], settings).map((q) => [q.key, q.label, q.path, q.kind, q.median.toString(), q.scenarios]);
 * // [['rates#EUR', 'exchange rate: USD per EUR', '/rates/EUR', 'exchangeRate', '1.098863', [1]]]
 */
export function uncertainQuantities(scenarios: readonly Scenario[], settings?: Pick<AnalysisSettings, 'currency' | 'rateRanges'>): UncertainQuantity[] {
  const byKey = new Map<string, { quantity: UncertainQuantity; scenarios: number[] }>();
  scenarios.forEach((scenario, index) => {
    for (const range of scenario.ranges ?? []) {
      const key = `${range.file ?? scenario.name}#${range.path}`;
      const known = byKey.get(key);
      if (known !== undefined) {
        known.scenarios.push(index);
        continue;
      }
      const owner = range.file === undefined || scenarios.filter((s) => s.ranges?.some((r) => r.file === range.file && r.path === range.path)).length === 1 ? scenario.name : range.file;
      byKey.set(key, {
        quantity: { key, label: `${owner}: ${placeName(scenario, range.path)}`, path: range.path, file: range.file ?? null, kind: range.kind, range: range.range, median: range.median, scenarios: [], neverKnown: range.neverKnown === true },
        scenarios: [index],
      });
    }
  });
  const rates = [...(settings?.rateRanges ?? [])].map(([currency, { range, median, neverKnown }]): UncertainQuantity => ({
    key: `rates#${currency}`,
    label: `exchange rate: ${settings?.currency ?? ''} per ${currency}`,
    path: exchangeRatePath(currency),
    file: null,
    kind: 'exchangeRate',
    range,
    median,
    scenarios: scenarios.flatMap((scenario, index) => (scenario.currency === currency ? [index] : [])),
    neverKnown: neverKnown === true,
  }));
  return [...[...byKey.values()].map(({ quantity, scenarios: used }) => ({ ...quantity, scenarios: used })), ...rates];
}

/**
 * Where an exchange rate given as a range is, as an uncertain quantity's `path`: a pointer
 * into the analysis options, not into a scenario.
 *
 * @example
 * exchangeRatePath('EUR'); // '/rates/EUR'
 */
export function exchangeRatePath(currency: string): string {
  return `/rates/${currency}`;
}

/** "Managed hosting", "Managed hosting escalation", "Servers life in months", "customers growth", "commitment exit fee share", "commitment term", "migration overlap". */
function placeName(scenario: Scenario, path: string): string {
  const keys = path.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [top, second, ...rest] = keys;
  if (top === 'costs') {
    const name = scenario.definition.costs[Number(second)]?.name ?? `cost ${second}`;
    const field = rest.join(' ').replace(/^amount$/, '').replace(/^escalation rate$/, 'escalation').replace(/^lifeMonths$/, 'life in months').replace(/^tiers (\d+) price$/, (_all, t: string) => `tier ${Number(t) + 1} price`);
    return field === '' ? name : `${name} ${field}`;
  }
  if (top === 'commitment') {
    const field = [second, ...rest].join(' ').replace('exitFee rate', 'exit fee share').replace('exitFee amount', 'exit fee').replace('renewal price', 'price after the term');
    return `commitment ${field.replace(/^months$/, 'term').replace(/^noticeMonths$/, 'notice')}`;
  }
  if (top === 'overlap') return 'migration overlap';
  return `${second ?? ''} ${rest.join(' ').replace('growth add', 'growth').replace('growth rate', 'growth rate')}`.trim();
}
