/**
 * What changed since a recorded decision: today's scenarios and results held against the
 * record.
 *
 *   DecisionRecord + today's report and scenarios ─▶ scenarios added, removed, changed (by
 *     name and definition hash) ─▶ per changed scenario: inputs changed (inputChanges), items
 *     and texts changed (DefinitionDiff), items matched by name ─▶ thresholds crossed by
 *     today's values ─▶ the decision and the totals then and now
 *
 * Recorded definitions are read as data ({@link definitionInputs}), never parsed as scenarios
 * again, so a record written in an older scenario format still compares.
 */
import { Money } from '../money/decimal.js';
import { parseDecimal } from '../money/parseDecimal.js';
import type { DecisionRecord, RecordedScenario, RecordedSettings, RecordedThreshold } from '../record/decisionRecord.js';
import { definitionHash } from '../record/recordHash.js';
import type { Scenario } from '../scenario/scenario.js';
import { definitionInputs, thresholdInputs, type ThresholdInput } from '../scenario/thresholdInputs.js';
import { checkScenariosOf } from './checkScenariosOf.js';
import { DefinitionDiff, type ItemChange, type TextChange } from './definitionDiff.js';
import { inputChanges, type InputChange } from './inputChanges.js';

/**
 * What {@link recordChanges} reads of today's revisit report: the settings, each scenario's
 * total and NPV, and the decision. A {@link RevisitReport} is one.
 *
 * @example
 * const today: ReportToday = revisitReport([selfHosted, managedProvider], { months: 36 });
 * [today.decision.cheapest, today.comparison.scenarios.map((s) => s.total)]; // ['Self-hosted', ['144000.00', '1485000.00']]
 */
export type ReportToday = {
  readonly comparison: {
    readonly settings: RecordedSettings;
    readonly scenarios: readonly { readonly name: string; readonly total: string; readonly npv: string | null }[];
  };
  readonly decision: { readonly cheapest: string; readonly cheapestByNpv: string | null };
};

/**
 * A recorded threshold held against today's value of its input (same scenario, same item
 * and field): `crossed` when today's value is past the threshold in the direction that
 * flips the decision (below it for `down`, above it for `up`).
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider], { months: 36 }), [selfHosted, managedProvider]);
 * const [fee]: readonly ThresholdCheck[] = recordChanges(record, revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]).thresholds;
 * [fee?.item, fee?.threshold, fee?.direction, fee?.now, fee?.crossed]; // ['Managed hosting', '2750.00', 'down', '40000', false]
 */
export type ThresholdCheck = {
  readonly metric: RecordedThreshold['metric'];
  readonly scenario: string;
  readonly item: string | null;
  readonly field: string;
  /** The input's pointer as recorded. */
  readonly path: string;
  readonly kind: ThresholdInput['kind'];
  readonly per: string;
  /** The recorded threshold: the last value at which the decision held. */
  readonly threshold: string;
  readonly direction: 'up' | 'down';
  /** The scenario that was to become the cheapest beyond it. */
  readonly becomes: string | null;
  /** The input's value when the decision was recorded. */
  readonly before: string;
  /** Today's value; null when the scenario or the input is gone. */
  readonly now: string | null;
  readonly crossed: boolean;
};

/**
 * What changed since a recorded decision. Scenarios are matched by name; items within a
 * scenario by name too.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider], { date: '2009-05-04' }), [selfHosted, managedProvider]);
 * const changes: RecordChanges = recordChanges(record, revisitReport([selfHosted, selfHostedWithItHire]), [selfHosted, selfHostedWithItHire]);
 * changes.scenarios; // { added: ['Self-hosted + IT hire'], removed: ['Managed provider'], unchanged: ['Self-hosted'], changed: [] }
 * changes.decision.changed; // false
 */
