/**
 * Decision records: what was decided, on which inputs, with which results — kept as a JSON
 * file (`costmodel report … --record decision.json`) so that a year later the revisit
 * report can say what changed since (`--previous decision.json`).
 *
 *   RevisitReport + scenarios ─▶ decisionRecord ─▶ DecisionRecord (version 1, plain JSON:
 *     every scenario's definition as written, with the sha256 of its canonical JSON)
 *   JSON data ─▶ parseDecisionRecord: kind ─▶ version (newer: "upgrade costmodel") ─▶
 *     switch (version): check that version's shape, upgrade it to the current one ─▶
 *     cross-checks (names, months, hashes) ─▶ DecisionRecord
 *   DecisionRecord + today's report and scenarios ─▶ recordChanges: scenarios added,
 *     removed, changed; inputs and texts changed (items matched by name); thresholds
 *     crossed; the decision and the totals then and now
 *   DecisionRecord + actual monthly amounts ─▶ forecastAgainstActuals
 *
 * Records are versioned: every later costmodel reads version 1. Within a version, fields
 * may be added (as in the comparison contract), so a reader ignores keys it does not know;
 * renaming or removing one, or changing what it means, makes a new version, and
 * {@link parseDecisionRecord} gains a step that upgrades the older one.
 *
 * The shape is checked by hand rather than with a JSON Schema: there is nothing to compile
 * at start-up, and each message says what a record holds in words (a day, a month, an
 * amount) at the JSON Pointer where it is wrong.
 */
import { createHash } from 'node:crypto';
import { isDay } from '../calendar/day.js';
import { parseMonth } from '../calendar/month.js';
import { describeValue } from '../issues/describeValue.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { Money, type Decimal } from '../money/decimal.js';
import { parseDecimal } from '../money/parseDecimal.js';
import type { Scenario } from '../scenario/scenario.js';
import type { ComparisonSettings } from './comparison.js';
import type { RevisitReport } from './revisitReport.js';
import { thresholdInputs, type ThresholdInput } from '../scenario/thresholdInputs.js';
import type { Threshold, ThresholdAnalysis, Thresholds } from '../analysis/thresholds.js';

/** The record version this costmodel writes. */
const CURRENT_VERSION = 1;
const KIND = 'costmodel-decision-record';

/**
 * A decision record, version 1: the decision as written down, the analysis settings, every
 * scenario's definition as it was then, the results, and the thresholds that would flip it.
 * Plain JSON; money is a decimal string with the currency's minor-unit digits.
 *
 * When version 2 comes, this type is kept (renamed `DecisionRecordV1`, frozen) as the input
 * of the upgrade step, and `DecisionRecord` becomes version 2.
 *
 * @example
 * const record: DecisionRecord = decisionRecord(revisitReport([selfHosted, managedProvider], { date: '2009-05-04', decision: 'Not now' }), [selfHosted, managedProvider]);
 * [record.version, record.kind, record.date, record.decision, record.revisit]; // [1, 'costmodel-decision-record', '2009-05-04', 'Not now', '2010-05']
 * // plain data: it comes back from JSON unchanged
 * JSON.parse(JSON.stringify(record)); // record
 */
export type DecisionRecord = {
  readonly version: 1;
  readonly kind: 'costmodel-decision-record';
  /** The day the decision was recorded, `YYYY-MM-DD`; null when not given. */
  readonly date: string | null;
  /** The decision as people wrote it down; null when not given. */
  readonly decision: string | null;
  /** The month to look at the decision again, `YYYY-MM`. */
  readonly revisit: string;
  /** The settings the results were computed with, as the comparison gives them. */
  readonly settings: ComparisonSettings;
  /** The scenarios compared, in order, each with its definition as it was then. */
  readonly scenarios: readonly RecordedScenario[];
  readonly results: RecordedResults;
  /** The thresholds, as the revisit report gave them. */
  readonly thresholds: Thresholds;
  /**
   * SHA-256 of the whole record but this key, as canonical JSON (see {@link recordHash}): a
   * record edited after it was written — a threshold, the decision text, a result — no
   * longer matches it and is refused.
   */
  readonly sha256: string;
};

/**
 * One scenario as recorded: its definition (the file as written, merged with the file it
 * extends) and the SHA-256 of that definition's canonical JSON (see {@link definitionHash}).
 *
 * @example
 * const recorded: RecordedScenario = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]).scenarios[0]!;
 * [recorded.name, recorded.origin, recorded.sha256 === definitionHash(selfHosted.definition)]; // ['Self-hosted', 'scenarios/self-hosted.json', true]
 * recorded.definition['start']; // '2009-05'
 */
export type RecordedScenario = {
  readonly name: string;
  /** Where it was read from (a file path), or null for a scenario built in code. */
  readonly origin: string | null;
  /** Lowercase hexadecimal SHA-256 of the canonical JSON of `definition`. */
  readonly sha256: string;
  /** The scenario's content, in whatever scenario format version it was written. */
  readonly definition: { readonly [key: string]: unknown };
};

