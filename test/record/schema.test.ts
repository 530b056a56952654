/**
 * The decision record's JSON Schema, as published in docs/decision-record.schema.json for
 * programs and editors: it is the schema costmodel checks records with, and the records
 * costmodel writes fit it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { isDay } from '../../lib/calendar/day.js';
import { decisionRecordSchema } from '../../lib/record/schema.js';
import { projectRoot } from '../support/fixtures.js';
import { RECORD_FIXTURE, recordData } from '../support/records.js';

const published = JSON.parse(readFileSync(`${projectRoot}docs/decision-record.schema.json`, 'utf8')) as object;
/** The published schema as another program would use it: a plain ajv, the format `date` left to the pattern. */
const validate = new Ajv2020({ allErrors: true, formats: { date: true } }).compile(published);
const json = (path: string): unknown => JSON.parse(readFileSync(`${projectRoot}${path}`, 'utf8'));

describe('docs/decision-record.schema.json', () => {
  it('is the schema costmodel checks records with', () => {
    assert.deepEqual(published, decisionRecordSchema);
  });

  it('validates the version-1 fixture, the golden record and the example record of the docs', () => {
    for (const path of [RECORD_FIXTURE.slice(projectRoot.length), 'test/golden/report.founding.record.json', 'docs/examples/revisit/decision-2009-05-04.json']) {
      assert.equal(validate(json(path)), true, `${path}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects what costmodel rejects: a month that is not one, at its place', () => {
    assert.equal(validate({ ...recordData(), revisit: '2010-13' }), false);
    assert.deepEqual(
      validate.errors?.map((e) => [e.instancePath, e.keyword]),
      [['/revisit', 'pattern']],
    );
  });

  it('allows keys it does not list, at every level (a later costmodel may add fields within version 1)', () => {
    assert.doesNotMatch(JSON.stringify(decisionRecordSchema), /"additionalProperties":false/);
    const data = recordData();
    const thresholds = data['thresholds'] as { total: { thresholds: Record<string, unknown>[] } };
    thresholds.total.thresholds[0]!['factor'] = '0.06875';
    assert.equal(validate({ ...data, comment: 'x', settings: { ...data.settings, region: 'eu' } }), true);
  });

  it('accepts exactly the days that exist as the recorded date', () => {
    const day = new RegExp(decisionRecordSchema.$defs.dayOrNull.pattern, 'u');
    for (const text of ['2008-02-29', '2000-02-29', '2009-12-31', '2010-04-30']) assert.ok(day.test(text), text);
    for (const text of ['2009-02-29', '1900-02-29', '2010-04-31', '2010-13-01', '2010-1-01', '2010-01-00']) assert.ok(!day.test(text), text);
    // isDay, the calendar's own rule, agrees (from year 100: Date.UTC reads years 0–99 as 1900–1999)
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const text = fc.tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const leapDay = fc.integer({ min: 100, max: 9999 }).map((y) => `${pad(y, 4)}-02-29`);
    fc.assert(fc.property(fc.oneof(text, leapDay), (candidate) => day.test(candidate) === isDay(candidate)), { numRuns: 5000 });
  });
});
