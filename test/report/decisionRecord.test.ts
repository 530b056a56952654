/**
 * Decision records: `costmodel report … --record decision.json` writes what was decided and
 * on which inputs; a year later `--previous decision.json` compares today with it. Every
 * expected value is worked out by hand from the founding example: self-hosting is 48,000.00
 * a year billed monthly (4,000.00 a month, 144,000.00 over 36 months); the managed provider
 * is 45,000.00 once plus 40,000.00 a month (1,485,000.00); the decision flips when the
 * provider's fee falls below 2,750.00 a month (45,000 + 36 × 2,750 = 144,000: a tie keeps
 * the baseline) or self-hosting rises above 495,000.00 a year.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Issue } from '../../lib/issues/issue.js';
import { renderJson } from '../../lib/render/renderJson.js';
import {
  decisionRecord,
  definitionHash,
  forecastAgainstActuals,
  parseDecisionRecord,
  recordChanges,
  recordHash,
  type DecisionRecord,
  type ThresholdCheck,
} from '../../lib/report/decisionRecord.js';
import { revisitReport, type RevisitOptions } from '../../lib/report/revisitReport.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { foundingScenarios, projectRoot, readExample, scenarioOf } from '../support/fixtures.js';

const FIXTURE = `${projectRoot}test/fixtures/records/founding-v1.json`;
const FOUNDING: RevisitOptions = { months: 36, revisit: '2010-05', date: '2009-05-04', decision: 'Not now: keep self-hosting and revisit in May 2010' };
const A_YEAR_LATER: RevisitOptions = { months: 36, revisit: '2011-05', date: '2010-05-03' };

const { selfHosted, managed } = foundingScenarios();
const founding = [selfHosted, managed];
const foundingReport = revisitReport(founding, FOUNDING);
const record = decisionRecord(foundingReport, founding);
const itHire = scenarioOf(readExample('self-hosted-with-it-hire.json') as ScenarioFile, 'scenarios/self-hosted-with-it-hire.json');

/** A scenario like `scenario` with its definition changed by `edit` (on a copy). */
function edited(scenario: Scenario, edit: (file: { costs: Record<string, unknown>[] } & Record<string, unknown>) => void): Scenario {
  const file = structuredClone(scenario.definition) as unknown as { costs: Record<string, unknown>[] } & Record<string, unknown>;
  edit(file);
  return scenarioOf(file as unknown as ScenarioFile, scenario.origin);
}

/** The changes since the founding record, for today's scenarios. */
function changesSince(today: readonly Scenario[], options: RevisitOptions = A_YEAR_LATER) {
  return recordChanges(record, revisitReport(today, options), today);
}

/** The record as plain data to break: JSON in, JSON out. */
function recordData(): Record<string, unknown> & { scenarios: Record<string, unknown>[]; results: Record<string, unknown>; settings: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(record)) as ReturnType<typeof recordData>;
}

/** `[code, path, message]` of each issue of parsing `data`; every issue names the file. */
function problems(data: unknown): [string, string | undefined, string][] {
  const result = parseDecisionRecord(data, 'decision.json');
  if (result.ok) assert.fail('expected issues, the record parsed');
  for (const issue of result.issues) assert.equal(issue.file, 'decision.json');
  return result.issues.map((issue: Issue) => [issue.code, issue.path, issue.message]);
}

