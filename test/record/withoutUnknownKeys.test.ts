import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionRecordSchema } from '../../lib/record/schema.js';
import { withoutUnknownKeys } from '../../lib/record/withoutUnknownKeys.js';
import { foundingRecord as record } from '../support/records.js';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    rates: { type: 'object', additionalProperties: { $ref: '#/$defs/rate' } },
    free: { type: 'object' },
    list: { type: 'array', items: { $ref: '#/$defs/item' } },
    maybe: { type: ['object', 'null'], properties: { a: {} } },
  },
  $defs: { rate: { type: 'string' }, item: { type: 'object', properties: { id: {} } } },
};

describe('withoutUnknownKeys', () => {
  it('keeps the keys the schema lists, at every level, following $ref', () => {
    const data = { name: 'x', extra: 1, list: [{ id: 1, more: 2 }, { id: 2 }], maybe: { a: 1, b: 2 } };
    assert.deepEqual(withoutUnknownKeys(schema, data), { name: 'x', list: [{ id: 1 }, { id: 2 }], maybe: { a: 1 } });
  });

  it('keeps every key of an object described by additionalProperties, and an object the schema does not describe whole', () => {
    const data = { rates: { EUR: '1.08', GBP: '1.25' }, free: { anything: { at: ['all'] } }, maybe: null };
    assert.deepEqual(withoutUnknownKeys(schema, data), data);
  });

  it('does not change its input', () => {
    const data = { name: 'x', extra: 1 };
    withoutUnknownKeys(schema, data);
    assert.deepEqual(data, { name: 'x', extra: 1 });
  });

  it('leaves a record costmodel wrote as it is', () => {
    assert.deepEqual(withoutUnknownKeys(decisionRecordSchema, JSON.parse(JSON.stringify(record)) as unknown), record);
  });

  it('throws on a $ref it cannot follow: a bug in the schema', () => {
    assert.throws(() => withoutUnknownKeys({ properties: { a: { $ref: '#/$defs/missing' } } }, { a: {} }), /cannot follow \$ref #\/\$defs\/missing/);
  });
});
