/**
 * The decision record format, version 1, as TypeScript types: what `costmodel report
 * --record` writes and `--previous` reads. The JSON Schema (`schema.ts`) is the source of
 * truth of the format; these types say the same for code.
 *
 * A record is frozen data: these types depend on nothing that may change with the analysis
 * or the reports. Today's `Threshold` and `ComparisonSettings` fit them, so a record is
 * written by copying them; when version 2 comes, these types are kept (as
 * `DecisionRecordV1`, …) as the input of the step that upgrades a version-1 record.
 */

/** The kind of a decision record file. */
export const DECISION_RECORD_KIND = 'costmodel-decision-record';
/** The record version this costmodel writes, and the newest it reads. */
export const CURRENT_RECORD_VERSION = 1;

/**
 * A decision record, version 1: the decision as written down, the analysis settings, every
 * scenario's definition as it was then, the results, and the thresholds that would flip it.
 * Plain JSON; money is a decimal string with the currency's minor-unit digits. The format is
 * published as a JSON Schema, {@link decisionRecordSchema}.
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
  readonly settings: RecordedSettings;
  /** The scenarios compared, in order, each with its definition as it was then. */
  readonly scenarios: readonly RecordedScenario[];
  readonly results: RecordedResults;
  /** The thresholds, as the revisit report gave them. */
  readonly thresholds: RecordedThresholds;
  /**
   * SHA-256 of the whole record but this key, as canonical JSON (see {@link recordHash}): a
   * record edited after it was written — a threshold, the decision text, a result — no
   * longer matches it and is refused.
   */
  readonly sha256: string;
};

/**
 * The analysis settings recorded with a decision, every default resolved: the comparison's
 * settings as they were.
 *
 * @example
 * const settings: RecordedSettings = decisionRecord(revisitReport([selfHosted, managedProvider], { months: 36 }), [selfHosted, managedProvider]).settings;
 * settings; // { from: '2009-05', to: '2012-04', months: 36, currency: 'USD', minorDigits: 2, discountRate: null, baseline: 'Self-hosted' }
 */
export type RecordedSettings = {
  /** First month of the analysis, `YYYY-MM`. */
  readonly from: string;
  /** Last month of the analysis, `YYYY-MM`. */
  readonly to: string;
  /** Horizon length in months. */
  readonly months: number;
  readonly currency: string;
  /** Digits of the currency's minor unit (2 for USD). */
  readonly minorDigits: number;
  /** Annual effective discount rate as a decimal fraction (`"0.08"`), or null when not discounting. */
  readonly discountRate: string | null;
  /** Name of the baseline scenario. */
  readonly baseline: string;
  /** The ledger view, when one was asked for. */
  readonly view?: 'cash' | 'amortized';
  /** The exchange rates used, by currency, as decimal strings; absent when every scenario is in `currency`. */
  readonly rates?: Readonly<Record<string, string>>;
  /** The months after which leaving each committed scenario was costed; absent when not asked. */
  readonly exitAfter?: number;
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
 * A threshold as recorded: the value of one input of one scenario at which the decision
 * changes, as the revisit report gave it. A record written by a later costmodel may hold
 * more keys; reading it leaves them out.
 *
 * @example
 * const [fee]: readonly RecordedThreshold[] = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]).thresholds.total.thresholds;
 * [fee?.scenario, fee?.item, fee?.path, fee?.current, fee?.value, fee?.direction]; // ['Managed provider', 'Managed hosting', '/costs/1/amount', '40000', '2750.00', 'down']
 */
export type RecordedThreshold = {
  readonly scenario: string;
  /** The cost item's name; null for the commitment. */
  readonly item: string | null;
  /** The key in the scenario file: `amount`, `price`, `rate`, `months`, … */
  readonly field: string;
  /** JSON Pointer of the input in the scenario's definition. */
  readonly path: string;
  readonly kind: 'money' | 'rate' | 'months';
  /** The input's value when the decision was recorded, as a plain decimal string (a rate as a fraction). */
  readonly current: string;
  /** What the value is per, for sentences: `once`, `a month`, … */
  readonly per: string;
  readonly metric: 'total' | 'npv';
  /** The last value at which the decision held; null when no value of this input alone changes it. */
  readonly value: string | null;
  /** Whether the input had to rise or fall to flip the decision; null with `value`. */
  readonly direction: 'up' | 'down' | null;
  /** The relative change needed, as a decimal fraction; null without a threshold or when `current` is 0. */
  readonly change: string | null;
  /** The scenario that was to become the cheapest beyond the threshold. */
  readonly becomes: string | null;
  /** One step beyond `value`, where the decision flips. */
  readonly step: string;
  readonly method: 'linear' | 'search' | 'every value';
};

/**
 * The recorded thresholds of one decision metric, ranked as the report ranked them.
 *
 * @example
 * const analysis: RecordedThresholdAnalysis = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]).thresholds.total;
 * [analysis.metric, analysis.cheapest, analysis.thresholds.length]; // ['total', 'Self-hosted', 4]
 */
export type RecordedThresholdAnalysis = {
  readonly metric: 'total' | 'npv';
  /** The cheapest scenario by this metric: the decision the thresholds would change. */
  readonly cheapest: string;
  readonly thresholds: readonly RecordedThreshold[];
};

/**
 * The recorded thresholds: by total and, when discounting, by NPV.
 *
 * @example
 * const thresholds: RecordedThresholds = decisionRecord(revisitReport([selfHosted, managedProvider], { discountRate: '8%' }), [selfHosted, managedProvider]).thresholds;
 * [thresholds.total.metric, thresholds.npv?.metric]; // ['total', 'npv']
 */
export type RecordedThresholds = {
  readonly total: RecordedThresholdAnalysis;
  /** Null when not discounting. */
  readonly npv: RecordedThresholdAnalysis | null;
};