describe('decisionRecord', () => {
  it('records the decision, the settings, the scenarios as written, the results and the thresholds', () => {
    assert.deepEqual([record.version, record.kind, record.date, record.decision, record.revisit], [1, 'costmodel-decision-record', '2009-05-04', FOUNDING.decision, '2010-05']);
    assert.deepEqual(record.settings, { from: '2009-05', to: '2012-04', months: 36, currency: 'USD', minorDigits: 2, discountRate: null, baseline: 'Self-hosted' });
    assert.deepEqual(
      record.scenarios.map((s) => [s.name, s.origin]),
      [
        ['Self-hosted', 'scenarios/self-hosted.json'],
        ['Managed provider', 'scenarios/managed-provider.json'],
      ],
    );
    assert.deepEqual(record.scenarios[1]?.definition, readExample('managed-provider.json'));
    assert.deepEqual([record.results.cheapest, record.results.cheapestByNpv], ['Self-hosted', null]);
    assert.deepEqual(
      record.results.scenarios.map((s) => [s.name, s.total, s.npv, s.monthly.length, s.monthly[0], s.monthly[1]]),
      [
        ['Self-hosted', '144000.00', null, 36, '4000.00', '4000.00'],
        ['Managed provider', '1485000.00', null, 36, '85000.00', '40000.00'],
      ],
    );
    assert.deepEqual([record.results.months[0], record.results.months.at(-1), record.results.months.length], ['2009-05', '2012-04', 36]);
    // as record version 1 has them: without the fields thresholds gained later (factor, difference, rateStep)
    const v1 = (a: typeof foundingReport.thresholds.total) => ({ ...a, thresholds: a.thresholds.map(({ factor: _f, difference: _d, ...t }) => t) });
    assert.deepEqual(record.thresholds, { total: v1(foundingReport.thresholds.total), npv: null });
    assert.deepEqual(
      record.thresholds.total.thresholds.slice(0, 2).map((t) => [t.scenario, t.item, t.value, t.direction]),
      [
        ['Managed provider', 'Managed hosting', '2750.00', 'down'],
        ['Self-hosted', 'Self-hosting', '495000.00', 'up'],
      ],
    );
  });

  it('hashes each definition: sha256 of its canonical JSON', () => {
    for (const scenario of record.scenarios) assert.equal(scenario.sha256, definitionHash(scenario.definition));
    assert.match(record.scenarios[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  it('is plain JSON data, a copy of the definitions', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
    assert.notEqual(record.scenarios[0]?.definition, selfHosted.definition);
  });

  it('round trip: record → JSON text → parse gives the same record', () => {
    const parsed = parseDecisionRecord(JSON.parse(renderJson(record)), 'decision.json');
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value, record);
  });

  it('round trip with discounting: NPVs and the thresholds by NPV', () => {
    const discounted = revisitReport(founding, { ...FOUNDING, discountRate: '8%' });
    const written = decisionRecord(discounted, founding);
    assert.deepEqual([written.settings.discountRate, written.results.cheapestByNpv, written.thresholds.npv?.metric], ['0.08', 'Self-hosted', 'npv']);
    assert.ok(written.results.scenarios.every((s) => s.npv !== null && /^\d+\.\d{2}$/.test(s.npv)));
    const parsed = parseDecisionRecord(JSON.parse(renderJson(written)));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value, written);
  });

  it('refuses scenarios other than the ones the report compares', () => {
    assert.throws(() => decisionRecord(foundingReport, [selfHosted]), /not the scenarios the report compares/);
    assert.throws(() => decisionRecord(foundingReport, [managed, selfHosted]), /not the scenarios the report compares/);
  });
});

describe('definitionHash', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('is the sha256 of the JSON with keys sorted at every level and no whitespace', () => {
    assert.equal(definitionHash({ b: [2, { d: 1, c: 'x é' }], a: null }), sha256('{"a":null,"b":[2,{"c":"x é","d":1}]}'));
    assert.equal(definitionHash({}), sha256('{}'));
  });

  it('does not change with the order of keys', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    assert.equal(definitionHash(reversed(managed.definition)), definitionHash(managed.definition));
    // a scenario read from the same file with its keys in another order is recorded with the same hash
    const reordered = scenarioOf(reversed(managed.definition) as ScenarioFile, managed.origin);
    assert.equal(decisionRecord(revisitReport([selfHosted, reordered], FOUNDING), [selfHosted, reordered]).scenarios[1]?.sha256, record.scenarios[1]?.sha256);
    fc.assert(fc.property(fc.jsonValue(), (value) => definitionHash(reversed(value)) === definitionHash(value)));
  });

  it('changes with any value', () => {
    const raised = edited(selfHosted, (file) => (file.costs[0]!['amount'] = '52000'));
    assert.notEqual(definitionHash(raised.definition), definitionHash(selfHosted.definition));
    // a number and the same number as text are different content
    assert.notEqual(definitionHash({ amount: 48000 }), definitionHash({ amount: '48000' }));
  });
});