export type RecordChanges = {
  /** The recorded decision: when, what, and when it was to be looked at again. */
  readonly since: { readonly date: string | null; readonly decision: string | null; readonly revisit: string };
  /**
   * Analysis settings that differ (`from`, `months`, `currency`, `discountRate`, `baseline`,
   * `view`, `rates`, `exitAfter`), as text; null where not set. Totals compare like with
   * like only when this is empty.
   */
  readonly settings: readonly { readonly setting: string; readonly before: string | null; readonly after: string | null }[];
  /**
   * Scenario names: in today's scenarios only, in the record only, and in both with the
   * same or another content hash (a number rewritten as `"48000.00"` changes the hash but
   * no input).
   */
  readonly scenarios: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly unchanged: readonly string[]; readonly changed: readonly string[] };
  /** Cost items added or removed in a scenario in both, by name; `path` as for {@link InputChange}. */
  readonly items: readonly { readonly scenario: string; readonly item: string; readonly status: 'added' | 'removed'; readonly path: string }[];
  readonly inputs: readonly InputChange[];
  readonly texts: readonly TextChange[];
  /** Every recorded threshold with a value (by total, then by NPV), against today's value. */
  readonly thresholds: readonly ThresholdCheck[];
  /** The cheapest scenario then and now, by total and (when either discounts) by NPV. */
  readonly decision: {
    readonly changed: boolean;
    readonly total: { readonly before: string; readonly now: string; readonly changed: boolean };
    readonly npv: { readonly before: string | null; readonly now: string | null; readonly changed: boolean } | null;
  };
  /** Each scenario's total (and NPV) then and now: the record's scenarios, then the added ones. */
  readonly results: readonly {
    readonly scenario: string;
    readonly total: AmountChange;
    /** Null when neither the record nor today has an NPV for it. */
    readonly npv: AmountChange | null;
  }[];
  /**
   * How much has changed, as the report counts it: `changes`, the scenarios added and
   * removed, the items added and removed, the inputs and the other values changed (an item
   * added counts once as the item and once for each of its inputs); `crossedThresholds`,
   * the thresholds today's values have crossed.
   */
  readonly counts: { readonly changes: number; readonly crossedThresholds: number };
};

/**
 * An amount then and now, and now − then; null on the side where there is none.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const total: AmountChange = recordChanges(record, revisitReport([selfHosted, managedProvider], { months: 24 }), [selfHosted, managedProvider]).results[0]!.total;
 * total; // { before: '144000.00', now: '96000.00', difference: '-48000.00' }
 */
export type AmountChange = { readonly before: string | null; readonly now: string | null; readonly difference: string | null };

/**
 * Compares a recorded decision with today's revisit report and the scenarios it compares
 * (in the same order; anything else is a programming error and throws): which scenarios
 * and inputs changed, which thresholds today's values have crossed, and whether the
 * decision and the totals are still what they were. Recorded definitions are read as data,
 * never parsed as scenarios again, so a record written in an older scenario format still
 * compares.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider], { months: 36 }), [selfHosted, managedProvider]);
 * // a year later the provider asks 2,500 a month: below the threshold of 2,750
 * const cheaper = unwrap(parseScenario({ ...managedProvider.definition, costs: [managedProvider.definition.costs[0]!, { ...managedProvider.definition.costs[1]!, amount: '2500' }] }));
 * const changes = recordChanges(record, revisitReport([selfHosted, cheaper], { months: 36 }), [selfHosted, cheaper]);
 * changes.scenarios.changed; // ['Managed provider']
 * changes.thresholds.filter((t) => t.crossed).map((t) => [t.item, t.threshold, t.now]); // [['Managed hosting', '2750.00', '2500']]
 * changes.decision.total; // { before: 'Self-hosted', now: 'Managed provider', changed: true }
 * changes.results[1]?.total; // { before: '1485000.00', now: '135000.00', difference: '-1350000.00' }
 */
