/**
 * Writing a decision record: what was decided, on which inputs, with which results — kept
 * as a JSON file (`costmodel report … --record decision.json`) so that a year later the
 * revisit report can say what changed since (`--previous decision.json`).
 *
 *   RevisitReport + scenarios ─▶ decisionRecord ─▶ DecisionRecord (version 1, plain JSON:
 *     every scenario's definition as written, with the sha256 of its canonical JSON, and
 *     the sha256 of the whole record)
 *
 * The format, its JSON Schema, reading and hashing are in lib/record/; what changed since a
 * record, and the recorded forecast against actual spending, are in lib/analysis/.
 */
import { checkScenariosOf } from '../analysis/checkScenariosOf.js';
import type { ThresholdAnalysis, Thresholds } from '../analysis/thresholds.js';
import { DECISION_RECORD_KIND, type DecisionRecord, type RecordedThresholdAnalysis, type RecordedThresholds } from '../record/decisionRecord.js';
import { jsonCopy } from '../record/jsonData.js';
import { definitionHash, recordHash } from '../record/recordHash.js';
import type { Scenario } from '../scenario/scenario.js';
import type { RevisitReport } from './revisitReport.js';

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
    kind: DECISION_RECORD_KIND,
    date: report.date,
    decision: report.decision.text,
    revisit: report.revisit,
    settings: jsonCopy(comparison.settings),
    scenarios: scenarios.map((scenario) => {
      const definition = jsonCopy(scenario.definition);
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

/**
 * The thresholds as record version 1 holds them, with the fields a threshold had then, in
 * their order: what the report added since (a threshold's factor, difference and first
 * flipping value, the rate grid) can be worked out from them, and a record written today
 * reads the same as one written before.
 */
function recordedThresholds(thresholds: Thresholds): RecordedThresholds {
  const analysis = ({ metric, cheapest, thresholds: found }: ThresholdAnalysis): RecordedThresholdAnalysis => ({
    metric,
    cheapest,
    thresholds: found.map((t) => ({
      scenario: t.scenario,
      item: t.item,
      field: t.field,
      path: t.path,
      kind: t.kind,
      current: t.current,
      per: t.per,
      metric: t.metric,
      value: t.value,
      direction: t.direction,
      change: t.change,
      becomes: t.becomes,
      step: t.step,
      method: t.method,
    })),
  });
  return { total: analysis(thresholds.total), npv: thresholds.npv === null ? null : analysis(thresholds.npv) };
}
