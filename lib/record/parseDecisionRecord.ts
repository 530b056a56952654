/**
 * Reading a decision record: JSON data in, the current {@link DecisionRecord} or every
 * problem out.
 *
 *   JSON data ─▶ a JSON object? ─▶ kind (another costmodel output, a scenario file: say so)
 *     ─▶ version (newer than this costmodel: "upgrade costmodel")
 *     ─▶ switch (version): that version's JSON Schema (ajv, every problem at once), keys it
 *        does not list left out, upgraded step by step to the current version
 *     ─▶ what the schema cannot say: names, months and definition hashes that must agree
 *     ─▶ the record's own hash, of the data as read ─▶ DecisionRecord
 *
 * Records are versioned: every later costmodel reads version 1. Within a version, fields may
 * be added (as in the comparison contract), so a reader ignores keys it does not know;
 * renaming or removing one, or changing what it means, makes a new version, and this gains a
 * step that upgrades the older one.
 */
import { describeValue } from '../issues/describeValue.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { unsafeTextIssues } from '../issues/unsafeText.js';
import { CURRENT_RECORD_VERSION, DECISION_RECORD_KIND, type DecisionRecord } from './decisionRecord.js';
import { isJsonObject } from './jsonData.js';
import { definitionHash, recordHash } from './recordHash.js';
import { decisionRecordSchema } from './schema.js';
import { validateDecisionRecord } from './validateDecisionRecord.js';
import { withoutUnknownKeys } from './withoutUnknownKeys.js';

/** Adds an issue at a JSON Pointer of the record. */
type Report = (code: IssueCode, path: string, message: string) => void;

/**
 * Reads a decision record from JSON data (as `JSON.parse` gives it), with `origin` (the file
 * it came from) named in every issue. Every problem is reported at once, each with the JSON
 * Pointer of its place: not a JSON object; another kind of file; a version newer than this
 * costmodel reads ("upgrade costmodel"); what does not fit the format's JSON Schema
 * ({@link decisionRecordSchema}: missing keys, values of the wrong type or shape); results
 * that do not fit the scenarios or the months; a scenario whose definition does not match
 * its sha256; a record that does not match its own. Keys it does not know are ignored (and
 * left out of the value), so a record from a later costmodel that added a field within
 * version 1 still reads.
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
  const issues: Issue[] = [];
  const report: Report = (code, path, message) => issues.push(origin === undefined ? { code, path, message } : { code, file: origin, path, message });
  const failed = () => ({ ok: false, issues }) as const;
  if (!isJsonObject(data)) {
    report('invalid-record', '', `expected a costmodel decision record (a JSON object), found ${describeValue(data)}`);
    return failed();
  }
  if (data['kind'] !== DECISION_RECORD_KIND) {
    report('invalid-record', '/kind', `expected "${DECISION_RECORD_KIND}", found ${describeValue(data['kind'])}${otherKind(data)}`);
    return failed();
  }
  if (!('version' in data)) {
    report('missing-key', '', 'missing required key "version"');
    return failed();
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    report('invalid-value', '/version', `expected a record version (a whole number from 1), found ${describeValue(version)}`);
    return failed();
  }
  if (version > CURRENT_RECORD_VERSION) {
    report('newer-record-version', '/version', `written by a newer costmodel (record version ${version}); upgrade costmodel to read it`);
    return failed();
  }
  // Its texts reach the report: an edited record is held to what a scenario file is.
  const unsafe = unsafeTextIssues(data, origin);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  let record: DecisionRecord | undefined;
  switch (version) {
    case 1:
      record = recordVersion1(data, origin, issues);
      break;
    // Version 2 adds here `case 1: record = upgradeFrom1(recordVersion1(…)); break;` (with
    // the version-1 schema and types kept, frozen) and `case 2: record = recordVersion2(…)`,
    // each older version upgraded step by step to the current one.
    default:
      throw new Error(`unreachable: record version ${version}`);
  }
  if (record === undefined) return failed();
  crossCheck(record, report);
  if (issues.length === 0) checkRecordHash(data, report);
  return issues.length > 0 ? failed() : { ok: true, value: record };
}

/** A version-1 record's data checked against the schema and left with the keys it lists; undefined when it does not fit (the issues say why). */
function recordVersion1(data: Record<string, unknown>, origin: string | undefined, issues: Issue[]): DecisionRecord | undefined {
  const problems = validateDecisionRecord(data, origin);
  issues.push(...problems);
  // valid against the schema: the shape of DecisionRecord, whose types the schema mirrors
  return problems.length > 0 ? undefined : withoutUnknownKeys(decisionRecordSchema, data as DecisionRecord);
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

/** What the schema cannot say: names, months and definition hashes that must agree. */
function crossCheck(record: DecisionRecord, report: Report): void {
  const names = record.scenarios.map((s) => s.name);
  const seen = new Set<string>();
  record.scenarios.forEach((s, i) => {
    if (seen.has(s.name)) report('invalid-value', `/scenarios/${i}/name`, `a scenario named "${s.name}" is recorded twice`);
    seen.add(s.name);
  });
  const quoted = (list: readonly string[]) => list.map((name) => `"${name}"`).join(', ');
  const resultNames = record.results.scenarios.map((s) => s.name);
  if (resultNames.length !== names.length || resultNames.some((name, i) => name !== names[i])) {
    report('invalid-value', '/results/scenarios', `expected the results of ${quoted(names)} (the recorded scenarios, in order), found ${quoted(resultNames)}`);
  }
  for (const key of ['cheapest', 'cheapestByNpv'] as const) {
    const name = record.results[key];
    if (name !== null && !names.includes(name)) report('invalid-value', `/results/${key}`, `expected the name of a recorded scenario (${quoted(names)}), found "${name}"`);
  }
  const months = record.results.months.length;
  if (record.settings.months !== months) report('invalid-value', '/results/months', `expected the ${record.settings.months} months of /settings/months, found ${months}`);
  record.results.scenarios.forEach((s, i) => {
    if (s.monthly.length !== months) report('invalid-value', `/results/scenarios/${i}/monthly`, `expected an amount for each of the ${months} months of /results/months, found ${s.monthly.length}`);
  });
  record.scenarios.forEach((s, i) => {
    const now = definitionHash(s.definition);
    if (now === s.sha256) return;
    report(
      'record-hash-mismatch',
      `/scenarios/${i}/sha256`,
      `the definition of "${s.name}" does not match its sha256 (edited by hand?): the record says ${s.sha256}, the definition hashes to ${now}; ` +
        `restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to "${now}"`,
    );
  });
}

/** The record as read (keys this costmodel does not know included) against its own `sha256`. */
function checkRecordHash(data: Record<string, unknown>, report: Report): void {
  const stated = data['sha256'];
  const now = recordHash(data);
  if (stated === now) return;
  report(
    'record-hash-mismatch',
    '/sha256',
    `the record does not match its sha256 (edited by hand?): it says ${String(stated)}, the record hashes to ${now}; ` +
      `restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to "${now}"`,
  );
}