export function recordChanges(previous: DecisionRecord, report: ReportToday, scenarios: readonly Scenario[]): RecordChanges {
  checkScenariosOf(report, scenarios, 'recordChanges');
  const digits = report.comparison.settings.minorDigits;
  const recorded = new Map(previous.scenarios.map((s) => [s.name, s]));
  const today = new Map(scenarios.map((s) => [s.name, s]));
  const both = scenarios.filter((s) => recorded.has(s.name));
  const sameHash = (scenario: Scenario) => definitionHash(scenario.definition) === recorded.get(scenario.name)?.sha256;

  const items: ItemChange[] = [];
  const inputs: InputChange[] = [];
  const texts: TextChange[] = [];
  for (const scenario of both) {
    const old = recorded.get(scenario.name) as RecordedScenario;
    if (sameHash(scenario)) continue;
    const before = definitionInputs(scenario.name, old.definition);
    const after = thresholdInputs(scenario);
    inputs.push(...inputChanges(before, after));
    const diff = new DefinitionDiff(scenario.name, before, after);
    diff.compare(old.definition, scenario.definition);
    items.push(...diff.items);
    texts.push(...diff.texts);
  }

  const todayInputs = new Map(scenarios.map((s) => [s.name, thresholdInputs(s)]));
  const thresholds = [previous.thresholds.total, ...(previous.thresholds.npv === null ? [] : [previous.thresholds.npv])].flatMap((analysis) =>
    analysis.thresholds.flatMap((t): ThresholdCheck[] => {
      if (t.value === null || t.direction === null) return [];
      const now = todayValue(todayInputs.get(t.scenario), t);
      const value = now === null ? undefined : parseDecimal(now);
      const crossed = value !== undefined && (t.direction === 'down' ? value.lessThan(t.value) : value.greaterThan(t.value));
      return [{ metric: t.metric, scenario: t.scenario, item: t.item, field: t.field, path: t.path, kind: t.kind, per: t.per, threshold: t.value, direction: t.direction, becomes: t.becomes, before: t.current, now, crossed }];
    }),
  );

  const decisionNow = report.decision;
  const total = { before: previous.results.cheapest, now: decisionNow.cheapest, changed: previous.results.cheapest !== decisionNow.cheapest };
  const npv =
    previous.results.cheapestByNpv === null && decisionNow.cheapestByNpv === null
      ? null
      : { before: previous.results.cheapestByNpv, now: decisionNow.cheapestByNpv, changed: previous.results.cheapestByNpv !== decisionNow.cheapestByNpv };

  const resultsThen = new Map(previous.results.scenarios.map((s) => [s.name, s]));
  const resultsNow = new Map(report.comparison.scenarios.map((s) => [s.name, s]));
  const names = [...previous.results.scenarios.map((s) => s.name), ...report.comparison.scenarios.map((s) => s.name).filter((name) => !resultsThen.has(name))];
  const amountChange = (before: string | null, now: string | null): AmountChange => ({
    before,
    now,
    difference: before === null || now === null ? null : new Money(now).minus(before).toFixed(digits),
  });

  const added = scenarios.filter((s) => !recorded.has(s.name)).map((s) => s.name);
  const removed = previous.scenarios.filter((s) => !today.has(s.name)).map((s) => s.name);
  return {
    since: { date: previous.date, decision: previous.decision, revisit: previous.revisit },
    settings: settingChanges(previous.settings, report.comparison.settings),
    scenarios: {
      added,
      removed,
      unchanged: both.filter(sameHash).map((s) => s.name),
      changed: both.filter((s) => !sameHash(s)).map((s) => s.name),
    },
    items,
    inputs,
    texts,
    thresholds,
    decision: { changed: total.changed || (npv?.changed ?? false), total, npv },
    results: names.map((scenario) => {
      const then = resultsThen.get(scenario);
      const now = resultsNow.get(scenario);
      const npvBefore = then?.npv ?? null;
      const npvNow = now?.npv ?? null;
      return {
        scenario,
        total: amountChange(then?.total ?? null, now?.total ?? null),
        npv: npvBefore === null && npvNow === null ? null : amountChange(npvBefore, npvNow),
      };
    }),
    counts: {
      changes: added.length + removed.length + items.length + inputs.length + texts.length,
      crossedThresholds: thresholds.filter((t) => t.crossed).length,
    },
  };
}

/** Today's value of a recorded threshold's input: at the same path if it is still the same item and field, else by item and field. */
function todayValue(inputs: readonly ThresholdInput[] | undefined, t: RecordedThreshold): string | null {
  if (inputs === undefined) return null;
  const same = (input: ThresholdInput) => input.item === t.item && input.field === t.field;
  return (inputs.find((input) => input.path === t.path && same(input)) ?? inputs.find(same))?.current ?? null;
}

function settingChanges(before: RecordedSettings, after: RecordedSettings): RecordChanges['settings'] {
  const shown = (value: unknown): string | null => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));
  const keys = ['from', 'months', 'currency', 'discountRate', 'baseline', 'view', 'rates', 'exitAfter'] as const;
  return keys.flatMap((setting) => {
    const [a, b] = [shown(before[setting]), shown(after[setting])];
    return a === b ? [] : [{ setting, before: a, after: b }];
  });
}