/**
 * The results recorded with a decision: the cheapest scenario, and each scenario's total,
 * NPV and monthly costs (the forecast that actual spending is held against).
 *
 * @example
 * const results: RecordedResults = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]).results;
 * [results.cheapest, results.cheapestByNpv, results.months.length]; // ['Self-hosted', null, 36]
 * results.scenarios.map((s) => [s.name, s.total, s.monthly[0]]); // [['Self-hosted', '144000.00', '4000.00'], ['Managed provider', '1485000.00', '85000.00']]
 */
export type RecordedResults = {
  /** The cheapest scenario over the horizon by total. */
  readonly cheapest: string;
  /** The cheapest by NPV when discounting; null otherwise. */
  readonly cheapestByNpv: string | null;
  /** In the order of the record's `scenarios`. */
  readonly scenarios: readonly {
    readonly name: string;
    readonly total: string;
    /** Null when not discounting. */
    readonly npv: string | null;
    /** The cost in each month of `months`. */
    readonly monthly: readonly string[];
  }[];
  /** `YYYY-MM` of each month of the horizon, in order. */
  readonly months: readonly string[];
};

/**
 * The record of a revisit report's decision, for the scenarios the report compares (in the
 * same order; anything else is a programming error and throws). Definitions are copied as
 * plain JSON, so the record does not change when the scenarios do.
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider], { months: 36, date: '2009-05-04', decision: 'Not now: revisit in May 2010' });
 * const record = decisionRecord(report, [selfHosted, managedProvider]);
 * [record.decision, record.results.cheapest, record.settings.months]; // ['Not now: revisit in May 2010', 'Self-hosted', 36]
 * record.thresholds.total.thresholds.slice(0, 2).map((t) => [t.item, t.value]); // [['Managed hosting', '2750.00'], ['Self-hosting', '495000.00']]
 * // written with renderJson, read back with parseDecisionRecord (or readDecisionRecord from a file)
 * unwrap(parseDecisionRecord(JSON.parse(renderJson(record)))); // record
 */
export function decisionRecord(report: RevisitReport, scenarios: readonly Scenario[]): DecisionRecord {
  checkScenariosOf(report, scenarios, 'decisionRecord');
  const comparison = report.comparison;
  const body: Omit<DecisionRecord, 'sha256'> = {
    version: 1,
    kind: KIND,
    date: report.date,
    decision: report.decision.text,
    revisit: report.revisit,
    settings: jsonCopy(comparison.settings),
    scenarios: scenarios.map((scenario) => {
      const definition = jsonCopy(scenario.definition) as unknown as RecordedScenario['definition'];
      return { name: scenario.name, origin: scenario.origin ?? null, sha256: definitionHash(definition), definition };
    }),
    results: {
      cheapest: report.decision.cheapest,
      cheapestByNpv: report.decision.cheapestByNpv,
      scenarios: comparison.scenarios.map((s) => ({ name: s.name, total: s.total, npv: s.npv, monthly: [...s.monthly] })),
      months: [...comparison.months],
    },
    thresholds: recordedThresholds(report.thresholds),
  };
  return { ...body, sha256: recordHash(body) };
}

/** The thresholds as record version 1 holds them: the fields of a threshold in version 1, no others. */
function recordedThresholds(thresholds: Thresholds): Thresholds {
  const analysis = (a: ThresholdAnalysis): ThresholdAnalysis => ({
    metric: a.metric,
    cheapest: a.cheapest,
    thresholds: a.thresholds.map(({ factor: _factor, difference: _difference, ...t }) => t as Threshold),
  });
  return { total: analysis(thresholds.total), npv: thresholds.npv === null ? null : analysis(thresholds.npv) } as Thresholds;
}

/**
 * The SHA-256 (hex) of a decision record without its own `sha256` key, as canonical JSON
 * (keys sorted at every level, no whitespace: the same rule as {@link definitionHash}).
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * recordHash(record) === record.sha256; // true
 * recordHash({ ...record, decision: 'We decided to sign' }) === record.sha256; // false
 */
export function recordHash(record: object): string {
  const { sha256: _own, ...body } = record as Record<string, unknown>;
  return definitionHash(body);
}

/**
 * The SHA-256 (lowercase hexadecimal) of a scenario definition's canonical JSON: keys sorted
 * at every level (by UTF-16 code units), no whitespace, strings and numbers as
 * `JSON.stringify` writes them — the JSON Canonicalization Scheme of RFC 8785. The order of
 * keys and the layout of the file do not change it; any value does (`48000` and `"48000"`
 * are different content).
 *
 * @example
 * definitionHash({ b: 1, a: [true, null] }) === definitionHash({ a: [true, null], b: 1 }); // true
 * definitionHash({ a: [true, null], b: 1 }).length; // 64
 * definitionHash({ amount: 48000 }) === definitionHash({ amount: '48000' }); // false
 */
export function definitionHash(definition: unknown): string {
  return createHash('sha256').update(canonicalJson(jsonCopy(definition)), 'utf8').digest('hex');
}

