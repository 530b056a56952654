/**
 * Reading a decision record: every problem at once, each at its JSON Pointer with what was
 * expected and what was found. Every message is written out by hand; the hashes of edited
 * records are computed here with a canonical JSON of the test's own (sorted keys through
 * JSON.stringify), not with the code under test.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Issue } from '../../lib/issues/issue.js';
import type { DecisionRecord } from '../../lib/record/decisionRecord.js';
import { parseDecisionRecord } from '../../lib/record/parseDecisionRecord.js';
import { readExample } from '../support/fixtures.js';
import { RECORD_FIXTURE, foundingRecord as record, recordData } from '../support/records.js';

const HASH_ADVICE = 'restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to';

/** `[code, path, message]` of each issue of parsing `data`; every issue names the file. */
function problems(data: unknown): [string, string | undefined, string][] {
  const result = parseDecisionRecord(data, 'decision.json');
  if (result.ok) assert.fail('expected issues, the record parsed');
  for (const issue of result.issues) assert.equal(issue.file, 'decision.json');
  return result.issues.map((issue: Issue) => [issue.code, issue.path, issue.message]);
}

/** SHA-256 of JSON with the keys of every object sorted: an oracle independent of recordHash. */
function sortedJsonHash(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(sorted(value)), 'utf8').digest('hex');
}

/** The data with its `sha256` set to what it hashes to, as a costmodel that wrote it would. */
function rehashed(data: Record<string, unknown>): Record<string, unknown> & { sha256: string } {
  const { sha256: _own, ...body } = data;
  return { ...data, sha256: sortedJsonHash(body) };
}

type Thresholds = { total: { cheapest?: string; thresholds: Record<string, unknown>[] }; npv: unknown };