describe('parseDecisionRecord', () => {
  it('a future version reads version 1: the founding record, written once and checked by hand', () => {
    const parsed = parseDecisionRecord(JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown, FIXTURE);
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

  // Remove this test when version 2 is written: the fixture stays version 1 forever.
  it('while version 1 is current, the writer writes exactly the fixture', () => {
    assert.equal(renderJson(record), readFileSync(FIXTURE, 'utf8'));
  });

  it('not a JSON object', () => {
    for (const data of [null, [], 'decision', 42]) {
      const found = Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data === 'string' ? '"decision"' : '42';
      assert.deepEqual(problems(data), [['invalid-record', '', `expected a costmodel decision record (a JSON object), found ${found}`]]);
    }
  });

  it('another kind of file', () => {
    assert.deepEqual(problems({ version: 1, kind: 'comparison' }), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found "comparison": this is the JSON output of costmodel compare, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems({ version: 1, kind: 'revisit-report' }), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found "revisit-report": this is the JSON output of costmodel report, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems(readExample('self-hosted.json')), [
      ['invalid-record', '/kind', 'expected "costmodel-decision-record", found nothing: this looks like a scenario file, not a decision record (write one with costmodel report --record FILE)'],
    ]);
    assert.deepEqual(problems({ kind: 'invoice' }), [['invalid-record', '/kind', 'expected "costmodel-decision-record", found "invoice"']]);
  });

  it('a version newer than this costmodel reads', () => {
    assert.deepEqual(problems({ ...recordData(), version: 2 }), [
      ['newer-record-version', '/version', 'written by a newer costmodel (record version 2); upgrade costmodel to read it'],
    ]);
  });

  it('a missing or invalid version', () => {
    const { version: _version, ...without } = recordData();
    assert.deepEqual(problems(without), [['missing-key', '', 'missing required key "version"']]);
    for (const [version, found] of [['1', '"1"'], [0, '0'], [1.5, '1.5'], [null, 'null']] as const) {
      assert.deepEqual(problems({ ...recordData(), version }), [['invalid-value', '/version', `expected a record version (a whole number from 1), found ${found}`]]);
    }
  });

  it('missing keys, every one at once', () => {
    const data = recordData();
    delete data['revisit'];
    delete data['thresholds'];
    delete data.scenarios[1]!['definition'];
    delete data.results['months'];
    assert.deepEqual(problems(data), [
      ['missing-key', '', 'missing required key "revisit"'],
      ['missing-key', '/scenarios/1', 'missing required key "definition"'],
      ['missing-key', '/results', 'missing required key "months"'],
      ['missing-key', '', 'missing required key "thresholds"'],
    ]);
  });

  it('invalid values, with the place of each', () => {
    const data = recordData();
    data['date'] = '2009-02-30';
    data['revisit'] = 'May 2010';
    data['decision'] = 42;
    data.settings['months'] = '36';
    data.settings['discountRate'] = '8%';
    data.scenarios[0]!['sha256'] = 'abc';
    data.scenarios[1]!['definition'] = [];
    const monthly = (data.results['scenarios'] as { monthly: unknown[] }[])[1]!.monthly;
    monthly[3] = '40,000.00';
    const thresholds = (data['thresholds'] as { total: { thresholds: Record<string, unknown>[] } }).total.thresholds;
    thresholds[0]!['direction'] = 'sideways';
    assert.deepEqual(problems(data), [
      ['invalid-value', '/date', 'expected a day as YYYY-MM-DD or null, found "2009-02-30"'],
      ['invalid-value', '/decision', 'expected a text or null, found 42'],
      ['invalid-value', '/revisit', 'expected a month as YYYY-MM, found "May 2010"'],
      ['invalid-value', '/settings/months', 'expected a whole number from 1, found "36"'],
      ['invalid-value', '/settings/discountRate', 'expected a decimal number as text (such as "0.08") or null, found "8%"'],
      ['invalid-value', '/scenarios/0/sha256', 'expected a SHA-256 as 64 lowercase hexadecimal digits, found "abc"'],
      ['invalid-value', '/scenarios/1/definition', 'expected a scenario definition (a JSON object), found an array'],
      ['invalid-value', '/results/scenarios/1/monthly/3', 'expected an amount as a decimal number in text (such as "1485000.00"), found "40,000.00"'],
      ['invalid-value', '/thresholds/total/thresholds/0/direction', 'expected one of "up", "down" or null, found "sideways"'],
    ]);
  });

  it('results that do not fit the scenarios or the months', () => {
    const data = recordData();
    data.results['cheapest'] = 'Cloud';
    const scenarios = data.results['scenarios'] as { name: string; monthly: string[] }[];
    scenarios[1]!.monthly.pop();
    assert.deepEqual(problems(data), [
      ['invalid-value', '/results/cheapest', 'expected the name of a recorded scenario ("Self-hosted", "Managed provider"), found "Cloud"'],
      ['invalid-value', '/results/scenarios/1/monthly', 'expected an amount for each of the 36 months of /results/months, found 35'],
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

  it('a record edited anywhere else — the decision, a threshold, a result — does not match its own sha256', () => {
    for (const edit of [
      (data: Record<string, unknown>) => (data['decision'] = 'We decided to sign'),
      (data: Record<string, unknown>) => ((data['thresholds'] as { total: { thresholds: { value: string }[] } }).total.thresholds[0]!.value = '2500.00'),
      (data: Record<string, unknown>) => ((data['results'] as { cheapest: string }).cheapest = 'Managed provider'),
    ]) {
      const data = recordData() as unknown as Record<string, unknown>;
      edit(data);
      const now = recordHash(data);
      assert.deepEqual(problems(data), [
        [
          'record-hash-mismatch',
          '/sha256',
          `the record does not match its sha256 (edited by hand?): it says ${record.sha256}, the record hashes to ${now}; restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to "${now}"`,
        ],
      ]);
    }
  });

  it('a definition that does not match its hash is an error: edited by hand?', () => {
    const data = recordData();
    const definition = data.scenarios[1]!['definition'] as { costs: Record<string, unknown>[] };
    definition.costs[1]!['amount'] = '4000';
    const now = definitionHash(definition);
    assert.deepEqual(problems(data), [
      [
        'record-hash-mismatch',
        '/scenarios/1/sha256',
        `the definition of "Managed provider" does not match its sha256 (edited by hand?): the record says ${record.scenarios[1]?.sha256}, the definition hashes to ${now}; restore the record from where it is kept (version control, a backup), or, if the change is deliberate, set "sha256" to "${now}"`,
      ],
    ]);
    // reformatting the file or reordering keys is not an edit
    const reordered = recordData();
    reordered.scenarios[1]!['definition'] = Object.fromEntries(Object.entries(reordered.scenarios[1]!['definition'] as object).reverse());
    assert.ok(parseDecisionRecord(JSON.parse(JSON.stringify(reordered, null, 7))).ok);
  });

  it('ignores keys it does not know (a later costmodel may add fields within version 1)', () => {
    const added = { ...recordData(), comment: 'board meeting', results: { ...recordData().results, note: 'x' } };
    // written by that later costmodel, so hashed with the keys it added
    const data = { ...added, sha256: recordHash(added) };
    const parsed = parseDecisionRecord(data);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value, { ...record, sha256: data.sha256 });
  });

  it('issues without a file when no origin is given', () => {
    const parsed = parseDecisionRecord([]);
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.issues, [{ code: 'invalid-record', path: '', message: 'expected a costmodel decision record (a JSON object), found an array' }]);
  });
});

describe('recordChanges', () => {
  const watched = (checks: readonly ThresholdCheck[]) => checks.map((c) => [c.metric, c.scenario, c.item, c.threshold, c.direction, c.before, c.now, c.crossed]);

  it('nothing changed: the same scenarios a year later', () => {
    const changes = changesSince(founding);
    assert.deepEqual(changes.since, { date: '2009-05-04', decision: FOUNDING.decision, revisit: '2010-05' });
    // a year later the report looks ahead from its own month
    assert.deepEqual(changes.settings, [{ setting: 'from', before: '2009-05', after: '2010-05' }]);
    assert.deepEqual(changes.scenarios, { added: [], removed: [], unchanged: ['Self-hosted', 'Managed provider'], changed: [] });
    assert.deepEqual([changes.items, changes.inputs, changes.texts], [[], [], []]);
    assert.deepEqual(watched(changes.thresholds), [
      ['total', 'Managed provider', 'Managed hosting', '2750.00', 'down', '40000', '40000', false],
      ['total', 'Self-hosted', 'Self-hosting', '495000.00', 'up', '48000', '48000', false],
    ]);
    assert.deepEqual(changes.decision, { changed: false, total: { before: 'Self-hosted', now: 'Self-hosted', changed: false }, npv: null });
    assert.deepEqual(changes.results, [
      { scenario: 'Self-hosted', total: { before: '144000.00', now: '144000.00', difference: '0.00' }, npv: null },
      { scenario: 'Managed provider', total: { before: '1485000.00', now: '1485000.00', difference: '0.00' }, npv: null },
    ]);
  });

  it('the provider cuts its fee from 40000 to 2500: the threshold of 2750 is crossed and the decision flips', () => {
    const cheaper = edited(managed, (file) => (file.costs[1]!['amount'] = '2500'));
    const changes = changesSince([selfHosted, cheaper]);
    assert.deepEqual(changes.scenarios, { added: [], removed: [], unchanged: ['Self-hosted'], changed: ['Managed provider'] });
    assert.deepEqual(changes.inputs, [
      {
        scenario: 'Managed provider',
        item: 'Managed hosting',
        field: 'amount',
        path: '/costs/1/amount',
        kind: 'money',
        per: 'a month',
        status: 'changed',
        before: '40000',
        after: '2500',
        change: '-37500',
        relative: '-0.9375',
      },
    ]);
    assert.deepEqual(changes.texts, []);
    const [fee, selfHosting] = changes.thresholds;
    assert.deepEqual(fee, {
      metric: 'total',
      scenario: 'Managed provider',
      item: 'Managed hosting',
      field: 'amount',
      path: '/costs/1/amount',
      kind: 'money',
      per: 'a month',
      threshold: '2750.00',
      direction: 'down',
      becomes: 'Managed provider',
      before: '40000',
      now: '2500',
      crossed: true,
    });
    assert.deepEqual([selfHosting?.item, selfHosting?.crossed], ['Self-hosting', false]);
    assert.deepEqual(changes.decision, { changed: true, total: { before: 'Self-hosted', now: 'Managed provider', changed: true }, npv: null });
    // 45,000 + 36 × 2,500 = 135,000
    assert.deepEqual(changes.results[1], { scenario: 'Managed provider', total: { before: '1485000.00', now: '135000.00', difference: '-1350000.00' }, npv: null });
  });

  it('self-hosting rises from 48000 to 52000 a year: changed, not past 495000', () => {
    const dearer = edited(selfHosted, (file) => (file.costs[0]!['amount'] = '52000'));
    const changes = changesSince([dearer, managed]);
    assert.deepEqual(changes.scenarios, { added: [], removed: [], unchanged: ['Managed provider'], changed: ['Self-hosted'] });
    assert.equal(changes.inputs.length, 1);
    const [input] = changes.inputs;
    assert.deepEqual(
      [input?.item, input?.path, input?.per, input?.before, input?.after, input?.change, input?.relative],
      ['Self-hosting', '/costs/0/amount', 'a year', '48000', '52000', '4000', '0.083333'],
    );
    assert.deepEqual(watched(changes.thresholds)[1], ['total', 'Self-hosted', 'Self-hosting', '495000.00', 'up', '48000', '52000', false]);
    assert.equal(changes.decision.changed, false);
    // 52,000 a year is 4,333.33 × 12 (+0.04 allocated): 156,000.00 over three years
    assert.deepEqual(changes.results[0], { scenario: 'Self-hosted', total: { before: '144000.00', now: '156000.00', difference: '12000.00' }, npv: null });
  });

  it('a source text changed: listed with its pointer, not as an input', () => {
    const requoted = edited(managed, (file) => (file.costs[1]!['source'] = 'Vendor quote, 2010-04'));
    const changes = changesSince([selfHosted, requoted]);
    assert.deepEqual(changes.scenarios.changed, ['Managed provider']);
    assert.deepEqual(changes.inputs, []);
    assert.deepEqual(changes.texts, [{ scenario: 'Managed provider', path: '/costs/1/source', before: 'Vendor quote, 2009-04', after: 'Vendor quote, 2010-04' }]);
    assert.equal(changes.decision.changed, false);
  });

  it('a scenario added and one removed, by name', () => {
    const changes = changesSince([selfHosted, itHire]);
    assert.deepEqual(changes.scenarios, { added: ['Self-hosted + IT hire'], removed: ['Managed provider'], unchanged: ['Self-hosted'], changed: [] });
    assert.deepEqual([changes.items, changes.inputs, changes.texts], [[], [], []]);
    // the provider's threshold has nothing to watch today
    assert.deepEqual(watched(changes.thresholds), [
      ['total', 'Managed provider', 'Managed hosting', '2750.00', 'down', '40000', null, false],
      ['total', 'Self-hosted', 'Self-hosting', '495000.00', 'up', '48000', '48000', false],
    ]);
    assert.deepEqual(changes.results, [
      { scenario: 'Self-hosted', total: { before: '144000.00', now: '144000.00', difference: '0.00' }, npv: null },
      { scenario: 'Managed provider', total: { before: '1485000.00', now: null, difference: null }, npv: null },
      { scenario: 'Self-hosted + IT hire', total: { before: null, now: changes.results[2]?.total.now ?? '', difference: null }, npv: null },
    ]);
    assert.match(changes.results[2]?.total.now ?? '', /^\d+\.\d{2}$/);
  });

  it('items added and removed by name; the others matched by name wherever they moved', () => {
    const reshaped = edited(managed, (file) => {
      file.costs.shift(); // no more setup fee
      file.costs.push({ name: 'Support plan', kind: 'recurring', amount: '1000', every: 'month', category: 'support' });
    });
    const changes = changesSince([selfHosted, reshaped]);
    assert.deepEqual(changes.items, [
      { scenario: 'Managed provider', item: 'Support plan', status: 'added', path: '/costs/1' },
      { scenario: 'Managed provider', item: 'Migration and setup', status: 'removed', path: '/costs/0' },
    ]);
    assert.deepEqual(
      changes.inputs.map((i) => [i.item, i.field, i.path, i.status, i.before, i.after, i.change, i.relative]),
      [
        ['Support plan', 'amount', '/costs/1/amount', 'added', null, '1000', null, null],
        ['Migration and setup', 'amount', '/costs/0/amount', 'removed', '45000', null, null, null],
      ],
    );
    // "Managed hosting" moved from /costs/1 to /costs/0 and did not change
    assert.deepEqual(changes.texts, []);
    assert.deepEqual(watched(changes.thresholds)[0], ['total', 'Managed provider', 'Managed hosting', '2750.00', 'down', '40000', '40000', false]);
  });

  it('an input added to an item (an escalation): the rate as an input, the rest as text', () => {
    const escalating = edited(selfHosted, (file) => (file.costs[0]!['escalation'] = { rate: '3%', every: 'year' }));
    const changes = changesSince([escalating, managed]);
    assert.deepEqual(
      changes.inputs.map((i) => [i.item, i.field, i.path, i.kind, i.status, i.before, i.after]),
      [['Self-hosting', 'rate', '/costs/0/escalation/rate', 'rate', 'added', null, '0.03']],
    );
    assert.deepEqual(changes.texts, [{ scenario: 'Self-hosted', path: '/costs/0/escalation/every', before: null, after: 'year' }]);
  });

  it('a number written as text, or with another scale, is the same input', () => {
    const rewritten = edited(selfHosted, (file) => (file.costs[0]!['amount'] = '48000.00'));
    const changes = changesSince([rewritten, managed]);
    assert.deepEqual(changes.scenarios.changed, ['Self-hosted']);
    assert.deepEqual([changes.inputs, changes.texts], [[], []]);
  });

  it('other values: a commitment, a description, the $schema path', () => {
    const longer = edited(managed, (file) => {
      file['commitment'] = { months: 36 };
      file['description'] = 'Quote renewed April 2010';
    });
    const changes = changesSince([selfHosted, longer]);
    assert.deepEqual(
      changes.inputs.map((i) => [i.item, i.field, i.path, i.kind, i.before, i.after, i.change, i.relative]),
      [[null, 'months', '/commitment/months', 'months', '24', '36', '12', '0.5']],
    );
    assert.deepEqual(changes.texts, [{ scenario: 'Managed provider', path: '/description', before: 'Quote received April 2009', after: 'Quote renewed April 2010' }]);
  });

  it('settings that differ from the record', () => {
    const changes = changesSince(founding, { ...A_YEAR_LATER, months: 24, discountRate: '8%' });
    assert.deepEqual(changes.settings, [
      { setting: 'from', before: '2009-05', after: '2010-05' },
      { setting: 'months', before: '36', after: '24' },
      { setting: 'discountRate', before: null, after: '0.08' },
    ]);
    assert.deepEqual(changes.decision.npv, { before: null, now: 'Self-hosted', changed: true });
    assert.equal(changes.decision.changed, true);
    assert.deepEqual(changes.results[0]?.npv?.before, null);
  });

  it('is plain JSON data', () => {
    const changes = changesSince([selfHosted, edited(managed, (file) => (file.costs[1]!['amount'] = '2500'))]);
    assert.deepEqual(JSON.parse(JSON.stringify(changes)), changes);
  });

  it('refuses scenarios other than the ones the report compares', () => {
    assert.throws(() => recordChanges(record, foundingReport, [selfHosted]), /not the scenarios the report compares/);
  });
});

describe('forecastAgainstActuals', () => {
  it('each month with actuals against the recorded forecast, and the totals over them', () => {
    const result = forecastAgainstActuals(record, [
      { scenario: 'Self-hosted', month: '2009-06', amount: '3900.50' },
      { scenario: 'Self-hosted', month: '2009-05', amount: '4100' },
      // two rows for one month are summed: 3,900.50 + 100 = 4,000.50
      { scenario: 'Self-hosted', month: '2009-06', amount: '100' },
      // after the recorded horizon: no forecast, not in the totals
      { scenario: 'Self-hosted', month: '2012-05', amount: '4000' },
      { scenario: 'Cloud', month: '2009-05', amount: '10' },
    ]);
    assert.deepEqual(result, {
      currency: 'USD',
      scenarios: [
        {
          scenario: 'Self-hosted',
          months: [
            { month: '2009-05', forecast: '4000.00', actual: '4100.00', difference: '100.00' },
            { month: '2009-06', forecast: '4000.00', actual: '4000.50', difference: '0.50' },
            { month: '2012-05', forecast: null, actual: '4000.00', difference: null },
          ],
          total: { months: 2, forecast: '8000.00', actual: '8100.50', difference: '100.50' },
        },
        {
          scenario: 'Cloud',
          months: [{ month: '2009-05', forecast: null, actual: '10.00', difference: null }],
          total: { months: 0, forecast: '0.00', actual: '0.00', difference: '0.00' },
        },
      ],
    });
  });

  it('the provider, had it been chosen: 45,000 setup in the first month', () => {
    const result = forecastAgainstActuals(record, [
      { scenario: 'Managed provider', month: '2009-05', amount: '84000' },
      { scenario: 'Managed provider', month: '2009-07', amount: '41000.10' },
    ]);
    assert.deepEqual(result.scenarios, [
      {
        scenario: 'Managed provider',
        months: [
          { month: '2009-05', forecast: '85000.00', actual: '84000.00', difference: '-1000.00' },
          { month: '2009-07', forecast: '40000.00', actual: '41000.10', difference: '1000.10' },
        ],
        total: { months: 2, forecast: '125000.00', actual: '125000.10', difference: '0.10' },
      },
    ]);
  });

  it('no actuals: nothing to compare', () => {
    assert.deepEqual(forecastAgainstActuals(record, []), { currency: 'USD', scenarios: [] });
  });

  it('refuses an amount or a month it cannot read (the caller parses the actuals first)', () => {
    assert.throws(() => forecastAgainstActuals(record, [{ scenario: 'Self-hosted', month: '2009-05', amount: '4,000' }]), /amount/);
    assert.throws(() => forecastAgainstActuals(record, [{ scenario: 'Self-hosted', month: 'May 2009', amount: '4000' }]), /month/);
  });
});
