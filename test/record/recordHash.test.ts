import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson, definitionHash, recordHash } from '../../lib/record/recordHash.js';
import { decisionRecord } from '../../lib/report/decisionRecord.js';
import { revisitReport } from '../../lib/report/revisitReport.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { scenarioOf } from '../support/fixtures.js';
import { FOUNDING, edited, foundingRecord as record, managed, selfHosted } from '../support/records.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The same JSON value with the keys of every object in reverse order. */
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
      : value;

describe('canonicalJson', () => {
  it('sorts the keys at every level and leaves out whitespace', () => {
    assert.equal(canonicalJson({ b: [2, { d: 1, c: 'x é' }], a: null }), '{"a":null,"b":[2,{"c":"x é","d":1}]}');
    assert.equal(canonicalJson({ 'a b': true, B: false, a: 1.5 }), '{"B":false,"a":1.5,"a b":true}');
  });

  it('gives back the same value when parsed', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(JSON.parse(canonicalJson(value))) === canonicalJson(value)));
  });
});

describe('definitionHash', () => {
  it('is the sha256 of the JSON with keys sorted at every level and no whitespace', () => {
    assert.equal(definitionHash({ b: [2, { d: 1, c: 'x é' }], a: null }), sha256('{"a":null,"b":[2,{"c":"x é","d":1}]}'));
    assert.equal(definitionHash({}), sha256('{}'));
  });

  it('does not change with the order of keys', () => {
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

describe('recordHash', () => {
  it('is the hash of the record without its own sha256 key', () => {
    const { sha256: own, ...body } = record;
    assert.equal(recordHash(record), definitionHash(body));
    assert.equal(recordHash(record), own);
    assert.equal(recordHash({ ...record, sha256: 'anything' }), own);
  });

  it('changes with anything else in the record', () => {
    assert.notEqual(recordHash({ ...record, decision: 'We decided to sign' }), record.sha256);
    assert.notEqual(recordHash({ ...record, comment: 'a key added later' }), record.sha256);
  });
});