describe('parseDecisionRecord', () => {
  it('reads the founding record of version 1, written once and kept unchanged', () => {
    const parsed = parseDecisionRecord(JSON.parse(readFileSync(RECORD_FIXTURE, 'utf8')) as unknown, RECORD_FIXTURE);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const founding: DecisionRecord = parsed.value;
    assert.deepEqual([founding.version, founding.date, founding.decision, founding.revisit], [1, '2009-05-04', 'Not now: keep self-hosting and revisit in May 2010', '2010-05']);
    assert.deepEqual(
      founding.results.scenarios.map((s) => [s.name, s.total]),
      [
        ['Self-hosted', '144000.00'],
        ['Managed provider', '1485000.00'],
      ],
    );
    assert.deepEqual(
      founding.thresholds.total.thresholds.filter((t) => t.value !== null).map((t) => [t.item, t.value]),
      [
        ['Managed hosting', '2750.00'],
        ['Self-hosting', '495000.00'],
      ],
    );
  });

  it('not a JSON object', () => {
    for (const data of [null, [], 'decision', 42]) {
      const found = Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data === 'string' ? '"decision"' : '42';
      assert.deepEqual(problems(data), [['invalid-record', '', `expected a costmodel decision record (a JSON object), found ${found}`]]);
    }
  });

  it('another kind of file: says what it is', () => {
    assert.deepEqual(problems({ version: 1, kind: 'comparison' }), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found "comparison": this is the JSON output of costmodel compare, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems({ version: 1, kind: 'schedule' }), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found "schedule": this is the JSON output of costmodel schedule, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems({ version: 1, kind: 'revisit-report' }), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found "revisit-report": this is the JSON output of costmodel report, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems(readExample('self-hosted.json')), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found nothing: this looks like a scenario file, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems({ kind: 'invoice' }), [['invalid-record', '/kind', 'expected "costmodel-decision-record", found "invoice"']]);
  });

  it('a version newer than this costmodel reads: upgrade costmodel', () => {
    assert.deepEqual(problems({ ...recordData(), version: 2 }), [
      ['newer-record-version', '/version', 'written by a newer costmodel (record version 2); upgrade costmodel to read it'],
    ]);
    // whatever else a newer version holds is not judged by this version's schema
    assert.deepEqual(problems({ kind: 'costmodel-decision-record', version: 7, results: 'elsewhere' }), [
      ['newer-record-version', '/version', 'written by a newer costmodel (record version 7); upgrade costmodel to read it'],
    ]);
  });

  it('a missing or invalid version', () => {
    const { version: _version, ...without } = recordData();
    assert.deepEqual(problems(without), [['missing-key', '', 'missing required key "version"']]);
    for (const [version, found] of [['1', '"1"'], [0, '0'], [1.5, '1.5'], [null, 'null']] as const) {
      assert.deepEqual(problems({ ...recordData(), version }), [['invalid-value', '/version', `expected a record version (a whole number from 1), found ${found}`]]);
    }
  });

  it('missing keys, every one at once: each at the object that lacks it', () => {
    const data = recordData();
    delete data['revisit'];
    delete data['sha256'];
    delete data.settings['currency'];
    delete data.scenarios[1]!['definition'];
    delete data.results['months'];
    delete (data['thresholds'] as Thresholds).total.cheapest;
    assert.deepEqual(problems(data), [
      ['missing-key', '', 'missing required key "revisit"'],
      ['missing-key', '', 'missing required key "sha256"'],
      ['missing-key', '/settings', 'missing required key "currency"'],
      ['missing-key', '/scenarios/1', 'missing required key "definition"'],
      ['missing-key', '/results', 'missing required key "months"'],
      ['missing-key', '/thresholds/total', 'missing required key "cheapest"'],
    ]);
  });

  it('values of the wrong type, each at its place', () => {
    const data = recordData();
    data['decision'] = 42;
    data.settings['months'] = '36';
    data.settings['minorDigits'] = -1;
    data.scenarios[1]!['definition'] = [];
    data.results['scenarios'] = {};
    (data['thresholds'] as Thresholds).npv = 'none';
    assert.deepEqual(problems(data), [
      ['wrong-type', '/decision', 'expected a text or null, found 42'],
      ['wrong-type', '/settings/months', 'expected an integer, found the text "36"'],
      ['out-of-range', '/settings/minorDigits', 'expected a number of at least 0, found -1'],
      ['wrong-type', '/scenarios/1/definition', 'expected a scenario definition (a JSON object), found an array'],
      ['wrong-type', '/results/scenarios', 'expected an array, found an object'],
      ['wrong-type', '/thresholds/npv', 'expected an object or null, found the text "none"'],
    ]);
  });

  it('values of the wrong shape — a day, a month, a currency, a rate, an amount, a SHA-256, a pointer, one of a list — each at its place', () => {
    const data = recordData();
    data['date'] = '2009-02-30';
    data['revisit'] = 'May 2010';
    data.settings['currency'] = 'usd';
    data.settings['discountRate'] = '8%';
    data.settings['view'] = 'accrual';
    data.settings['rates'] = { EUR: '1,08' };
    data.scenarios[0]!['sha256'] = 'abc';
    const results = data.results as { scenarios: { monthly: unknown[] }[]; months: unknown[] };
    results.scenarios[1]!.monthly[3] = '40,000.00';
    results.months[0] = '2009-13';
    const [fee] = (data['thresholds'] as Thresholds).total.thresholds;
    fee!['path'] = 'costs/1/amount';
    fee!['direction'] = 'sideways';
    fee!['value'] = '2,750';
    assert.deepEqual(problems(data), [
      ['invalid-value', '/date', 'expected a day as YYYY-MM-DD (such as "2009-05-04") or null, found "2009-02-30"'],
      ['invalid-value', '/revisit', 'expected a month as YYYY-MM (such as "2010-05"), found "May 2010"'],
      ['invalid-value', '/settings/currency', 'expected a three-letter ISO 4217 currency code (such as "USD"), found "usd"'],
      ['invalid-value', '/settings/discountRate', 'expected a decimal number as text (such as "0.08") or null, found "8%"'],
      ['invalid-value', '/settings/view', 'expected one of "cash", "amortized", found "accrual"'],
      ['invalid-value', '/settings/rates/EUR', 'expected a decimal number as text (such as "0.08"), found "1,08"'],
      ['invalid-value', '/scenarios/0/sha256', 'expected a SHA-256 as 64 lowercase hexadecimal digits, found "abc"'],
      ['invalid-value', '/results/scenarios/1/monthly/3', 'expected an amount as a decimal number in text (such as "1485000.00"), found "40,000.00"'],
      ['invalid-value', '/results/months/0', 'expected a month as YYYY-MM (such as "2010-05"), found "2009-13"'],
      ['invalid-value', '/thresholds/total/thresholds/0/path', 'expected a JSON Pointer (such as "/costs/1/amount"), found "costs/1/amount"'],
      ['invalid-value', '/thresholds/total/thresholds/0/value', 'expected a decimal number as text (such as "0.08") or null, found "2,750"'],
      ['invalid-value', '/thresholds/total/thresholds/0/direction', 'expected one of "up", "down", null, found "sideways"'],
    ]);
  });

  it('days that do not exist: 2009 is not a leap year, April has 30 days', () => {
    for (const date of ['2009-02-29', '2010-04-31', '2010-00-10', '10-05-2010']) {
      assert.deepEqual(problems({ ...recordData(), date }), [['invalid-value', '/date', `expected a day as YYYY-MM-DD (such as "2009-05-04") or null, found "${date}"`]]);
    }
  });

  it('the shape first: what must agree is checked once every value has its place', () => {
    const data = recordData();
    data['revisit'] = 'May 2010';
    data.results['cheapest'] = 'Cloud';
    assert.deepEqual(problems(data), [['invalid-value', '/revisit', 'expected a month as YYYY-MM (such as "2010-05"), found "May 2010"']]);
  });

  it('results that do not fit the scenarios or the months', () => {
    const data = recordData();
    data.results['cheapest'] = 'Cloud';
    const scenarios = data.results['scenarios'] as { name: string; monthly: string[] }[];
    scenarios[1]!.monthly.pop();
    (data.results['months'] as string[]).pop();
    assert.deepEqual(problems(data), [
      ['invalid-value', '/results/cheapest', 'expected the name of a recorded scenario ("Self-hosted", "Managed provider"), found "Cloud"'],
      ['invalid-value', '/results/months', 'expected the 36 months of /settings/months, found 35'],
      ['invalid-value', '/results/scenarios/0/monthly', 'expected an amount for each of the 35 months of /results/months, found 36'],
    ]);
    scenarios.reverse();
    assert.deepEqual(problems({ ...data, results: { ...data.results, cheapest: 'Self-hosted' } })[0], [
      'invalid-value',
      '/results/scenarios',
      'expected the results of "Self-hosted", "Managed provider" (the recorded scenarios, in order), found "Managed provider", "Self-hosted"',
    ]);
  });

  it('two scenarios with one name', () => {
    const data = recordData();
    data.scenarios[1]!['name'] = 'Self-hosted';
    assert.deepEqual(problems(data)[0], ['invalid-value', '/scenarios/1/name', 'a scenario named "Self-hosted" is recorded twice']);
  });

  it('a definition edited by hand does not match its sha256: an error, with the hash it has now', () => {
    const data = recordData();
    const definition = data.scenarios[1]!['definition'] as { costs: Record<string, unknown>[] };
    definition.costs[1]!['amount'] = '4000';
    const now = sortedJsonHash(definition);
    assert.deepEqual(problems(data), [
      [
        'record-hash-mismatch',
        '/scenarios/1/sha256',
        `the definition of "Managed provider" does not match its sha256 (edited by hand?): the record says 5af7a5f6bdffb6aea6eb5623a9e21ff0857cbcd6cc5d8bde0b3c243d46a25b1a, the definition hashes to ${now}; ${HASH_ADVICE} "${now}"`,
      ],
    ]);
    // reformatting the file or reordering keys is not an edit
    const reordered = recordData();
    reordered.scenarios[1]!['definition'] = Object.fromEntries(Object.entries(reordered.scenarios[1]!['definition'] as object).reverse());
    assert.ok(parseDecisionRecord(JSON.parse(JSON.stringify(reordered, null, 7))).ok);
  });

  it('a record edited anywhere else — the decision, a threshold, a result — does not match its own sha256', () => {
    for (const edit of [
      (data: Record<string, unknown>) => (data['decision'] = 'We decided to sign'),
      (data: Record<string, unknown>) => ((data['thresholds'] as Thresholds).total.thresholds[0]!['value'] = '2500.00'),
      (data: Record<string, unknown>) => ((data['results'] as { cheapest: string }).cheapest = 'Managed provider'),
    ]) {
      const data: Record<string, unknown> = recordData();
      edit(data);
      const { sha256: _own, ...body } = data;
      const now = sortedJsonHash(body);
      assert.deepEqual(problems(data), [
        ['record-hash-mismatch', '/sha256', `the record does not match its sha256 (edited by hand?): it says ${record.sha256}, the record hashes to ${now}; ${HASH_ADVICE} "${now}"`],
      ]);
    }
  });

  it('ignores keys it does not know, at every level, and leaves them out (a later costmodel may add fields within version 1)', () => {
    const data = recordData();
    const thresholds = data['thresholds'] as Thresholds;
    thresholds.total.thresholds[0] = { ...thresholds.total.thresholds[0], factor: '0.06875', difference: '-37250.00' };
    const added = { ...data, comment: 'board meeting', settings: { ...data.settings, region: 'eu' }, results: { ...data.results, note: 'x' } };
    // written by that later costmodel, so hashed with the keys it added
    const written = rehashed(added);
    const parsed = parseDecisionRecord(written);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value, { ...record, sha256: written.sha256 });
    // …and the hash is of the record as read: those keys count
    const { comment: _comment, ...withoutComment } = written;
    assert.equal(problems(withoutComment)[0]?.[0], 'record-hash-mismatch');
  });

  it('a definition is kept whole: it is the scenario as written, whatever its format', () => {
    const data = recordData();
    const definition = { ...(data.scenarios[0]!['definition'] as object), futureKey: { nested: true } };
    data.scenarios[0] = { ...data.scenarios[0], definition, sha256: sortedJsonHash(definition) };
    const parsed = parseDecisionRecord(rehashed(data));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value.scenarios[0]?.definition['futureKey'], { nested: true });
  });

  it('issues without a file when no origin is given', () => {
    const parsed = parseDecisionRecord([]);
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.issues, [{ code: 'invalid-record', path: '', message: 'expected a costmodel decision record (a JSON object), found an array' }]);
    const wrong = parseDecisionRecord({ ...recordData(), revisit: 'May 2010' });
    assert.ok(!wrong.ok);
    assert.deepEqual(wrong.issues, [{ code: 'invalid-value', path: '/revisit', message: 'expected a month as YYYY-MM (such as "2010-05"), found "May 2010"' }]);
  });
});