/**
 * Reads a decision record from JSON data (as `JSON.parse` gives it), with `origin` (the file
 * it came from) named in every issue. Every problem is reported at once, each with the JSON
 * Pointer of its place: not a JSON object; another kind of file; a version newer than this
 * costmodel reads ("upgrade costmodel"); missing keys and invalid values; results that do
 * not fit the scenarios or the months; a scenario whose definition does not match its
 * sha256. Keys it does not know are ignored (and left out of the value), so a record from a
 * later costmodel that added a field within version 1 still reads.
 *
 * A definition that does not match its sha256 is an **error**, not a warning: the record is
 * the evidence of what the decision was based on, and {@link recordChanges} reports changes
 * against it, so a record edited afterwards (a hand-fixed number, a merge gone wrong) would
 * quietly rewrite "what changed since". The hash is a checksum against such accidents, not
 * a signature: the message says the hash the definition has now, for whoever means the edit.
 *
 * Older versions are upgraded here, one step per version (`switch (version)`), so everything
 * after reading sees only the current {@link DecisionRecord}.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * parseDecisionRecord(JSON.parse(JSON.stringify(record)), 'decision.json').ok; // true
 * const newer = parseDecisionRecord({ ...record, version: 2 }, 'decision.json');
 * newer.ok ? [] : newer.issues.map(formatIssue); // ['decision.json: /version: written by a newer costmodel (record version 2); upgrade costmodel to read it']
 * const compared = parseDecisionRecord(compare([selfHosted]), 'compare.json');
 * compared.ok ? [] : compared.issues.map((issue) => issue.code); // ['invalid-record']
 */
export function parseDecisionRecord(data: unknown, origin?: string): Result<DecisionRecord> {
  const c = new Checker(origin);
  if (!isObject(data)) {
    c.issue('invalid-record', '', `expected a costmodel decision record (a JSON object), found ${describeValue(data)}`);
    return c.failed();
  }
  if (data['kind'] !== KIND) {
    c.issue('invalid-record', '/kind', `expected "${KIND}", found ${describeValue(data['kind'])}${otherKind(data)}`);
    return c.failed();
  }
  if (!('version' in data)) {
    c.issue('missing-key', '', 'missing required key "version"');
    return c.failed();
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    c.issue('invalid-value', '/version', `expected a record version (a whole number from 1), found ${describeValue(version)}`);
    return c.failed();
  }
  if (version > CURRENT_VERSION) {
    c.issue('newer-record-version', '/version', `written by a newer costmodel (record version ${version}); upgrade costmodel to read it`);
    return c.failed();
  }
  let record: DecisionRecord;
  switch (version) {
    case 1:
      record = recordVersion1(c, data);
      break;
    // Version 2 adds here: `case 1: record = upgradeFrom1(recordVersion1(c, data)); break;`
    // and `case 2: record = recordVersion2(c, data); break;`, each older version upgraded
    // step by step to the current one.
    default:
      throw new Error(`unreachable: record version ${version}`);
  }
  if (c.issues.length > 0) return c.failed();
  crossCheck(c, record);
  if (c.issues.length === 0) checkRecordHash(c, data);
  return c.issues.length > 0 ? c.failed() : { ok: true, value: record };
}

/**
 * A numeric input that differs between the record and today: changed, or there on one side
 * only (its item, or the field, added or removed). Items are matched by name, so an item that
 * moved in the file is the same item. Values are plain decimal strings as
 * {@link thresholdInputs} gives them (a rate as a fraction: `"0.03"`); a number written
 * differently but equal (`48000`, `"48000.00"`) is not a change.
 *
 * @example
 * const cheaper = unwrap(parseScenario({ ...managedProvider.definition, costs: [managedProvider.definition.costs[0]!, { ...managedProvider.definition.costs[1]!, amount: '2500' }] }));
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const [fee]: readonly InputChange[] = recordChanges(record, revisitReport([selfHosted, cheaper]), [selfHosted, cheaper]).inputs;
 * [fee?.item, fee?.path, fee?.before, fee?.after, fee?.change, fee?.relative]; // ['Managed hosting', '/costs/1/amount', '40000', '2500', '-37500', '-0.9375']
 */
export type InputChange = {
  readonly scenario: string;
  /** The cost item's name; null for the commitment. */
  readonly item: string | null;
  readonly field: string;
  /** JSON Pointer of the value in today's definition; for a removed input, in the record's. */
  readonly path: string;
  readonly kind: ThresholdInput['kind'];
  readonly per: string;
  readonly status: 'changed' | 'added' | 'removed';
  /** The recorded value; null when added. */
  readonly before: string | null;
  /** Today's value; null when removed. */
  readonly after: string | null;
  /** after − before, as a decimal string; null when added or removed. */
  readonly change: string | null;
  /** after ÷ before − 1, to 6 places; null when added, removed, or before is 0. */
  readonly relative: string | null;
};

/**
 * Any other value of a definition that differs: a source, a note, a description, a
 * category, a month. One entry per value (leaf), at its JSON Pointer; items matched by name.
 *
 * @example
 * const requoted = unwrap(parseScenario({ ...managedProvider.definition, description: 'Quote renewed April 2010' }));
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const texts: readonly TextChange[] = recordChanges(record, revisitReport([selfHosted, requoted]), [selfHosted, requoted]).texts;
 * texts; // [{ scenario: 'Managed provider', path: '/description', before: 'Quote received April 2009', after: 'Quote renewed April 2010' }]
 */
