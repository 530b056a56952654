import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { schemaIssues, type SchemaError } from '../../lib/issues/schemaIssues.js';

const monthError = (data: unknown, keyword = 'pattern', type: unknown = 'string'): SchemaError => ({
  instancePath: '/revisit',
  schemaPath: `#/$defs/month/${keyword}`,
  keyword,
  params: {},
  data,
  parentSchema: { type },
});

describe('schemaIssues', () => {
  it('says what a value of a $defs entry is, in the words given for it', () => {
    const words = { definitions: { month: 'a month as YYYY-MM' } };
    assert.deepEqual(schemaIssues([monthError('May 2010')], 'a.json', words), [
      { code: 'invalid-value', file: 'a.json', path: '/revisit', message: 'expected a month as YYYY-MM, found "May 2010"' },
    ]);
    // the wrong type is said the same way, with its own code
    assert.deepEqual(schemaIssues([monthError(201005, 'type')], undefined, words), [{ code: 'wrong-type', path: '/revisit', message: 'expected a month as YYYY-MM, found 201005' }]);
    // "or null" when the entry allows null
    assert.deepEqual(schemaIssues([monthError(201005, 'type', ['string', 'null'])], undefined, words)[0]?.message, 'expected a month as YYYY-MM or null, found 201005');
  });

  it('falls back to the pattern\'s words, then to the pattern itself', () => {
    const error: SchemaError = { instancePath: '/currency', schemaPath: '#/properties/currency/pattern', keyword: 'pattern', params: { pattern: '^[A-Z]{3}$' }, data: 'usd' };
    assert.equal(schemaIssues([error], undefined, { patterns: { '^[A-Z]{3}$': 'a currency code' } })[0]?.message, 'expected a currency code, found "usd"');
    assert.equal(schemaIssues([error], undefined, {})[0]?.message, 'expected text matching ^[A-Z]{3}$, found "usd"');
  });

  it('lists null among the allowed values as null, not as text', () => {
    const error: SchemaError = { instancePath: '/direction', schemaPath: '#/properties/direction/enum', keyword: 'enum', params: { allowedValues: ['up', 'down', null] }, data: 'sideways' };
    assert.equal(schemaIssues([error], undefined, {})[0]?.message, 'expected one of "up", "down", null, found "sideways"');
  });

  it('reports each problem once', () => {
    assert.equal(schemaIssues([monthError('x'), monthError('x')], undefined, {}).length, 1);
  });
});