export type TextChange = {
  readonly scenario: string;
  /** JSON Pointer in today's definition; for a removed value, in the record's. */
  readonly path: string;
  /** The value as text: a string as it is, anything else as JSON; null where there was none. */
  readonly before: string | null;
  readonly after: string | null;
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
  readonly metric: Threshold['metric'];
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
export function recordChanges(previous: DecisionRecord, report: RevisitReport, scenarios: readonly Scenario[]): RecordChanges {
  checkScenariosOf(report, scenarios, 'recordChanges');
  const digits = report.comparison.settings.minorDigits;
  const recorded = new Map(previous.scenarios.map((s) => [s.name, s]));
  const today = new Map(scenarios.map((s) => [s.name, s]));
  const both = scenarios.filter((s) => recorded.has(s.name));
  const sameHash = (scenario: Scenario) => definitionHash(scenario.definition) === recorded.get(scenario.name)?.sha256;

  const items: { scenario: string; item: string; status: 'added' | 'removed'; path: string }[] = [];
  const inputs: InputChange[] = [];
  const texts: TextChange[] = [];
  for (const scenario of both) {
    const old = recorded.get(scenario.name) as RecordedScenario;
    if (sameHash(scenario)) continue;
    const before = inputsOf(scenario.name, old.definition);
    const after = thresholdInputs(scenario);
    inputs.push(...inputChanges(before, after));
    const diff = new DefinitionDiff(scenario.name, before, after);
    diff.compare(old.definition, scenario.definition as unknown as JsonObject);
    items.push(...diff.items);
    texts.push(...diff.texts);
  }

  const todayInputs = new Map(scenarios.map((s) => [s.name, thresholdInputs(s)]));
  const thresholds = [previous.thresholds.total, ...(previous.thresholds.npv === null ? [] : [previous.thresholds.npv])].flatMap((analysis) =>
    analysis.thresholds.flatMap((t): ThresholdCheck[] => {
      if (t.value === null || t.direction === null) return [];
      const now = todayValue(todayInputs.get(t.scenario), t);
      const value = now === null ? undefined : decimalOf(now);
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

  return {
    since: { date: previous.date, decision: previous.decision, revisit: previous.revisit },
    settings: settingChanges(previous.settings, report.comparison.settings),
    scenarios: {
      added: scenarios.filter((s) => !recorded.has(s.name)).map((s) => s.name),
      removed: previous.scenarios.filter((s) => !today.has(s.name)).map((s) => s.name),
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
  };
}

/**
 * One actual monthly amount of a scenario, as the actuals file gives it (the amounts of one
 * scenario and month are summed).
 *
 * @example
 * const actual: ActualAmount = { scenario: 'Self-hosted', month: '2009-05', amount: '4100' };
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * forecastAgainstActuals(record, [actual]).scenarios[0]?.months; // [{ month: '2009-05', forecast: '4000.00', actual: '4100.00', difference: '100.00' }]
 */
export type ActualAmount = { readonly scenario: string; readonly month: string; readonly amount: string };

/**
 * The recorded forecast against what was actually spent: per scenario with actuals, each
 * month with its forecast (null outside the recorded horizon or for a scenario not
 * recorded), the actual amount and actual − forecast (positive: spent more than forecast),
 * and the totals over the months that have both. Money in the record's currency, to its
 * minor unit.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const result: ForecastAgainstActuals = forecastAgainstActuals(record, [
 *   { scenario: 'Self-hosted', month: '2009-05', amount: '4100' },
 *   { scenario: 'Self-hosted', month: '2009-06', amount: '3950.25' },
 * ]);
 * result.scenarios[0]?.total; // { months: 2, forecast: '8000.00', actual: '8050.25', difference: '50.25' }
 */
export type ForecastAgainstActuals = {
  readonly currency: string;
  /** The record's scenarios that have actuals, in its order; then the others with actuals. */
  readonly scenarios: readonly {
    readonly scenario: string;
    /** Every month with an actual amount, in calendar order. */
    readonly months: readonly { readonly month: string; readonly forecast: string | null; readonly actual: string; readonly difference: string | null }[];
    /** Over the months with both a forecast and an actual amount; `months` counts them. */
    readonly total: { readonly months: number; readonly forecast: string; readonly actual: string; readonly difference: string };
  }[];
};

/**
 * Holds actual monthly spending against the monthly costs a decision record forecast. The
 * amounts must already be read (decimal strings, months as `YYYY-MM`): anything else is a
 * programming error and throws.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider], { months: 36 }), [selfHosted, managedProvider]);
 * const result = forecastAgainstActuals(record, [
 *   { scenario: 'Self-hosted', month: '2009-05', amount: '4100' },
 *   { scenario: 'Self-hosted', month: '2009-06', amount: '3900.50' },
 * ]);
 * result.scenarios[0]?.months.map((m) => [m.month, m.forecast, m.actual, m.difference]); // [['2009-05', '4000.00', '4100.00', '100.00'], ['2009-06', '4000.00', '3900.50', '-99.50']]
 * result.scenarios[0]?.total; // { months: 2, forecast: '8000.00', actual: '8000.50', difference: '0.50' }
 */
export function forecastAgainstActuals(previous: DecisionRecord, actual: readonly ActualAmount[]): ForecastAgainstActuals {
  const digits = previous.settings.minorDigits;
  const sums = new Map<string, Map<string, Decimal>>();
  for (const row of actual) {
    const amount = parseDecimal(row.amount);
    if (amount === undefined) throw new Error(`forecastAgainstActuals: expected an amount as a decimal number in text, found ${describeValue(row.amount)}`);
    if (parseMonth(row.month) === undefined) throw new Error(`forecastAgainstActuals: expected a month as YYYY-MM, found ${describeValue(row.month)}`);
    const months = sums.get(row.scenario) ?? new Map<string, Decimal>();
    sums.set(row.scenario, months);
    months.set(row.month, (months.get(row.month) ?? new Money(0)).plus(amount));
  }
  const monthIndex = new Map(previous.results.months.map((month, index) => [month, index]));
  const forecasts = new Map(previous.results.scenarios.map((s) => [s.name, s.monthly]));
  const order = [...previous.results.scenarios.map((s) => s.name).filter((name) => sums.has(name)), ...[...sums.keys()].filter((name) => !forecasts.has(name))];
  const money = (amount: Decimal) => amount.toFixed(digits);
  return {
    currency: previous.settings.currency,
    scenarios: order.map((scenario) => {
      const actuals = sums.get(scenario) as Map<string, Decimal>;
      const monthly = forecasts.get(scenario);
      let forecastTotal = new Money(0);
      let actualTotal = new Money(0);
      let counted = 0;
      const months = [...actuals.keys()].sort().map((month) => {
        const amount = new Money(money(actuals.get(month) as Decimal));
        const index = monthIndex.get(month);
        const forecastText = index === undefined ? undefined : monthly?.[index];
        if (forecastText === undefined) return { month, forecast: null, actual: money(amount), difference: null };
        const forecast = new Money(forecastText);
        forecastTotal = forecastTotal.plus(forecast);
        actualTotal = actualTotal.plus(amount);
        counted++;
        return { month, forecast: money(forecast), actual: money(amount), difference: money(amount.minus(forecast)) };
      });
      return { scenario, months, total: { months: counted, forecast: money(forecastTotal), actual: money(actualTotal), difference: money(actualTotal.minus(forecastTotal)) } };
    }),
  };
}

// ─── writing ────────────────────────────────────────────────────────────────────────────

/** The scenarios must be the report's, in its order: a mismatch is a programming error. */
function checkScenariosOf(report: RevisitReport, scenarios: readonly Scenario[], caller: string): void {
  const reported = report.comparison.scenarios.map((s) => s.name);
  const given = scenarios.map((s) => s.name);
  if (reported.length !== given.length || reported.some((name, i) => name !== given[i])) {
    throw new Error(`${caller}: ${JSON.stringify(given)} are not the scenarios the report compares (${JSON.stringify(reported)}); pass the scenarios the report was made from, in the same order`);
  }
}

/** A deep copy as JSON has it: no undefined values, no shared objects. */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** JSON with keys sorted at every level, no whitespace (RFC 8785 for JSON data). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

// ─── reading ────────────────────────────────────────────────────────────────────────────

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What the file is when it is not a decision record, for the message. */
function otherKind(data: Record<string, unknown>): string {
  const hint = (what: string) => `: ${what}, not a decision record (write one with costmodel report --record FILE)`;
  switch (data['kind']) {
    case 'comparison':
      return hint('this is the JSON output of costmodel compare');
    case 'schedule':
      return hint('this is the JSON output of costmodel schedule');
    case 'revisit-report':
      return hint('this is the JSON output of costmodel report');
  }
  if (data['kind'] === undefined && Array.isArray(data['costs'])) return hint('this looks like a scenario file');
  return '';
}

/** Collects issues, each naming the file when there is one. */
class Checker {
  readonly issues: Issue[] = [];
  constructor(private readonly file: string | undefined) {}

  issue(code: IssueCode, path: string, message: string): void {
    this.issues.push(this.file === undefined ? { code, path, message } : { code, file: this.file, path, message });
  }

  failed(): { ok: false; issues: readonly Issue[] } {
    return { ok: false, issues: this.issues };
  }
}

/**
 * A check of one value at a JSON Pointer: it reports what is wrong and returns the value
 * with only the keys it knows (undefined when invalid; the caller looks at the issues).
 */
type Check = (c: Checker, value: unknown, at: string) => unknown;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const SHA256 = /^[0-9a-f]{64}$/;

function expecting(what: string, valid: (value: unknown) => boolean): Check {
  return (c, value, at) => {
    if (valid(value)) return value;
    c.issue('invalid-value', at, `expected ${what}, found ${describeValue(value)}`);
    return undefined;
  };
}

/** {@link expecting}, null allowed too. */
function nullable(what: string, valid: (value: unknown) => boolean): Check {
  return expecting(`${what} or null`, (value) => value === null || valid(value));
}

const isText = (v: unknown) => typeof v === 'string';
const isDecimal = (v: unknown) => typeof v === 'string' && DECIMAL.test(v);
const AN_AMOUNT = 'an amount as a decimal number in text (such as "1485000.00")';
const A_DECIMAL = 'a decimal number as text (such as "0.08")';

const text = expecting('a text', isText);
const textOrNull = nullable('a text', isText);
const month = expecting('a month as YYYY-MM', (v) => parseMonth(v) !== undefined);
const dayOrNull = nullable('a day as YYYY-MM-DD', (v) => typeof v === 'string' && isDay(v));
const amount = expecting(AN_AMOUNT, isDecimal);
const amountOrNull = nullable(AN_AMOUNT, isDecimal);
const decimal = expecting(A_DECIMAL, isDecimal);
const decimalOrNull = nullable(A_DECIMAL, isDecimal);
const wholeFrom = (least: number) => expecting(`a whole number from ${least}`, (v) => typeof v === 'number' && Number.isInteger(v) && v >= least);
const currency = expecting('a three-letter ISO 4217 currency code (such as "USD")', (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v));
const sha256 = expecting('a SHA-256 as 64 lowercase hexadecimal digits', (v) => typeof v === 'string' && SHA256.test(v));
const pointer = expecting('a JSON Pointer (such as "/costs/1/amount")', (v) => typeof v === 'string' && (v === '' || v.startsWith('/')));
const definition = expecting('a scenario definition (a JSON object)', isObject);

function oneOf(values: readonly (string | null)[]): Check {
  const shown = values.map((v) => (v === null ? 'null' : `"${v}"`));
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : (shown[0] as string);
  return expecting(`one of ${list}`, (v) => values.includes(v as string | null));
}

function arrayOf(item: Check): Check {
  return (c, value, at) => {
    if (!Array.isArray(value)) {
      c.issue('invalid-value', at, `expected a list, found ${describeValue(value)}`);
      return undefined;
    }
    return value.map((element, index) => item(c, element, `${at}/${index}`));
  };
}

function recordOf(item: Check): Check {
  return (c, value, at) => {
    if (!isObject(value)) {
      c.issue('invalid-value', at, `expected an object, found ${describeValue(value)}`);
      return undefined;
    }
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, item(c, element, `${at}/${escapePointer(key)}`)]));
  };
}

/** An object with these keys (required) and these (optional); keys it does not know are left out. */
function objectOf(required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check {
  return (c, value, at) => {
    if (!isObject(value)) {
      c.issue('invalid-value', at, `expected an object, found ${describeValue(value)}`);
      return undefined;
    }
    const picked: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(required)) {
      if (!(key in value)) c.issue('missing-key', at, `missing required key "${key}"`);
      else picked[key] = check(c, value[key], `${at}/${key}`);
    }
    for (const [key, check] of Object.entries(optional)) {
      if (key in value && value[key] !== undefined) picked[key] = check(c, value[key], `${at}/${key}`);
    }
    return picked;
  };
}

const settingsV1 = objectOf(
  { from: month, to: month, months: wholeFrom(1), currency, minorDigits: wholeFrom(0), discountRate: decimalOrNull, baseline: text },
  { view: oneOf(['cash', 'amortized']), rates: recordOf(decimal), exitAfter: wholeFrom(0) },
);

const thresholdV1 = objectOf({
  scenario: text,
  item: textOrNull,
  field: text,
  path: pointer,
  kind: oneOf(['money', 'rate', 'months']),
  current: text,
  per: text,
  metric: oneOf(['total', 'npv']),
  value: decimalOrNull,
  direction: oneOf(['up', 'down', null]),
  change: decimalOrNull,
  becomes: textOrNull,
  step: decimal,
  method: oneOf(['linear', 'search', 'every value']),
});

const analysisV1 = objectOf({ metric: oneOf(['total', 'npv']), cheapest: text, thresholds: arrayOf(thresholdV1) });

/** Version 1 but for `version` and `kind`, which are checked first. */
const version1 = objectOf({
  date: dayOrNull,
  decision: textOrNull,
  revisit: month,
  settings: settingsV1,
  scenarios: arrayOf(objectOf({ name: text, origin: textOrNull, sha256, definition })),
  results: objectOf({
    cheapest: text,
    cheapestByNpv: textOrNull,
    scenarios: arrayOf(objectOf({ name: text, total: amount, npv: amountOrNull, monthly: arrayOf(amount) })),
    months: arrayOf(month),
  }),
  thresholds: objectOf({ total: analysisV1, npv: (c, value, at) => (value === null ? null : analysisV1(c, value, at)) }),
  sha256,
});

/** Version 1's shape, each key checked where it is, keys it does not know left out. */
function recordVersion1(c: Checker, data: Record<string, unknown>): DecisionRecord {
  const picked = version1(c, data, '') as Record<string, unknown>;
  return { version: 1, kind: KIND, ...picked } as unknown as DecisionRecord;
}

/** What the shape alone cannot say: names, months and hashes that must agree. */
/** The record as read (unknown keys too) against its own `sha256`. */
function checkRecordHash(c: Checker, data: Record<string, unknown>): void {
  const stated = data['sha256'];
  const now = recordHash(data);
  if (stated === now) return;
  if (typeof stated !== 'string') {
    c.issue('missing-key', '', 'missing required key "sha256" (the hash of the record, written with it)');
    return;
  }
  c.issue(
    'record-hash-mismatch',
    '/sha256',
    `the record does not match its sha256 (edited by hand?): it says ${stated}, the record hashes to ${now}; ` +
      `restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to "${now}"`,
  );
}

function crossCheck(c: Checker, record: DecisionRecord): void {
  const names = record.scenarios.map((s) => s.name);
  const seen = new Set<string>();
  record.scenarios.forEach((s, i) => {
    if (seen.has(s.name)) c.issue('invalid-value', `/scenarios/${i}/name`, `a scenario named "${s.name}" is recorded twice`);
    seen.add(s.name);
  });
  const quoted = (list: readonly string[]) => list.map((name) => `"${name}"`).join(', ');
  const resultNames = record.results.scenarios.map((s) => s.name);
  if (resultNames.length !== names.length || resultNames.some((name, i) => name !== names[i])) {
    c.issue('invalid-value', '/results/scenarios', `expected the results of ${quoted(names)} (the recorded scenarios, in order), found ${quoted(resultNames)}`);
  }
  const named = (key: 'cheapest' | 'cheapestByNpv') => {
    const name = record.results[key];
    if (name !== null && !names.includes(name)) c.issue('invalid-value', `/results/${key}`, `expected the name of a recorded scenario (${quoted(names)}), found "${name}"`);
  };
  named('cheapest');
  named('cheapestByNpv');
  const months = record.results.months.length;
  if (record.settings.months !== months) c.issue('invalid-value', '/results/months', `expected the ${record.settings.months} months of /settings/months, found ${months}`);
  record.results.scenarios.forEach((s, i) => {
    if (s.monthly.length !== months) c.issue('invalid-value', `/results/scenarios/${i}/monthly`, `expected an amount for each of the ${months} months of /results/months, found ${s.monthly.length}`);
  });
  record.scenarios.forEach((s, i) => {
    const now = definitionHash(s.definition);
    if (now === s.sha256) return;
    c.issue(
      'record-hash-mismatch',
      `/scenarios/${i}/sha256`,
      `the definition of "${s.name}" does not match its sha256 (edited by hand?): the record says ${s.sha256}, the definition hashes to ${now}; ` +
        `restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to "${now}"`,
    );
  });
}

// ─── comparing ──────────────────────────────────────────────────────────────────────────

/**
 * The numeric inputs of a recorded definition. thresholdInputs reads only a scenario's name
 * and definition (as data, whatever is in it), so the definition needs no parsing: a record
 * in an older scenario format still compares.
 */
function inputsOf(name: string, definition: JsonObject): ThresholdInput[] {
  return thresholdInputs({ name, definition } as unknown as Scenario);
}

/** The same input on both sides: item and field, the n-th of that pair (items with one name). */
function inputKeys(inputs: readonly ThresholdInput[]): Map<string, ThresholdInput> {
  const keys = new Map<string, ThresholdInput>();
  const count = new Map<string, number>();
  for (const input of inputs) {
    const base = JSON.stringify([input.item, input.field]);
    const n = count.get(base) ?? 0;
    count.set(base, n + 1);
    keys.set(`${base}#${n}`, input);
  }
  return keys;
}

function decimalOf(text: string): Decimal | undefined {
  return parseDecimal(text);
}

function inputChanges(before: readonly ThresholdInput[], after: readonly ThresholdInput[]): InputChange[] {
  const old = inputKeys(before);
  const now = inputKeys(after);
  const change = (input: ThresholdInput, status: InputChange['status'], from: string | null, to: string | null): InputChange => {
    const a = from === null ? undefined : decimalOf(from);
    const b = to === null ? undefined : decimalOf(to);
    return {
      scenario: input.scenario,
      item: input.item,
      field: input.field,
      path: input.path,
      kind: input.kind,
      per: input.per,
      status,
      before: from,
      after: to,
      change: a === undefined || b === undefined ? null : b.minus(a).toFixed(),
      relative: a === undefined || b === undefined || a.isZero() ? null : b.dividedBy(a).minus(1).toDecimalPlaces(6).toFixed(),
    };
  };
  const changes: InputChange[] = [];
  for (const [key, input] of now) {
    const was = old.get(key);
    if (was === undefined) {
      changes.push(change(input, 'added', null, input.current));
      continue;
    }
    const a = decimalOf(was.current);
    const b = decimalOf(input.current);
    const same = a !== undefined && b !== undefined ? a.equals(b) : was.current === input.current;
    if (!same) changes.push(change(input, 'changed', was.current, input.current));
  }
  for (const [key, input] of old) if (!now.has(key)) changes.push(change(input, 'removed', input.current, null));
  return changes;
}

/** Today's value of a recorded threshold's input: at the same path if it is still the same item and field, else by item and field. */
function todayValue(inputs: readonly ThresholdInput[] | undefined, t: Threshold): string | null {
  if (inputs === undefined) return null;
  const same = (input: ThresholdInput) => input.item === t.item && input.field === t.field;
  return (inputs.find((input) => input.path === t.path && same(input)) ?? inputs.find(same))?.current ?? null;
}

function settingChanges(before: ComparisonSettings, after: ComparisonSettings): RecordChanges['settings'] {
  const shown = (value: unknown): string | null => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));
  const keys = ['from', 'months', 'currency', 'discountRate', 'baseline', 'view', 'rates', 'exitAfter'] as const;
  return keys.flatMap((setting) => {
    const [a, b] = [shown(before[setting]), shown(after[setting])];
    return a === b ? [] : [{ setting, before: a, after: b }];
  });
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * A diff of two definitions by JSON Pointer, value by value. Arrays of named objects (the
 * cost items) are matched by name (the n-th of a name with the n-th), other arrays by
 * position. The numeric inputs (reported as {@link InputChange}) are left out, and so are
 * cost items added or removed as a whole (reported as items).
 */
class DefinitionDiff {
  readonly items: { scenario: string; item: string; status: 'added' | 'removed'; path: string }[] = [];
  readonly texts: TextChange[] = [];
  private readonly inputsBefore: ReadonlySet<string>;
  private readonly inputsAfter: ReadonlySet<string>;

  constructor(
    private readonly scenario: string,
    before: readonly ThresholdInput[],
    after: readonly ThresholdInput[],
  ) {
    this.inputsBefore = new Set(before.map((input) => input.path));
    this.inputsAfter = new Set(after.map((input) => input.path));
  }

  compare(before: JsonObject, after: JsonObject): void {
    this.value(before, after, '', '');
  }

  /** One value on either side; a path is undefined on the side without the value. */
  private value(before: unknown, after: unknown, beforePath: string | undefined, afterPath: string | undefined): void {
    if ((beforePath !== undefined && this.inputsBefore.has(beforePath)) || (afterPath !== undefined && this.inputsAfter.has(afterPath))) return;
    if (isObject(before) && isObject(after)) {
      for (const key of Object.keys(after)) this.value(before[key], after[key], `${beforePath}/${escapePointer(key)}`, `${afterPath}/${escapePointer(key)}`);
      for (const key of Object.keys(before)) if (!(key in after)) this.value(before[key], undefined, `${beforePath}/${escapePointer(key)}`, undefined);
      return;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
      this.array(before, after, beforePath, afterPath);
      return;
    }
    if (before === undefined && (isObject(after) || Array.isArray(after)) && !isEmpty(after)) {
      for (const [key, element] of entriesOf(after)) this.value(undefined, element, undefined, `${afterPath}/${key}`);
      return;
    }
    if (after === undefined && (isObject(before) || Array.isArray(before)) && !isEmpty(before)) {
      for (const [key, element] of entriesOf(before)) this.value(element, undefined, `${beforePath}/${key}`, undefined);
      return;
    }
    if (before !== undefined && after !== undefined && canonicalJson(before) === canonicalJson(after)) return;
    this.texts.push({ scenario: this.scenario, path: (after === undefined ? beforePath : afterPath) ?? '', before: shownText(before), after: shownText(after) });
  }

  private array(before: readonly unknown[], after: readonly unknown[], beforePath: string | undefined, afterPath: string | undefined): void {
    const names = (list: readonly unknown[]) => (list.every((e) => isObject(e) && typeof e['name'] === 'string') ? list.map((e) => (e as { name: string }).name) : undefined);
    const [old, now] = [names(before), names(after)];
    if (old === undefined || now === undefined) {
      for (let i = 0; i < Math.max(before.length, after.length); i++) {
        this.value(before[i], after[i], i < before.length ? `${beforePath}/${i}` : undefined, i < after.length ? `${afterPath}/${i}` : undefined);
      }
      return;
    }
    const isItems = afterPath === '/costs';
    const keyed = (list: readonly string[]) => {
      const count = new Map<string, number>();
      return list.map((name) => {
        const n = count.get(name) ?? 0;
        count.set(name, n + 1);
        return `${JSON.stringify(name)}#${n}`;
      });
    };
    const [oldKeys, nowKeys] = [keyed(old), keyed(now)];
    nowKeys.forEach((key, i) => {
      const j = oldKeys.indexOf(key);
      if (j >= 0) this.value(before[j], after[i], `${beforePath}/${j}`, `${afterPath}/${i}`);
      else if (isItems) this.items.push({ scenario: this.scenario, item: now[i] as string, status: 'added', path: `${afterPath}/${i}` });
      else this.value(undefined, after[i], undefined, `${afterPath}/${i}`);
    });
    oldKeys.forEach((key, j) => {
      if (nowKeys.includes(key)) return;
      if (isItems) this.items.push({ scenario: this.scenario, item: old[j] as string, status: 'removed', path: `${beforePath}/${j}` });
      else this.value(before[j], undefined, `${beforePath}/${j}`, undefined);
    });
  }
}

function isEmpty(value: object): boolean {
  return Object.keys(value).length === 0;
}

function entriesOf(value: object): [string, unknown][] {
  return Array.isArray(value) ? value.map((element, i) => [String(i), element]) : Object.entries(value).map(([key, element]) => [escapePointer(key), element]);
}

function shownText(value: unknown): string | null {
  return value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
}
